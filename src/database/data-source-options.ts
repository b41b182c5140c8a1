import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { timedSqlite3 } from './query-timing';

/**
 * Milliseconds a statement waits for a lock held by another connection (a backup tool or the
 * sqlite3 shell) before failing with SQLITE_BUSY.
 */
const BUSY_TIMEOUT_MS = 5000;

/** Options for the SQLite data source at `path`; creates the parent folder if needed. */
export function buildDataSourceOptions(path: string): DataSourceOptions {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
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
