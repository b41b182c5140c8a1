"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DatabaseModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const app_config_1 = require("../config/app-config");
const data_source_options_1 = require("./data-source-options");
const database_tuning_1 = require("./database-tuning");
const write_queue_1 = require("./write-queue");
/** Opens the SQLite database, runs pending migrations before anything serves, and queues writes. */
let DatabaseModule = class DatabaseModule {
};
exports.DatabaseModule = DatabaseModule;
exports.DatabaseModule = DatabaseModule = __decorate([
    (0, common_1.Global)(),
    (0, common_1.Module)({
        imports: [
            typeorm_1.TypeOrmModule.forRootAsync({
                inject: [app_config_1.AppConfig],
                useFactory: (config) => ({
                    ...(0, data_source_options_1.buildDataSourceOptions)(config.database.path, config.database.driver),
                    migrationsRun: true,
                }),
            }),
        ],
        providers: [write_queue_1.WriteQueue, database_tuning_1.DatabaseTuning],
        exports: [write_queue_1.WriteQueue],
    })
], DatabaseModule);
//# sourceMappingURL=database.module.js.map