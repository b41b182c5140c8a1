import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { access, constants } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppConfig } from '../config/app-config';
import { withTimeout } from './with-timeout';

/**
 * Reports whether the service may write its database: the SQLite file, its write-ahead log when
 * present, and the folder, where SQLite creates the log and its shared-memory index. The check
 * calls `access(W_OK)`, which fails on a read-only mount or an immutable file (`chattr +i`) even
 * for root, whom mode bits do not stop. It writes nothing.
 */
@Injectable()
export class DatabaseWritableHealthIndicator {
  constructor(
    private readonly config: AppConfig,
    private readonly health: HealthIndicatorService,
  ) {}

  async check<Key extends string>(
    key: Key,
    timeoutMs: number,
  ): Promise<HealthIndicatorResult<Key>> {
    const indicator = this.health.check(key);
    const path = this.config.database.path;
    if (path === ':memory:') {
      return indicator.up({ path });
    }
    try {
      await withTimeout(this.assertWritable(path), timeoutMs);

      return indicator.up({ path });
    } catch (error) {
      return indicator.down({ path, message: (error as Error).message });
    }
  }

  private async assertWritable(path: string): Promise<void> {
    await access(dirname(path), constants.W_OK);
    await access(path, constants.W_OK);
    await access(`${path}-wal`, constants.W_OK).catch((error: NodeJS.ErrnoException) => {
      // No log file is fine: SQLite creates one in the folder checked above.
      if (error.code !== 'ENOENT') {
        throw error;
      }
    });
  }
}
