import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { buildDataSourceOptions, type DatabaseDriver } from './data-source-options';
import { listenToQueries } from './query-timing';

describe('buildDataSourceOptions', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'great-work-driver-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it.each<DatabaseDriver>(['sqlite3', 'better-sqlite3'])(
    'migrates, writes and times statements with %s',
    async (driver) => {
      const timings: string[] = [];
      const stopListening = listenToQueries((sql) => timings.push(sql));
      const dataSource = new DataSource(
        buildDataSourceOptions(join(folder, 'game.sqlite'), driver),
      );
      await dataSource.initialize();

      try {
        await dataSource.runMigrations();
        await dataSource.getRepository(Campaign).insert({
          guildId: '123456789012345678',
          seed: 'seed',
          timeZone: 'UTC',
          startYear: 1920,
          currentYear: 1920,
          createdAt: new Date('2026-12-04T10:00:00Z'),
        });
        const [mode] = await dataSource.query<{ journal_mode: string }[]>('PRAGMA journal_mode');
        const [keys] = await dataSource.query<{ foreign_keys: number }[]>('PRAGMA foreign_keys');
        const stored = await dataSource.getRepository(Campaign).findOneByOrFail({ seed: 'seed' });

        expect(mode.journal_mode).toBe('wal');
        expect(keys.foreign_keys).toBe(1);
        expect(stored.createdAt.toISOString()).toBe('2026-12-04T10:00:00.000Z');
        expect(timings.some((sql) => sql.startsWith('INSERT INTO "campaigns"'))).toBe(true);
      } finally {
        stopListening();
        await dataSource.destroy();
      }
    },
  );
});
