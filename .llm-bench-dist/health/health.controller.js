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
exports.HealthController = void 0;
const common_1 = require("@nestjs/common");
const terminus_1 = require("@nestjs/terminus");
const database_writable_health_1 = require("./database-writable.health");
const discord_gateway_health_1 = require("./discord-gateway.health");
const language_model_health_1 = require("./language-model.health");
const migrations_health_1 = require("./migrations.health");
/** Milliseconds each database check may take before the probe reports it down. */
const DATABASE_CHECK_TIMEOUT_MS = 1000;
let HealthController = class HealthController {
    health;
    database;
    databaseWritable;
    migrations;
    gateway;
    languageModel;
    constructor(health, database, databaseWritable, migrations, gateway, languageModel) {
        this.health = health;
        this.database = database;
        this.databaseWritable = databaseWritable;
        this.migrations = migrations;
        this.gateway = gateway;
        this.languageModel = languageModel;
    }
    /** Liveness: 200 while the process serves HTTP. Touches neither the database nor Discord. */
    live() {
        return this.health.check([]);
    }
    /**
     * Readiness: 200 when the database answers and is writable, every migration is applied and the
     * gateway session is ready; else 503 with the failing checks. The language model is reported
     * but never fails the probe.
     */
    ready() {
        return this.health.check([
            () => this.database.pingCheck('database', { timeout: DATABASE_CHECK_TIMEOUT_MS }),
            () => this.databaseWritable.check('database_writable', DATABASE_CHECK_TIMEOUT_MS),
            () => this.migrations.check('migrations', DATABASE_CHECK_TIMEOUT_MS),
            () => this.gateway.check('discord_gateway'),
            () => this.languageModel.check('language_model'),
        ]);
    }
};
exports.HealthController = HealthController;
__decorate([
    (0, common_1.Get)(),
    (0, terminus_1.HealthCheck)(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", void 0)
], HealthController.prototype, "live", null);
__decorate([
    (0, common_1.Get)('ready'),
    (0, terminus_1.HealthCheck)(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", void 0)
], HealthController.prototype, "ready", null);
exports.HealthController = HealthController = __decorate([
    (0, common_1.Controller)('health'),
    __metadata("design:paramtypes", [terminus_1.HealthCheckService,
        terminus_1.TypeOrmHealthIndicator,
        database_writable_health_1.DatabaseWritableHealthIndicator,
        migrations_health_1.MigrationsHealthIndicator,
        discord_gateway_health_1.DiscordGatewayHealthIndicator,
        language_model_health_1.LanguageModelHealthIndicator])
], HealthController);
//# sourceMappingURL=health.controller.js.map