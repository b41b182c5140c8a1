import { setTimeout as sleep } from 'node:timers/promises';
import { Campaign } from '../campaigns/campaign.entity';
import { createTestApp, type TestApp } from '../testing/test-app';
import { MIGRATIONS } from './migrations';
import { ShuttingDownError, WriteQueue } from './write-queue';

function campaignRow(guildId: string): Partial<Campaign> {
  return {
    guildId,
    seed: `seed:${guildId}`,
    timeZone: 'UTC',
    startYear: 1920,
    currentYear: 1920,
    createdAt: new Date('2026-12-04T00:00:00Z'),
  };
}

describe('WriteQueue', () => {
  let app: TestApp;
  let writes: WriteQueue;

  beforeEach(async () => {
    app = await createTestApp({ start: new Date('2026-12-04T00:00:00Z') });
    writes = app.get(WriteQueue);
  });

  afterEach(async () => {
    await app?.close();
  });

  describe('database', () => {
    it('is migrated by every migration', async () => {
      const applied = await app.dataSource.query<{ name: string }[]>(
        'SELECT name FROM migrations ORDER BY id',
      );

      expect(applied.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
      expect(await app.dataSource.showMigrations()).toBe(false);
    });
  });

  describe('run', () => {
    it('runs concurrent writes one at a time', async () => {
      let active = 0;
      let maxActive = 0;

      const results = await Promise.all(
        Array.from({ length: 25 }, (_, index) =>
          writes.run(async (manager) => {
            active += 1;
            maxActive = Math.max(maxActive, active);
            const count = await manager.count(Campaign);
            await sleep(1);
            await manager.insert(Campaign, campaignRow(`guild-${index}`));
            active -= 1;

            return count;
          }),
        ),
      );

      expect(maxActive).toBe(1);
      expect([...results].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i));
      expect(await app.dataSource.getRepository(Campaign).count()).toBe(25);
    });

    it('returns the value of the callback', async () => {
      await expect(writes.run(() => Promise.resolve('stored'))).resolves.toBe('stored');
    });

    it('rolls back the writes of a throwing callback', async () => {
      const failure = writes.run(async (manager) => {
        await manager.insert(Campaign, campaignRow('doomed'));
        throw new Error('rule rejected the write');
      });

      await expect(failure).rejects.toThrow('rule rejected the write');
      expect(await app.dataSource.getRepository(Campaign).countBy({ guildId: 'doomed' })).toBe(0);
    });

    it('keeps serving writes after one fails', async () => {
      const outcomes = await Promise.allSettled([
        writes.run((manager) => manager.insert(Campaign, campaignRow('first'))),
        writes.run(async (manager) => {
          await manager.insert(Campaign, campaignRow('second'));
          throw new Error('second write failed');
        }),
        writes.run((manager) => manager.insert(Campaign, campaignRow('third'))),
      ]);

      expect(outcomes.map((outcome) => outcome.status)).toEqual([
        'fulfilled',
        'rejected',
        'fulfilled',
      ]);
      const guildIds = (
        await app.dataSource.getRepository(Campaign).find({ order: { id: 'ASC' } })
      ).map((campaign) => campaign.guildId);
      expect(guildIds).toEqual(['first', 'third']);
    });
  });

  describe('isBusy', () => {
    it('is true only while a write runs', async () => {
      let busyInside = false;
      expect(writes.isBusy).toBe(false);

      await writes.run(() => {
        busyInside = writes.isBusy;
        return Promise.resolve();
      });

      expect(busyInside).toBe(true);
      expect(writes.isBusy).toBe(false);
    });
  });

  describe('beforeApplicationShutdown', () => {
    it('waits for queued writes to commit', async () => {
      const slow = writes.run(async (manager) => {
        await sleep(200);
        await manager.insert(Campaign, campaignRow('111111111111111111'));
      });
      const queued = writes.run((manager) =>
        manager.insert(Campaign, campaignRow('222222222222222222')),
      );

      await writes.beforeApplicationShutdown();

      expect(await app.dataSource.getRepository(Campaign).count()).toBe(2);
      await expect(slow).resolves.toBeUndefined();
      await expect(queued).resolves.toBeDefined();
    });

    it('rejects new writes once shutdown begins', async () => {
      await writes.beforeApplicationShutdown();

      await expect(
        writes.run((manager) => manager.insert(Campaign, campaignRow('333333333333333333'))),
      ).rejects.toBeInstanceOf(ShuttingDownError);
      expect(await app.dataSource.getRepository(Campaign).count()).toBe(0);
    });

    it('still lets a completion through', async () => {
      await writes.beforeApplicationShutdown();

      await writes.run((manager) => manager.insert(Campaign, campaignRow('444444444444444444')), {
        isCompletion: true,
      });

      expect(await app.dataSource.getRepository(Campaign).count()).toBe(1);
    });
  });
});
