import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { withTimeout } from './with-timeout';

/** Reports whether every migration listed in the data source options is applied to the database. */
@Injectable()
export class MigrationsHealthIndicator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly health: HealthIndicatorService,
  ) {}

  async check<Key extends string>(
    key: Key,
    timeoutMs: number,
  ): Promise<HealthIndicatorResult<Key>> {
    const indicator = this.health.check(key);
    try {
      const hasPending = await withTimeout(this.dataSource.showMigrations(), timeoutMs);

      return hasPending
        ? indicator.down({ message: 'migrations are pending; restart to apply them' })
        : indicator.up({ known: this.dataSource.migrations.length });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
