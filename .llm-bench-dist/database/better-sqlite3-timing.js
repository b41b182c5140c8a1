"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadTimedBetterSqlite3 = loadTimedBetterSqlite3;
const node_module_1 = require("node:module");
const query_timing_1 = require("./query-timing");
/**
 * Loads better-sqlite3 with statement timing: each prepared statement's `run` and `all` report
 * their duration to the same listeners as the sqlite3 driver. better-sqlite3 is an optional
 * dependency, so a missing module gets an error that says how to install it.
 */
function loadTimedBetterSqlite3() {
    let Database;
    try {
        Database = (0, node_module_1.createRequire)(__filename)('better-sqlite3');
    }
    catch (error) {
        throw new Error(`DATABASE_DRIVER=better-sqlite3 needs the better-sqlite3 package (version 12 on Node 20): run "npm install better-sqlite3@12". ${error.message}`);
    }
    class TimedDatabase extends Database {
        prepare(sql) {
            const statement = super.prepare(sql);
            if (!(0, query_timing_1.hasQueryListeners)()) {
                return statement;
            }
            for (const method of ['run', 'all']) {
                const original = statement[method].bind(statement);
                statement[method] = (...parameters) => {
                    const start = process.hrtime.bigint();
                    try {
                        return original(...parameters);
                    }
                    finally {
                        (0, query_timing_1.notifyListeners)(sql, Number(process.hrtime.bigint() - start) / 1e9);
                    }
                };
            }
            return statement;
        }
    }
    return TimedDatabase;
}
//# sourceMappingURL=better-sqlite3-timing.js.map