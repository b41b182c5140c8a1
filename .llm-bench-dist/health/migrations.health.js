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
exports.MigrationsHealthIndicator = void 0;
const common_1 = require("@nestjs/common");
const terminus_1 = require("@nestjs/terminus");
const typeorm_1 = require("typeorm");
const with_timeout_1 = require("./with-timeout");
/** Reports whether every migration listed in the data source options is applied to the database. */
let MigrationsHealthIndicator = class MigrationsHealthIndicator {
    dataSource;
    health;
    constructor(dataSource, health) {
        this.dataSource = dataSource;
        this.health = health;
    }
    async check(key, timeoutMs) {
        const indicator = this.health.check(key);
        try {
            const hasPending = await (0, with_timeout_1.withTimeout)(this.dataSource.showMigrations(), timeoutMs);
            return hasPending
                ? indicator.down({ message: 'migrations are pending; restart to apply them' })
                : indicator.up({ known: this.dataSource.migrations.length });
        }
        catch (error) {
            return indicator.down({ message: error.message });
        }
    }
};
exports.MigrationsHealthIndicator = MigrationsHealthIndicator;
exports.MigrationsHealthIndicator = MigrationsHealthIndicator = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource,
        terminus_1.HealthIndicatorService])
], MigrationsHealthIndicator);
//# sourceMappingURL=migrations.health.js.map