"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var AppModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppModule = void 0;
const common_1 = require("@nestjs/common");
const schedule_1 = require("@nestjs/schedule");
const archive_module_1 = require("./archive/archive.module");
const campaigns_module_1 = require("./campaigns/campaigns.module");
const common_module_1 = require("./common/common.module");
const config_module_1 = require("./config/config.module");
const database_module_1 = require("./database/database.module");
const discord_client_module_1 = require("./discord/discord-client.module");
const discord_module_1 = require("./discord/discord.module");
const expeditions_module_1 = require("./expeditions/expeditions.module");
const events_module_1 = require("./events/events.module");
const gazette_module_1 = require("./gazette/gazette.module");
const health_module_1 = require("./health/health.module");
const metrics_module_1 = require("./metrics/metrics.module");
const scholars_module_1 = require("./scholars/scholars.module");
const symposium_module_1 = require("./symposium/symposium.module");
const theories_module_1 = require("./theories/theories.module");
let AppModule = AppModule_1 = class AppModule {
    /** Builds the application; reads and validates `process.env` at this call. */
    static register(options = {}) {
        return {
            module: AppModule_1,
            imports: [
                config_module_1.ConfigModule.forRoot(),
                common_module_1.CommonModule.forRoot(options),
                database_module_1.DatabaseModule,
                metrics_module_1.MetricsModule,
                ...(options.timers === false ? [] : [schedule_1.ScheduleModule.forRoot()]),
                discord_client_module_1.DiscordClientModule,
                events_module_1.EventsModule,
                campaigns_module_1.CampaignsModule,
                scholars_module_1.ScholarsModule,
                theories_module_1.TheoriesModule,
                expeditions_module_1.ExpeditionsModule,
                gazette_module_1.GazetteModule,
                discord_module_1.DiscordModule,
                health_module_1.HealthModule,
                symposium_module_1.SymposiumModule,
                archive_module_1.ArchiveModule,
            ],
        };
    }
};
exports.AppModule = AppModule;
exports.AppModule = AppModule = AppModule_1 = __decorate([
    (0, common_1.Module)({})
], AppModule);
//# sourceMappingURL=app.module.js.map