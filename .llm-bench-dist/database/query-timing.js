"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.timedSqlite3 = void 0;
exports.listenToQueries = listenToQueries;
exports.notifyListeners = notifyListeners;
exports.hasQueryListeners = hasQueryListeners;
const sqlite3_1 = __importDefault(require("sqlite3"));
const listeners = new Set();
/**
 * Calls `listener` after every statement of every data source built by `buildDataSourceOptions`.
 * Returns a function that removes the listener.
 */
function listenToQueries(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
}
/** Tells every listener how long one statement took. */
function notifyListeners(sql, seconds) {
    for (const listener of listeners) {
        listener(sql, seconds);
    }
}
/** True when at least one listener wants statement timings. */
function hasQueryListeners() {
    return listeners.size > 0;
}
/**
 * Wraps the statement callback so the listeners learn how long the statement took. The callback
 * keeps its `this`, which carries `lastID` and `changes` for `run`.
 */
function timed(sql, callback) {
    const start = process.hrtime.bigint();
    return function (error, ...results) {
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        notifyListeners(sql, seconds);
        callback.call(this, error, ...results);
    };
}
/** Splits `args` into the parameters and the trailing callback, as sqlite3 accepts them. */
function withTimedCallback(sql, args) {
    const last = args[args.length - 1];
    if (typeof last !== 'function' || listeners.size === 0) {
        return args;
    }
    return [...args.slice(0, -1), timed(sql, last)];
}
/**
 * A sqlite3 `Database` whose `run`, `all` and `exec` report their durations. TypeORM's sqlite
 * driver (0.3) sends every statement through `run` (INSERT, UPDATE, DELETE) or `all` (the rest).
 */
class TimedDatabase extends sqlite3_1.default.Database {
    run(sql, ...args) {
        return super.run(sql, ...withTimedCallback(sql, args));
    }
    all(sql, ...args) {
        return super.all(sql, ...withTimedCallback(sql, args));
    }
    exec(sql, callback) {
        if (!callback) {
            return super.exec(sql);
        }
        return super.exec(sql, withTimedCallback(sql, [callback])[0]);
    }
}
/**
 * The sqlite3 module with statement timing, for TypeORM's `driver` option. TypeORM calls
 * `verbose()` on the module it is given and then opens `new module.Database(...)`. Verbose mode
 * is not switched on: it wraps every call to keep long stack traces and formats each statement's
 * arguments with util.inspect, which took about a tenth of the service's CPU under benchmark load.
 */
exports.timedSqlite3 = {
    ...sqlite3_1.default,
    verbose() {
        return exports.timedSqlite3;
    },
    Database: TimedDatabase,
};
//# sourceMappingURL=query-timing.js.map