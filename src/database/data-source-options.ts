import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { loadTimedBetterSqlite3 } from './better-sqlite3-timing';
import { timedSqlite3 } from './query-timing';

/**
 * Milliseconds a statement waits for a lock held by another connection (a backup tool or the
 * sqlite3 shell) before failing with SQLITE_BUSY.
 */
const BUSY_TIMEOUT_MS = 5000;

/** The SQLite drivers the service can use; see the README for the trade-off. */
export type DatabaseDriver = 'sqlite3' | 'better-sqlite3';

/** Options for the SQLite data source at `path`; creates the parent folder if needed. */
export function buildDataSourceOptions(
  path: string,
  driver: DatabaseDriver = 'sqlite3',
): DataSourceOptions {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
  }
  if (driver === 'better-sqlite3') {
    return {
      type: 'better-sqlite3',
      driver: loadTimedBetterSqlite3(),
      database: path,
      entities: ENTITIES,
      migrations: MIGRATIONS,
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
    driver: timedSqlite3,
    database: path,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    enableWAL: true,
    busyTimeout: BUSY_TIMEOUT_MS,
    logging: false,
  };
}
