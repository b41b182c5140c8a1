"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var DatabaseTuning_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.DatabaseTuning = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
/**
 * Connection settings TypeORM's sqlite driver has no option for. TypeORM itself sets WAL mode,
 * the busy timeout and foreign keys when it opens the one shared connection.
 */
const PRAGMAS = [
    // In WAL mode NORMAL syncs at checkpoints instead of at every commit. A committed write
    // survives a crash of the process; only a power loss can lose the last commits.
    'PRAGMA synchronous = NORMAL',
    // Sorting and temporary indexes stay in memory.
    'PRAGMA temp_store = MEMORY',
];
/** Applies the pragmas to the shared connection before the application serves. */
let DatabaseTuning = DatabaseTuning_1 = class DatabaseTuning {
    dataSource;
    logger = new common_1.Logger(DatabaseTuning_1.name);
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    async onModuleInit() {
        for (const pragma of PRAGMAS) {
            await this.dataSource.query(pragma);
        }
        this.logger.debug({ message: 'database tuned', pragmas: PRAGMAS });
    }
};
exports.DatabaseTuning = DatabaseTuning;
exports.DatabaseTuning = DatabaseTuning = DatabaseTuning_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], DatabaseTuning);
//# sourceMappingURL=database-tuning.js.map