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
Object.defineProperty(exports, "__esModule", { value: true });
exports.DatabaseWritableHealthIndicator = void 0;
const common_1 = require("@nestjs/common");
const terminus_1 = require("@nestjs/terminus");
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const app_config_1 = require("../config/app-config");
const with_timeout_1 = require("./with-timeout");
/**
 * Reports whether the service may write its database: the SQLite file, its write-ahead log when
 * present, and the folder, where SQLite creates the log and its shared-memory index. The check
 * calls `access(W_OK)`, which fails on a read-only mount or an immutable file (`chattr +i`) even
 * for root, whom mode bits do not stop. It writes nothing.
 */
let DatabaseWritableHealthIndicator = class DatabaseWritableHealthIndicator {
    config;
    health;
    constructor(config, health) {
        this.config = config;
        this.health = health;
    }
    async check(key, timeoutMs) {
        const indicator = this.health.check(key);
        const path = this.config.database.path;
        if (path === ':memory:') {
            return indicator.up({ path });
        }
        try {
            await (0, with_timeout_1.withTimeout)(this.assertWritable(path), timeoutMs);
            return indicator.up({ path });
        }
        catch (error) {
            return indicator.down({ path, message: error.message });
        }
    }
    async assertWritable(path) {
        await (0, promises_1.access)((0, node_path_1.dirname)(path), promises_1.constants.W_OK);
        await (0, promises_1.access)(path, promises_1.constants.W_OK);
        await (0, promises_1.access)(`${path}-wal`, promises_1.constants.W_OK).catch((error) => {
            // No log file is fine: SQLite creates one in the folder checked above.
            if (error.code !== 'ENOENT') {
                throw error;
            }
        });
    }
};
exports.DatabaseWritableHealthIndicator = DatabaseWritableHealthIndicator;
exports.DatabaseWritableHealthIndicator = DatabaseWritableHealthIndicator = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [app_config_1.AppConfig,
        terminus_1.HealthIndicatorService])
], DatabaseWritableHealthIndicator);
//# sourceMappingURL=database-writable.health.js.map