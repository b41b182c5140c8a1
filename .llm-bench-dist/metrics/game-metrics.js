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
exports.GameMetrics = void 0;
exports.queryOperationOf = queryOperationOf;
const common_1 = require("@nestjs/common");
const promises_1 = require("node:fs/promises");
const typeorm_1 = require("typeorm");
const app_config_1 = require("../config/app-config");
const query_timing_1 = require("../database/query-timing");
const metrics_service_1 = require("./metrics.service");
const OPERATION_BY_KEYWORD = {
    SELECT: 'select',
    WITH: 'select',
    INSERT: 'insert',
    REPLACE: 'insert',
    UPDATE: 'update',
    DELETE: 'delete',
    BEGIN: 'transaction',
    COMMIT: 'transaction',
    END: 'transaction',
    ROLLBACK: 'transaction',
    SAVEPOINT: 'transaction',
    RELEASE: 'transaction',
};
/** Classifies a SQL statement by its first keyword. */
function queryOperationOf(sql) {
    const keyword = /^\s*([A-Za-z]+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
    return OPERATION_BY_KEYWORD[keyword] ?? 'other';
}
/**
 * Feeds the game and database metrics: statement durations from the sqlite3 driver, and on each
 * scrape the Gazette queue, open theories, the latest edition and the database file size. The
 * three counts come from one read statement that uses the status indexes.
 */
let GameMetrics = class GameMetrics {
    metrics;
    dataSource;
    config;
    stopListening;
    constructor(metrics, dataSource, config) {
        this.metrics = metrics;
        this.dataSource = dataSource;
        this.config = config;
    }
    onModuleInit() {
        const histogram = this.metrics.queryDuration;
        this.stopListening = (0, query_timing_1.listenToQueries)((sql, seconds) => {
            histogram.observe({ operation: queryOperationOf(sql) }, seconds);
        });
        this.metrics.addScrapeHook(() => this.sampleGame());
        this.metrics.addScrapeHook(() => this.sampleDatabaseFile());
    }
    onApplicationShutdown() {
        this.stopListening?.();
    }
    async sampleGame() {
        const [row] = await this.dataSource.query(`SELECT
         (SELECT COUNT(*) FROM dispatches WHERE status = 'pending') AS pendingDispatches,
         (SELECT COUNT(*) FROM theories WHERE status = 'open') AS openTheories,
         (SELECT CAST(strftime('%s', MAX(created_at)) AS INTEGER)
            FROM editions WHERE status = 'published') AS lastEditionAt`);
        this.metrics.gazetteQueueDepth.set(row.pendingDispatches);
        this.metrics.pendingOrders.set(row.openTheories);
        this.metrics.lastEditionTimestamp.set(row.lastEditionAt ?? 0);
    }
    async sampleDatabaseFile() {
        const path = this.config.database.path;
        if (path === ':memory:') {
            this.metrics.databaseFileBytes.set(0);
            return;
        }
        const sizes = await Promise.all([path, `${path}-wal`].map((file) => (0, promises_1.stat)(file).then((stats) => stats.size, 
        // The write-ahead log is absent after a clean close and a checkpoint.
        () => 0)));
        this.metrics.databaseFileBytes.set(sizes[0] + sizes[1]);
    }
};
exports.GameMetrics = GameMetrics;
exports.GameMetrics = GameMetrics = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [metrics_service_1.MetricsService,
        typeorm_1.DataSource,
        app_config_1.AppConfig])
], GameMetrics);
//# sourceMappingURL=game-metrics.js.map