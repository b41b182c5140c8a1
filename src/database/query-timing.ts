import sqlite3 from 'sqlite3';

/** Receives the SQL text and the seconds one statement took in the driver. */
export type QueryListener = (sql: string, seconds: number) => void;

const listeners = new Set<QueryListener>();

/**
 * Calls `listener` after every statement of every data source built by `buildDataSourceOptions`.
 * Returns a function that removes the listener.
 */
export function listenToQueries(listener: QueryListener): () => void {
  listeners.add(listener);

  return () => listeners.delete(listener);
}

/** Tells every listener how long one statement took. */
export function notifyListeners(sql: string, seconds: number): void {
  for (const listener of listeners) {
    listener(sql, seconds);
  }
}

/** True when at least one listener wants statement timings. */
export function hasQueryListeners(): boolean {
  return listeners.size > 0;
}

type Callback = (this: unknown, error: Error | null, ...results: unknown[]) => void;

/**
 * Wraps the statement callback so the listeners learn how long the statement took. The callback
 * keeps its `this`, which carries `lastID` and `changes` for `run`.
 */
function timed(sql: string, callback: Callback): Callback {
  const start = process.hrtime.bigint();

  return function (this: unknown, error, ...results) {
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    notifyListeners(sql, seconds);
    callback.call(this, error, ...results);
  };
}

/** Splits `args` into the parameters and the trailing callback, as sqlite3 accepts them. */
function withTimedCallback(sql: string, args: unknown[]): unknown[] {
  const last = args[args.length - 1];
  if (typeof last !== 'function' || listeners.size === 0) {
    return args;
  }

  return [...args.slice(0, -1), timed(sql, last as Callback)];
}

/**
 * A sqlite3 `Database` whose `run`, `all` and `exec` report their durations. TypeORM's sqlite
 * driver (0.3) sends every statement through `run` (INSERT, UPDATE, DELETE) or `all` (the rest).
 */
class TimedDatabase extends sqlite3.Database {
  override run(sql: string, ...args: unknown[]): this {
    return super.run(sql, ...(withTimedCallback(sql, args) as []));
  }

  override all(sql: string, ...args: unknown[]): this {
    return super.all(sql, ...(withTimedCallback(sql, args) as []));
  }

  override exec(
    sql: string,
    callback?: (this: sqlite3.Statement, error: Error | null) => void,
  ): this {
    if (!callback) {
      return super.exec(sql);
    }

    return super.exec(sql, withTimedCallback(sql, [callback])[0] as typeof callback);
  }
}

/**
 * The sqlite3 module with statement timing, for TypeORM's `driver` option. TypeORM calls
 * `verbose()` on the module it is given and then opens `new module.Database(...)`. Verbose mode
 * is not switched on: it wraps every call to keep long stack traces and formats each statement's
 * arguments with util.inspect, which took about a tenth of the service's CPU under benchmark load.
 */
export const timedSqlite3 = {
  ...sqlite3,
  verbose() {
    return timedSqlite3;
  },
  Database: TimedDatabase,
};
