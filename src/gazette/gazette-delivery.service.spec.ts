import { Campaign } from '../campaigns/campaign.entity';
import { createTestApp, type TestApp } from '../testing/test-app';
import { Dispatch } from './dispatch.entity';
import { GazetteDeliveryService } from './gazette-delivery.service';

const START = new Date('2026-12-04T13:00:00Z');
const CHANNEL = '710000000000000003';
const OTHER_CHANNEL = '710000000000000004';
const RETRY_BASE_SECONDS = 30;
const MAX_SEND_ATTEMPTS = 3;

describe('GazetteDeliveryService', () => {
  let app: TestApp;
  let delivery: GazetteDeliveryService;
  let campaignId: number;

  beforeEach(async () => {
    app = await createTestApp({
      start: START,
      game: {
        gazette: { retryBaseSeconds: RETRY_BASE_SECONDS, maxSendAttempts: MAX_SEND_ATTEMPTS },
      },
    });
    delivery = app.get(GazetteDeliveryService);
    const campaign = await app.dataSource.getRepository(Campaign).save({
      guildId: '700000000000000003',
      seed: 'delivery',
      timeZone: 'UTC',
      startYear: 1920,
      currentYear: 1920,
      createdAt: START,
    });
    campaignId = campaign.id;
  });

  afterEach(async () => {
    await app?.close();
  });

  /** Queues one message per text, in order, as a digest would. */
  async function queue(texts: string[], channelId = CHANNEL): Promise<Dispatch[]> {
    const repository = app.dataSource.getRepository(Dispatch);

    return repository.save(
      texts.map((content, index) =>
        repository.create({
          campaignId,
          channelId,
          editionId: null,
          message: { content },
          nonce: `nonce-${channelId.slice(-1)}-${content}-${index}`,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: app.clock.now(),
        }),
      ),
    );
  }

  const reload = (id: number): Promise<Dispatch> =>
    app.dataSource.getRepository(Dispatch).findOneByOrFail({ id });

  describe('deliverDue', () => {
    it('posts messages in id order with their nonce', async () => {
      const queued = await queue(['first', 'second', 'third']);

      const sent = await delivery.deliverDue();

      expect(sent).toBe(3);
      expect(app.poster.posts.map((post) => post.message.content)).toEqual([
        'first',
        'second',
        'third',
      ]);
      expect(app.poster.posts.map((post) => post.nonce)).toEqual(queued.map((row) => row.nonce));
      expect(app.poster.posts.every((post) => post.channelId === CHANNEL)).toBe(true);
    });

    it('marks a posted message sent with its message id', async () => {
      const [row] = await queue(['first']);

      await delivery.deliverDue();

      const stored = await reload(row.id);
      expect(stored.status).toBe('sent');
      expect(stored.attempts).toBe(1);
      expect(stored.messageId).toBe(app.poster.posts[0].messageId);
      expect(stored.sentAt?.toISOString()).toBe(START.toISOString());
      expect(stored.lastError).toBeNull();
    });

    it('keeps a failed message pending with a backoff', async () => {
      const [row] = await queue(['first']);
      app.poster.failNext(1, 'Discord returned 503 Service Unavailable');

      const sent = await delivery.deliverDue();

      expect(sent).toBe(0);
      const stored = await reload(row.id);
      expect(stored.status).toBe('pending');
      expect(stored.attempts).toBe(1);
      expect(stored.lastError).toBe('Discord returned 503 Service Unavailable');
      expect(stored.nextAttemptAt.toISOString()).toBe(
        new Date(START.getTime() + RETRY_BASE_SECONDS * 1000).toISOString(),
      );
      expect(stored.sentAt).toBeNull();
    });

    it('holds later messages behind a failed one', async () => {
      await queue(['first', 'second', 'third']);
      app.poster.failNext(1);

      await delivery.deliverDue();
      const sentBeforeBackoff = await delivery.deliverDue();

      expect(sentBeforeBackoff).toBe(0);
      expect(app.poster.posts).toEqual([]);
      expect(app.poster.attempts).toHaveLength(1);
      expect(await delivery.countPending()).toBe(3);
    });

    it('sends everything in order once the backoff passes', async () => {
      await queue(['first', 'second', 'third']);
      app.poster.failNext(1);
      await delivery.deliverDue();

      app.clock.advance(RETRY_BASE_SECONDS * 1000);
      const sent = await delivery.deliverDue();

      expect(sent).toBe(3);
      expect(app.poster.posts.map((post) => post.message.content)).toEqual([
        'first',
        'second',
        'third',
      ]);
      expect(await delivery.countPending()).toBe(0);
    });

    it('doubles the backoff after each failure', async () => {
      const [row] = await queue(['first']);
      app.poster.failNext(2);
      await delivery.deliverDue();
      app.clock.advance(RETRY_BASE_SECONDS * 1000);

      await delivery.deliverDue();

      const stored = await reload(row.id);
      expect(stored.attempts).toBe(2);
      expect(stored.nextAttemptAt.getTime() - app.clock.now().getTime()).toBe(
        2 * RETRY_BASE_SECONDS * 1000,
      );
    });

    it('marks a message failed after the last attempt', async () => {
      const [row, next] = await queue(['first', 'second']);
      app.poster.failNext(MAX_SEND_ATTEMPTS, 'Missing Access');

      for (let attempt = 0; attempt < MAX_SEND_ATTEMPTS; attempt += 1) {
        await delivery.deliverDue();
        app.clock.advance(3600 * 1000);
      }

      const stored = await reload(row.id);
      expect(stored.status).toBe('failed');
      expect(stored.attempts).toBe(MAX_SEND_ATTEMPTS);
      expect(stored.lastError).toBe('Missing Access');
      expect((await reload(next.id)).status).toBe('pending');
    });

    it('sends the next message once one has failed for good', async () => {
      await queue(['first', 'second']);
      app.poster.failNext(MAX_SEND_ATTEMPTS);
      for (let attempt = 0; attempt < MAX_SEND_ATTEMPTS; attempt += 1) {
        await delivery.deliverDue();
        app.clock.advance(3600 * 1000);
      }

      await delivery.deliverDue();

      expect(app.poster.posts.map((post) => post.message.content)).toEqual(['second']);
      expect(await delivery.countPending()).toBe(0);
    });

    it('keeps other channels flowing while one waits', async () => {
      await queue(['stuck'], CHANNEL);
      await queue(['free'], OTHER_CHANNEL);
      app.poster.failNext(1);

      const sent = await delivery.deliverDue();

      expect(sent).toBe(1);
      expect(app.poster.posts.map((post) => post.channelId)).toEqual([OTHER_CHANNEL]);
    });

    it('joins a pass that is already running', async () => {
      await queue(['first', 'second']);

      const [first, second] = await Promise.all([delivery.deliverDue(), delivery.deliverDue()]);

      expect(first).toBe(2);
      expect(second).toBe(2);
      expect(app.poster.posts).toHaveLength(2);
    });
  });

  describe('countPending', () => {
    it('counts only pending messages', async () => {
      await queue(['first', 'second']);
      expect(await delivery.countPending()).toBe(2);

      await delivery.deliverDue();

      expect(await delivery.countPending()).toBe(0);
    });
  });
});
