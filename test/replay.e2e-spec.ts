import { DataSource } from 'typeorm';
import type { Actor } from '../src/campaigns/actor';
import { CampaignsService } from '../src/campaigns/campaigns.service';
import { ManualClock } from '../src/common/clock';
import { CampaignAdminService } from '../src/events/campaign-admin.service';
import { EventsService } from '../src/events/events.service';
import { OrdersAdminService } from '../src/events/orders-admin.service';
import { replayEvents, type LoggedEvent } from '../src/events/replay';
import { createReplayContext } from '../src/events/replay-app';
import { digestCampaign } from '../src/events/replay-dump';
import { ExpeditionsService } from '../src/expeditions/expeditions.service';
import { GazetteService } from '../src/gazette/gazette.service';
import { LlmSandboxServer } from '../src/llm-sandbox/llm-sandbox-server';
import { PoachingService } from '../src/scholars/poaching.service';
import { RecruitmentService } from '../src/scholars/recruitment.service';
import { SandboxGame } from '../src/sandbox/sandbox-game';
import { SymposiumService } from '../src/symposium/symposium.service';
import { TheoriesService } from '../src/theories/theories.service';
import { tempDatabase } from './support/temp-database';

const START = new Date('2026-12-04T10:00:00Z');
const HALF_DAY_MS = 12 * 60 * 60 * 1000;
const ROUNDS = 10;
const CONFIDENCES = ['suspect', 'certain', 'stake_my_career'] as const;
const FACTIONS = ['academia', 'government', 'industry'] as const;

describe('event log replay', () => {
  const source = tempDatabase('replay-source');
  const targets: ReturnType<typeof tempDatabase>[] = [];
  let game: SandboxGame;
  let clock: ManualClock;
  let campaignId: number;
  let events: LoggedEvent[];
  let sourceDigest: string;

  beforeAll(async () => {
    clock = new ManualClock(START);
    game = await SandboxGame.start({
      databasePath: source.path,
      clock,
      timers: false,
      env: { GAZETTE_TIMES: '13:00,21:00', GAZETTE_TIMEZONE: 'UTC' },
    });
    await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'setup' });
    await playCampaign();
    campaignId = (await game.app.get(CampaignsService).findCampaignOrFail(game.guild.id)).id;
    const log = game.app.get(EventsService);
    events = await log.findRange(campaignId, 1, 1_000_000);
    sourceDigest = await digestCampaign(game.app.get(DataSource), campaignId);
    await game.stop();
  }, 120_000);

  afterAll(() => {
    source.cleanup();
    for (const target of targets) {
      target.cleanup();
    }
  });

  /** Plays rounds of theories, expeditions, recruitment, challenges and digests. */
  async function playCampaign(): Promise<void> {
    const players: Actor[] = ['ada', 'bea', 'cy', 'dov'].map((name) => {
      const user = game.addPlayer(name);
      return { guildId: game.guild.id, userId: user.id, displayName: name };
    });
    const owner: Actor = {
      guildId: game.guild.id,
      userId: game.world.owner.id,
      displayName: 'owner',
    };
    const campaigns = game.app.get(CampaignsService);
    const theories = game.app.get(TheoriesService);
    const expeditions = game.app.get(ExpeditionsService);
    const recruitment = game.app.get(RecruitmentService);
    const poaching = game.app.get(PoachingService);
    const admin = game.app.get(CampaignAdminService);
    const orders = game.app.get(OrdersAdminService);
    const symposium = game.app.get(SymposiumService);
    const gazette = game.app.get(GazetteService);
    const data = game.app.get(DataSource);
    const attempt = async (action: () => Promise<unknown>): Promise<void> => {
      // Rejected moves (short of influence, a scholar taken) roll back and log nothing.
      await action().catch(() => undefined);
    };
    const unaffiliated = async (): Promise<string[]> =>
      (
        await data.query<{ id: number }[]>(
          "SELECT id FROM scholars WHERE employer_id IS NULL AND status != 'retired' ORDER BY id",
        )
      ).map((row) => String(row.id));
    const activeScholars = async (): Promise<string[]> =>
      (
        await data.query<{ id: number }[]>(
          "SELECT id FROM scholars WHERE status != 'retired' ORDER BY id",
        )
      ).map((row) => String(row.id));

    for (const player of players) {
      await campaigns.enter(player);
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      const free = await unaffiliated();
      const roster = await activeScholars();
      const teamPool = free.length > 0 ? free : roster;
      for (const [index, player] of players.entries()) {
        // A stipend to a balance already at the soft cap changes nothing and is rejected.
        await attempt(() =>
          admin.adjust(owner, player.userId, {
            target: FACTIONS[(round + index) % 3],
            amount: 2,
            reason: `Round ${round} stipend`,
          }),
        );
        await theories.submitTheory(player, {
          claim: `Claim ${round}.${index}: the ${index + 2}nd tablet predates the flood`,
          confidence: CONFIDENCES[(round + index) % 3],
          supporters: [roster[(round + index) % roster.length]],
          deadlineDays: 1 + (index % 2),
        });
        await attempt(() =>
          expeditions.launchExpedition(player, {
            type: round % 3 === 2 ? 'field' : 'think_tank',
            objective: `Survey ${round}.${index} of the salt archive`,
            team: [teamPool[(round * 4 + index + 3) % teamPool.length]],
            discipline: 'Archaeology',
            depth: round % 2 === 0 ? 'shallow' : 'standard',
            fundingFactions: ['academia'],
            confidence: CONFIDENCES[index % 3],
          }),
        );
        if (free.length > 0) {
          await attempt(() =>
            recruitment.recruit(player, free[(round * 3 + index * 5) % free.length], 'academia'),
          );
        }
        const rival = players[(index + 1) % players.length];
        const rivalTheory = await data.query<{ bulletin_number: number }[]>(
          "SELECT t.bulletin_number FROM theories t JOIN players p ON p.id = t.player_id WHERE p.user_id = ? AND t.status = 'open' ORDER BY t.bulletin_number DESC LIMIT 1",
          [rival.userId],
        );
        if (rivalTheory.length > 0) {
          await attempt(() =>
            expeditions.challengeTheory(player, {
              theory: String(rivalTheory[0].bulletin_number),
              confidence: 'suspect',
            }),
          );
        }
      }
      await playRoundExtras(round, players, owner);
      clock.advance(HALF_DAY_MS);
      await gazette.publishDueEditions();
    }

    async function playRoundExtras(round: number, all: Actor[], by: Actor): Promise<void> {
      const employed = await data.query<{ id: number; user_id: string }[]>(
        'SELECT s.id, p.user_id FROM scholars s JOIN players p ON p.id = s.employer_id ORDER BY s.id',
      );
      const target = employed[round % Math.max(1, employed.length)];
      if (target) {
        const rival = all.find((player) => player.userId !== target.user_id)!;
        await attempt(() =>
          poaching.poach(rival, String(target.id), 'academia', 1, 'A chair and a window'),
        );
      }
      if (round === 1) {
        await symposium.proposeTopic(all[0], { title: 'Should the Academy fund deep digs?' });
      }
      if (round === 3) {
        const [first] = await orders.listOrders(by.guildId);
        if (first) {
          await orders.cancelOrder(by, first.code);
        }
      }
      if (round === 4) {
        await orders.setScholarStatus(by, (await activeScholars())[0], 'retired');
      }
      if (round === 6) {
        await admin.setSchedule(by, { timeZone: 'Europe/Lisbon', digestTimes: '09:30, 21:00' });
      }
    }
  }

  async function replayInto(log: LoggedEvent[]): Promise<string> {
    const target = tempDatabase('replay-target');
    targets.push(target);
    const context = await createReplayContext(target.path);
    try {
      const result = await replayEvents(context, game.guild.id, log);
      return await digestCampaign(context.app.get(DataSource), result.campaignId);
    } finally {
      await context.app.close();
    }
  }

  it('logs at least 200 events of many kinds', () => {
    const types = new Set(events.map((event) => event.type));

    expect(events.length).toBeGreaterThanOrEqual(200);
    for (const type of [
      'campaign.created',
      'player.joined',
      'theory.submitted',
      'expedition.launched',
      'scholar.recruit_attempted',
      'theory.challenged',
      'edition.published',
      'admin.adjusted',
      'admin.order_cancelled',
      'admin.scholar_retired',
      'campaign.schedule_set',
      'symposium.proposed',
      'poaching.offered',
    ]) {
      expect(types).toContain(type);
    }
  });

  it('rebuilds the same state in a fresh database', async () => {
    expect(await replayInto(events)).toBe(sourceDigest);
  }, 120_000);

  it('gives another state for a tampered log', async () => {
    const tampered = events.map((event) => ({ ...event, payload: { ...event.payload } }));
    // A claim changes text only, so the tampered log still replays to the end.
    const submission = tampered.find((event) => event.type === 'theory.submitted')!;
    submission.payload.claim = 'The tablets were carved last spring.';

    expect(await replayInto(tampered)).not.toBe(sourceDigest);
  }, 120_000);
});

describe('event log replay of language-model text', () => {
  const source = tempDatabase('replay-llm-source');
  const target = tempDatabase('replay-llm-target');
  let game: SandboxGame;
  let llm: LlmSandboxServer;
  let events: LoggedEvent[];
  let sourceDigest: string;
  let gossip: string[];

  beforeAll(async () => {
    const clock = new ManualClock(START);
    llm = await LlmSandboxServer.start();
    game = await SandboxGame.start({
      databasePath: source.path,
      clock,
      timers: false,
      env: { LLM_BASE_URL: `${llm.url}/v1`, LLM_MODEL: 'test-model', LLM_TIMEOUT_MS: '1500' },
    });
    await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'setup' });
    const theories = game.app.get(TheoriesService);
    const data = game.app.get(DataSource);
    const scholars = await data.query<{ id: number }[]>('SELECT id FROM scholars ORDER BY id');
    for (const [index, name] of ['ada', 'bea', 'cy'].entries()) {
      const user = game.addPlayer(name);
      await theories.submitTheory(
        { guildId: game.guild.id, userId: user.id, displayName: name },
        {
          claim: `Claim ${index}: the ferry tolls fund the observatory`,
          confidence: 'suspect',
          supporters: [String(scholars[index].id), String(scholars[index + 5].id)],
        },
      );
    }
    clock.set(new Date('2026-12-04T13:00:30Z'));
    await game.app.get(GazetteService).publishDueEditions();

    const campaignId = (await game.app.get(CampaignsService).findCampaignOrFail(game.guild.id)).id;
    events = await game.app.get(EventsService).findRange(campaignId, 1, 1_000_000);
    sourceDigest = await digestCampaign(data, campaignId);
    gossip = (
      await data.query<{ body: string }[]>(
        "SELECT body FROM press_releases WHERE type = 'academic_gossip' ORDER BY number",
      )
    ).map((row) => row.body);
    await game.stop();
    await llm.stop();
    for (const name of ['LLM_BASE_URL', 'LLM_MODEL', 'LLM_TIMEOUT_MS']) {
      delete process.env[name];
    }
  }, 60_000);

  afterAll(() => {
    source.cleanup();
    target.cleanup();
  });

  it('logs the voiced reactions', () => {
    const voiced = events.filter((event) => event.type === 'edition.voiced');

    expect(voiced).toHaveLength(1);
    expect(gossip).toHaveLength(1);
    expect(voiced[0].payload.body).toBe(gossip[0]);
    expect(gossip[0]).toContain('I stand by it, and gladly.');
  });

  it('restores the voiced text without the model', async () => {
    const context = await createReplayContext(target.path);
    try {
      const result = await replayEvents(context, game.guild.id, events);
      const data = context.app.get(DataSource);

      expect(await digestCampaign(data, result.campaignId)).toBe(sourceDigest);
      const [replayed] = await data.query<{ body: string }[]>(
        "SELECT body FROM press_releases WHERE type = 'academic_gossip'",
      );
      expect(replayed.body).toBe(gossip[0]);
    } finally {
      await context.app.close();
    }
  }, 60_000);
});
