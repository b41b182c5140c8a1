import { createRequire } from 'node:module';
import { hasQueryListeners, notifyListeners } from './query-timing';

/** The parts of a better-sqlite3 statement TypeORM 0.3 calls. */
interface Statement {
  reader: boolean;
  run(...parameters: unknown[]): unknown;
  all(...parameters: unknown[]): unknown;
}

interface BetterSqlite3Database {
  prepare(sql: string): Statement;
}

type BetterSqlite3Module = new (...args: unknown[]) => BetterSqlite3Database;

/**
 * Loads better-sqlite3 with statement timing: each prepared statement's `run` and `all` report
 * their duration to the same listeners as the sqlite3 driver. better-sqlite3 is an optional
 * dependency, so a missing module gets an error that says how to install it.
 */
export function loadTimedBetterSqlite3(): BetterSqlite3Module {
  let Database: BetterSqlite3Module;
  try {
    Database = createRequire(__filename)('better-sqlite3') as BetterSqlite3Module;
  } catch (error) {
    throw new Error(
      `DATABASE_DRIVER=better-sqlite3 needs the better-sqlite3 package (version 12 on Node 20): run "npm install better-sqlite3@12". ${(error as Error).message}`,
    );
  }

  class TimedDatabase extends Database {
    override prepare(sql: string): Statement {
      const statement = super.prepare(sql);
      if (!hasQueryListeners()) {
        return statement;
      }
      for (const method of ['run', 'all'] as const) {
        const original = statement[method].bind(statement);
        statement[method] = (...parameters: unknown[]) => {
          const start = process.hrtime.bigint();
          try {
            return original(...parameters);
          } finally {
            notifyListeners(sql, Number(process.hrtime.bigint() - start) / 1e9);
          }
        };
      }

      return statement;
    }
  }

  return TimedDatabase;
}
