import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { stat } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { listenToQueries } from '../database/query-timing';
import { MetricsService, type QueryOperation } from './metrics.service';

const OPERATION_BY_KEYWORD: Record<string, QueryOperation> = {
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
export function queryOperationOf(sql: string): QueryOperation {
  const keyword = /^\s*([A-Za-z]+)/.exec(sql)?.[1]?.toUpperCase() ?? '';

  return OPERATION_BY_KEYWORD[keyword] ?? 'other';
}

interface GameCounts {
  pendingDispatches: number;
  queuedExpeditions: number;
  queuedConferences: number;
  openOffers: number;
  lastEditionAt: number | null;
}

/**
 * Feeds the game and database metrics: statement durations from the sqlite3 driver, and on each
 * scrape the Gazette queue, open theories, the latest edition and the database file size. The
 * three counts come from one read statement that uses the status indexes.
 */
@Injectable()
export class GameMetrics implements OnModuleInit, OnApplicationShutdown {
  private stopListening?: () => void;

  constructor(
    private readonly metrics: MetricsService,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const histogram = this.metrics.queryDuration;
    this.stopListening = listenToQueries((sql, seconds) => {
      histogram.observe({ operation: queryOperationOf(sql) }, seconds);
    });
    this.metrics.addScrapeHook(() => this.sampleGame());
    this.metrics.addScrapeHook(() => this.sampleDatabaseFile());
  }

  onApplicationShutdown(): void {
    this.stopListening?.();
  }

  private async sampleGame(): Promise<void> {
    const [row] = await this.dataSource.query<GameCounts[]>(
      `SELECT
         (SELECT COUNT(*) FROM dispatches WHERE status = 'pending') AS pendingDispatches,
         (SELECT COUNT(*) FROM expeditions WHERE status = 'queued') AS queuedExpeditions,
         (SELECT COUNT(*) FROM conferences WHERE status = 'queued') AS queuedConferences,
         (SELECT COUNT(*) FROM poaching_offers WHERE status = 'open') AS openOffers,
         (SELECT CAST(strftime('%s', MAX(created_at)) AS INTEGER)
            FROM editions WHERE status = 'published') AS lastEditionAt`,
    );
    this.metrics.gazetteQueueDepth.set(row.pendingDispatches);
    this.metrics.pendingOrders.set({ kind: 'expedition' }, row.queuedExpeditions);
    this.metrics.pendingOrders.set({ kind: 'conference' }, row.queuedConferences);
    this.metrics.pendingOrders.set({ kind: 'poaching_offer' }, row.openOffers);
    this.metrics.lastEditionTimestamp.set(row.lastEditionAt ?? 0);
  }

  private async sampleDatabaseFile(): Promise<void> {
    const path = this.config.database.path;
    if (path === ':memory:') {
      this.metrics.databaseFileBytes.set(0);
      return;
    }
    const sizes = await Promise.all(
      [path, `${path}-wal`].map((file) =>
        stat(file).then(
          (stats) => stats.size,
          // The write-ahead log is absent after a clean close and a checkpoint.
          () => 0,
        ),
      ),
    );
    this.metrics.databaseFileBytes.set(sizes[0] + sizes[1]);
  }
}
