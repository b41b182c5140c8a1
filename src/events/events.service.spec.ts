import { CampaignsService } from '../campaigns/campaigns.service';
import { WriteQueue } from '../database/write-queue';
import { createTestApp, type TestApp } from '../testing/test-app';
import { EventsService, toJsonLines } from './events.service';

const ADA = { guildId: '100000000000000001', userId: '200000000000000001', displayName: 'ada' };

describe('EventsService', () => {
  let app: TestApp;
  let events: EventsService;
  let writes: WriteQueue;
  let campaignId: number;

  beforeEach(async () => {
    app = await createTestApp({ start: new Date('2026-12-04T10:00:00Z') });
    events = app.get(EventsService);
    writes = app.get(WriteQueue);
    campaignId = (await app.get(CampaignsService).enter(ADA)).campaign.id;
  });

  afterEach(async () => {
    await app?.close();
  });

  describe('append', () => {
    it('numbers events from 1 without gaps', async () => {
      await writes.run((manager) =>
        events.append(manager, campaignId, null, 'admin.digest_now', {}),
      );
      await writes.run((manager) =>
        events.append(manager, campaignId, ADA.userId, 'symposium.voted', { stance: 'oppose' }),
      );

      const stored = await events.findRange(campaignId, 1, 100);

      // Events 1 and 2 are the campaign's creation and the player joining through `enter`.
      expect(stored.map((event) => event.seq)).toEqual([1, 2, 3, 4]);
      expect(stored.map((event) => event.type)).toEqual([
        'campaign.created',
        'player.joined',
        'admin.digest_now',
        'symposium.voted',
      ]);
      expect(stored[3].actorUserId).toBe(ADA.userId);
      expect(stored[3].payload).toEqual({ stance: 'oppose' });
      expect(stored[3].at).toEqual(new Date('2026-12-04T10:00:00Z'));
    });

    it('gives back the number of a rolled-back write', async () => {
      const failed = writes.run(async (manager) => {
        await events.append(manager, campaignId, null, 'admin.digest_now', {});
        throw new Error('rule rejected the change');
      });
      await expect(failed).rejects.toThrow('rule rejected the change');

      const next = await writes.run((manager) =>
        events.append(manager, campaignId, null, 'campaign.paused', {}),
      );

      expect(next.seq).toBe(3);
      expect(await events.countRange(campaignId, 1, 100)).toBe(3);
    });
  });

  describe('findByPayload', () => {
    it('matches one payload key', async () => {
      await writes.run(async (manager) => {
        await events.append(manager, campaignId, null, 'theory.submitted', { bulletinNumber: 1 });
        await events.append(manager, campaignId, null, 'theory.submitted', { bulletinNumber: 2 });
      });

      const [match] = await events.findByPayload(
        campaignId,
        'theory.submitted',
        'bulletinNumber',
        2,
      );

      expect(match.seq).toBe(4);
    });
  });

  describe('toJsonLines', () => {
    it('writes one parsable object per line', async () => {
      const text = toJsonLines(await events.findRange(campaignId, 1, 100));
      const lines = text.split('\n');

      expect(lines).toHaveLength(3);
      expect(lines[2]).toBe('');
      expect(JSON.parse(lines[1])).toEqual({
        seq: 2,
        at: '2026-12-04T10:00:00.000Z',
        actor: ADA.userId,
        type: 'player.joined',
        payload: expect.objectContaining({ displayName: 'ada' }) as unknown,
      });
    });
  });
});
