import { Campaign } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { Player } from '../campaigns/player.entity';
import { createTestApp, type TestApp } from '../testing/test-app';
import { TheoriesService } from '../theories/theories.service';
import { Theory } from '../theories/theory.entity';
import { Dispatch } from './dispatch.entity';
import { Edition } from './edition.entity';
import { GazetteService } from './gazette.service';
import { PressRelease } from './press-release.entity';

/** The campaign is created at 10:00 UTC; digests run at 13:00 and 21:00 UTC. */
const START = new Date('2026-12-04T10:00:00Z');
const HOUR_MS = 60 * 60 * 1000;
const GUILD = '700000000000000002';
const CHANNEL = '710000000000000002';
const CLAIM = 'The bronze hoard at Varna predates the river road.';
const LEAD = { guildId: GUILD, userId: '800000000000000002', displayName: 'Ada Quill' };

describe('GazetteService', () => {
  let app: TestApp;
  let gazette: GazetteService;

  beforeEach(async () => {
    app = await createTestApp({ start: START, game: { gazette: { maxCatchUpEditions: 2 } } });
    gazette = app.get(GazetteService);
  });

  afterEach(async () => {
    await app?.close();
  });

  async function startCampaign(channel: string | null = CHANNEL): Promise<Campaign> {
    const campaigns = app.get(CampaignsService);
    await campaigns.enter(LEAD);

    return campaigns.setChannels(GUILD, {
      gazetteChannelId: channel,
      tableTalkChannelId: null,
      adminChannelId: null,
    });
  }

  const editions = (): Promise<Edition[]> =>
    app.dataSource.getRepository(Edition).find({ order: { slotAt: 'ASC' } });
  const dispatches = (): Promise<Dispatch[]> =>
    app.dataSource.getRepository(Dispatch).find({ order: { id: 'ASC' } });
  const reloadCampaign = (): Promise<Campaign> =>
    app.dataSource.getRepository(Campaign).findOneByOrFail({ guildId: GUILD });

  describe('publishEdition', () => {
    it('publishes the news of a slot into an edition', async () => {
      const campaign = await startCampaign();
      await app.get(TheoriesService).submitTheory(LEAD, { claim: CLAIM, confidence: 'suspect' });
      const slotAt = new Date('2026-12-04T13:00:00Z');

      const result = await gazette.publishEdition(campaign.id, slotAt, 'scheduled', 0);

      expect(result).not.toBeNull();
      expect(result!.edition.status).toBe('published');
      expect(result!.items.map((item) => item.type)).toEqual(['academic_bulletin']);
      expect(result!.messageCount).toBe(1);
      const press = await app.dataSource.getRepository(PressRelease).find();
      expect(press.map((release) => release.editionId)).toEqual([result!.edition.id]);
      const queued = await dispatches();
      expect(queued).toHaveLength(1);
      expect(queued[0].channelId).toBe(CHANNEL);
      expect(queued[0].status).toBe('pending');
      expect(queued[0].nonce).toMatch(/^[0-9a-f]{25}$/);
      expect(queued[0].message.embeds).toHaveLength(1);
    });

    it('publishes a slot once', async () => {
      const campaign = await startCampaign();
      const slotAt = new Date('2026-12-04T13:00:00Z');
      await gazette.publishEdition(campaign.id, slotAt, 'scheduled', 0);
      const queuedBefore = (await dispatches()).length;

      const second = await gazette.publishEdition(campaign.id, slotAt, 'scheduled', 0);

      expect(second).toBeNull();
      expect(await dispatches()).toHaveLength(queuedBefore);
      expect(await editions()).toHaveLength(1);
    });

    it('stores the edition without a dispatch when no channel is set', async () => {
      const campaign = await startCampaign(null);
      await app.get(TheoriesService).submitTheory(LEAD, { claim: CLAIM, confidence: 'suspect' });

      const result = await gazette.publishEdition(
        campaign.id,
        new Date('2026-12-04T13:00:00Z'),
        'scheduled',
        0,
      );

      expect(result!.messageCount).toBe(0);
      expect(result!.items).toHaveLength(1);
      expect(await editions()).toHaveLength(1);
      expect(await dispatches()).toEqual([]);
      const press = await app.dataSource.getRepository(PressRelease).findOneByOrFail({ number: 1 });
      expect(press.editionId).toBe(result!.edition.id);
    });

    it('ticks stake cooldowns down to 0 and not below', async () => {
      const campaign = await startCampaign();
      const players = app.dataSource.getRepository(Player);
      const player = await players.findOneByOrFail({ userId: LEAD.userId });
      await players.update(player.id, { stakeCooldownDigests: 2 });
      const cooldowns: number[] = [];

      for (const hour of [13, 21, 37]) {
        const slotAt = new Date(START.getTime() + (hour - 10) * HOUR_MS);
        await gazette.publishEdition(campaign.id, slotAt, 'scheduled', 0);
        cooldowns.push((await players.findOneByOrFail({ id: player.id })).stakeCooldownDigests);
      }

      expect(cooldowns).toEqual([1, 0, 0]);
    });

    it('lapses overdue theories into the edition', async () => {
      const campaign = await startCampaign();
      const { theory } = await app
        .get(TheoriesService)
        .submitTheory(LEAD, { claim: CLAIM, confidence: 'certain', deadlineDays: 1 });

      const result = await gazette.publishEdition(
        campaign.id,
        new Date('2026-12-05T13:00:00Z'),
        'scheduled',
        0,
      );

      const stored = await app.dataSource.getRepository(Theory).findOneByOrFail({ id: theory.id });
      expect(stored.status).toBe('lapsed');
      expect(result!.items.map((item) => item.type)).toEqual([
        'academic_bulletin',
        'years_turn',
        'gazette_note',
      ]);
    });
  });

  describe('publishDueEditions', () => {
    it('publishes nothing before the first slot', async () => {
      await startCampaign();
      app.clock.set(new Date('2026-12-04T12:59:00Z'));

      expect(await gazette.publishDueEditions()).toEqual([]);
      expect(await editions()).toEqual([]);
    });

    it('publishes each due slot once', async () => {
      await startCampaign();
      app.clock.set(new Date('2026-12-04T13:00:00Z'));

      const first = await gazette.publishDueEditions();
      const again = await gazette.publishDueEditions();

      expect(first.map((result) => result.edition.slotAt.toISOString())).toEqual([
        '2026-12-04T13:00:00.000Z',
      ]);
      expect(again).toEqual([]);
      expect(await dispatches()).toHaveLength(1);
    });

    it('advances the year by one per local day with a Year’s Turn', async () => {
      await startCampaign();
      app.clock.set(new Date('2026-12-04T21:00:00Z'));
      const sameDay = await gazette.publishDueEditions();
      expect((await reloadCampaign()).currentYear).toBe(1920);
      expect(sameDay.flatMap((result) => result.items)).toEqual([]);

      app.clock.set(new Date('2026-12-05T13:00:00Z'));
      const [nextDay] = await gazette.publishDueEditions();

      expect((await reloadCampaign()).currentYear).toBe(1921);
      expect(nextDay.edition.year).toBe(1921);
      expect(nextDay.items.map((item) => item.type)).toEqual(['years_turn']);
      expect(nextDay.items[0].headline).toContain('1921');
      expect(nextDay.items[0].year).toBe(1921);

      app.clock.set(new Date('2026-12-05T21:00:00Z'));
      const [evening] = await gazette.publishDueEditions();
      expect((await reloadCampaign()).currentYear).toBe(1921);
      expect(evening.items).toEqual([]);
    });

    it('folds missed slots beyond the catch-up limit', async () => {
      await startCampaign();
      // Six slots are due: 4 Dec 13:00 and 21:00 through 6 Dec 21:00; two are replayed.
      app.clock.set(new Date('2026-12-06T22:00:00Z'));

      const results = await gazette.publishDueEditions();

      expect(results.map((result) => result.edition.slotAt.toISOString())).toEqual([
        '2026-12-06T13:00:00.000Z',
        '2026-12-06T21:00:00.000Z',
      ]);
      const stored = await editions();
      expect(stored.map((edition) => edition.status)).toEqual([
        'folded',
        'folded',
        'folded',
        'folded',
        'published',
        'published',
      ]);
      const queued = await dispatches();
      expect(queued).toHaveLength(2);
      expect(queued[0].message.content).toContain('4 missed editions');
      expect(queued[1].message.content).not.toContain('missed edition');
    });

    it('keeps the folded count for an edition finished after a restart', async () => {
      await startCampaign();
      app.clock.set(new Date('2026-12-06T22:00:00Z'));
      await gazette.publishDueEditions();
      // As if the service stopped between composing and queueing: the text is stored, no post.
      await app.dataSource.query(
        "UPDATE editions SET status = 'composing' WHERE status = 'published'",
      );
      await app.dataSource.query('DELETE FROM dispatches');

      // The next slot makes the pass look at the campaign, finishing the stranded editions first.
      app.clock.set(new Date('2026-12-07T13:00:00Z'));
      const finished = await gazette.publishDueEditions();

      expect(finished.map((result) => result.edition.foldedEditions)).toEqual([4, 0, 0]);
      const queued = await dispatches();
      expect(queued).toHaveLength(3);
      expect(queued[0].message.content).toContain('4 missed editions');
      expect(queued[1].message.content).not.toContain('missed edition');
    });

    it('advances the year over folded days in one step', async () => {
      await startCampaign();
      app.clock.set(new Date('2026-12-06T22:00:00Z'));

      const [first] = await gazette.publishDueEditions();

      expect((await reloadCampaign()).currentYear).toBe(1922);
      expect(first.items.map((item) => item.type)).toEqual(['years_turn']);
    });

    it('does not replay folded slots on the next run', async () => {
      await startCampaign();
      app.clock.set(new Date('2026-12-06T22:00:00Z'));
      await gazette.publishDueEditions();

      app.clock.set(new Date('2026-12-07T13:00:00Z'));
      const next = await gazette.publishDueEditions();

      expect(next.map((result) => result.edition.slotAt.toISOString())).toEqual([
        '2026-12-07T13:00:00.000Z',
      ]);
      expect(await editions()).toHaveLength(7);
    });
  });

  describe('publishExtraEdition', () => {
    it('publishes an extra edition now', async () => {
      await startCampaign();
      app.clock.set(new Date('2026-12-04T11:30:25.400Z'));

      const result = await gazette.publishExtraEdition(GUILD);

      expect(result!.edition.kind).toBe('extra');
      expect(result!.edition.slotAt.toISOString()).toBe('2026-12-04T11:30:25.001Z');
    });

    it('returns null for a second extra edition in the same second', async () => {
      await startCampaign();
      app.clock.set(new Date('2026-12-04T11:30:05.100Z'));
      await gazette.publishExtraEdition(GUILD);
      app.clock.set(new Date('2026-12-04T11:30:05.900Z'));

      const second = await gazette.publishExtraEdition(GUILD);

      expect(second).toBeNull();
      expect(await editions()).toHaveLength(1);
      expect(await dispatches()).toHaveLength(1);
    });

    it('publishes beside a scheduled edition of the same minute', async () => {
      await startCampaign();
      app.clock.set(new Date('2026-12-04T13:00:00.200Z'));
      const scheduled = await gazette.publishExtraEdition(GUILD);
      await app.get(TheoriesService).submitTheory(LEAD, { claim: CLAIM, confidence: 'suspect' });

      const extra = await gazette.publishExtraEdition(GUILD);

      expect(scheduled!.edition.kind).toBe('scheduled');
      expect(extra!.edition.kind).toBe('extra');
      expect(extra!.items.map((item) => item.type)).toContain('academic_bulletin');
    });

    it('publishes a due scheduled edition instead of an extra one', async () => {
      await startCampaign();
      app.clock.set(new Date('2026-12-04T13:05:00Z'));

      const result = await gazette.publishExtraEdition(GUILD);

      expect(result!.edition.kind).toBe('scheduled');
      expect(result!.edition.slotAt.toISOString()).toBe('2026-12-04T13:00:00.000Z');
      expect(await editions()).toHaveLength(1);
    });
  });

  describe('findRecentEditions', () => {
    it('lists published editions newest first', async () => {
      await startCampaign();
      app.clock.set(new Date('2026-12-06T22:00:00Z'));
      await gazette.publishDueEditions();
      const campaign = await reloadCampaign();

      const recent = await gazette.findRecentEditions(campaign.id, 5);

      expect(recent.map((edition) => edition.slotAt.toISOString())).toEqual([
        '2026-12-06T21:00:00.000Z',
        '2026-12-06T13:00:00.000Z',
      ]);
    });
  });
});
