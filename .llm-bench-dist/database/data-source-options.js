"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildDataSourceOptions = buildDataSourceOptions;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const entities_1 = require("./entities");
const migrations_1 = require("./migrations");
const better_sqlite3_timing_1 = require("./better-sqlite3-timing");
const query_timing_1 = require("./query-timing");
/**
 * Milliseconds a statement waits for a lock held by another connection (a backup tool or the
 * sqlite3 shell) before failing with SQLITE_BUSY.
 */
const BUSY_TIMEOUT_MS = 5000;
/** Options for the SQLite data source at `path`; creates the parent folder if needed. */
function buildDataSourceOptions(path, driver = 'sqlite3') {
    if (path !== ':memory:') {
        (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(path), { recursive: true });
    }
    if (driver === 'better-sqlite3') {
        return {
            type: 'better-sqlite3',
            driver: (0, better_sqlite3_timing_1.loadTimedBetterSqlite3)(),
            database: path,
            entities: entities_1.ENTITIES,
            migrations: migrations_1.MIGRATIONS,
            migrationsRun: false,
            synchronize: false,
            enableWAL: true,
            // better-sqlite3 takes the busy timeout in milliseconds as `timeout`.
            timeout: BUSY_TIMEOUT_MS,
            logging: false,
        };
    }
    return {
        type: 'sqlite',
        // The sqlite3 module with statement timing; see `listenToQueries`.
        driver: query_timing_1.timedSqlite3,
        database: path,
        entities: entities_1.ENTITIES,
        migrations: migrations_1.MIGRATIONS,
        migrationsRun: false,
        synchronize: false,
        enableWAL: true,
        busyTimeout: BUSY_TIMEOUT_MS,
        logging: false,
    };
}
//# sourceMappingURL=data-source-options.js.map