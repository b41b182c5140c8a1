import { Global, Module } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { MetricsService } from '../metrics/metrics.service';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { Player } from '../campaigns/player.entity';
import { ManualClock } from '../common/clock';
import { CommonModule } from '../common/common.module';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { WriteQueue } from '../database/write-queue';
import type { DigestContext } from '../gazette/digest-step';
import { Scholar } from '../scholars/scholar.entity';
import type { Confidence } from '../theories/confidence';
import { TheoriesModule } from '../theories/theories.module';
import { TheoriesService } from '../theories/theories.service';
import { Theory } from '../theories/theory.entity';
import { Challenge } from './challenge.entity';
import { ExpeditionResolver } from './expedition-resolver';
import type { ScoreModifiers } from './expedition-rules';
import { ExpeditionsModule } from './expeditions.module';
import { ExpeditionsService } from './expeditions.service';
import { ExpeditionGateError } from './expeditions.errors';
import { FixedRolls } from './testing/fixed-rolls';

/** The real metrics service, which the narrator reports to. */
@Global()
@Module({ providers: [MetricsService], exports: [MetricsService] })
class MetricsSupportModule {}

const START = new Date('2026-12-04T10:00:00Z');
const SLOT = new Date('2026-12-04T13:00:00Z');
const NEXT_SLOT = new Date('2026-12-04T21:00:00Z');
const GUILD = '700000000000000001';

function actor(index: number) {
  return {
    guildId: GUILD,
    userId: String(800000000000000000n + BigInt(index)),
    displayName: `Lead ${index}`,
  };
}

describe('ExpeditionsService', () => {
  let module: TestingModule;
  let folder: string;
  let rolls: FixedRolls;
  let saved: NodeJS.ProcessEnv;
  let service: ExpeditionsService;
  let data: DataSource;

  beforeEach(async () => {
    saved = { ...process.env };
    folder = mkdtempSync(join(tmpdir(), 'great-work-expeditions-'));
    writeFileSync(join(folder, 'game.yaml'), 'expeditions:\n  sidecastChance: 0\n');
    Object.assign(process.env, {
      NODE_ENV: 'test',
      DISCORD_TOKEN: '',
      DATABASE_PATH: join(folder, 'game.sqlite'),
      GAME_CONFIG_PATH: join(folder, 'game.yaml'),
    });
    rolls = new FixedRolls().set('site', 0).set('failure', 1).set('entry', 1);
    module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(),
        CommonModule.forRoot({ clock: new ManualClock(START), random: rolls }),
        DatabaseModule,
        MetricsSupportModule,
        TheoriesModule,
        ExpeditionsModule,
      ],
    }).compile();
    service = module.get(ExpeditionsService);
    data = module.get(DataSource);
    await module.get(CampaignsService).enter(actor(1));
  });

  afterEach(async () => {
    await module?.close();
    process.env = saved;
    rmSync(folder, { recursive: true, force: true });
  });

  async function digest(slotAt = SLOT): Promise<void> {
    await module.get(WriteQueue).run(async (manager) => {
      const campaign = await manager.findOneByOrFail(Campaign, { guildId: GUILD });
      const context: DigestContext = { manager, campaign, slotAt, reactions: [] };
      await module.get(ExpeditionResolver).resolveQueued(context);
    });
  }

  async function scholarWithout(discipline: string, skip = 0): Promise<Scholar> {
    const all = await data.getRepository(Scholar).find({ order: { id: 'ASC' } });
    return all.filter(
      (s) =>
        !s.disciplines.includes(discipline as never) &&
        Object.values(s.politics).every((v) => v > -2),
    )[skip];
  }

  async function reputationOf(index: number): Promise<number> {
    const player = await data
      .getRepository(Player)
      .findOneByOrFail({ userId: actor(index).userId });
    return player.reputation;
  }

  /** Launches a think tank in Chronology; `scholarIndex` picks the n-th neutral non-expert. */
  async function launchThinkTank(
    index: number,
    extra: Record<string, unknown> = {},
    scholarIndex = 0,
  ) {
    const scholar = await scholarWithout('Chronology', scholarIndex);
    return service.launchExpedition(actor(index), {
      type: 'think_tank',
      objective: 'Recount the lost calendar of the salt kings.',
      team: [String(scholar.id)],
      discipline: 'Chronology',
      ...extra,
    });
  }

  describe('launchExpedition', () => {
    it.each([
      [-6, false],
      [-5, true],
    ])('think tank at reputation %i accepted: %s', async (reputation, accepted) => {
      await module
        .get(TheoriesService)
        .submitTheory(actor(1), { claim: 'A seat for the lead.', confidence: 'suspect' });
      await data.getRepository(Player).update({ userId: actor(1).userId }, { reputation });
      const launch = launchThinkTank(1, { confidence: 'suspect' });
      if (accepted) {
        await expect(launch).resolves.toBeDefined();
      } else {
        await expect(launch).rejects.toBeInstanceOf(ExpeditionGateError);
      }
    });

    it('charges deep preparation 2 more academia', async () => {
      await launchThinkTank(1, { confidence: 'suspect', depth: 'deep' });
      const player = await data.getRepository(Player).findOneByOrFail({ userId: actor(1).userId });
      expect(player.influence.academia).toBe(0);
    });
  });

  describe('resolution', () => {
    it.each([
      ['suspect', 1],
      ['certain', 2],
      ['stake_my_career', 7],
    ] as [Confidence, number][])('partial pays %s %i', async (confidence, payout) => {
      rolls.set('d100', 40);
      await launchThinkTank(1, { confidence });
      await digest();
      expect(await reputationOf(1)).toBe(payout);
    });

    it.each([
      [39, -1],
      [64, 1],
      [65, 2],
      [85, 2],
    ])('roll %i pays suspect %i', async (roll, payout) => {
      rolls.set('d100', roll);
      await launchThinkTank(1, { confidence: 'suspect' });
      await digest();
      expect(await reputationOf(1)).toBe(payout);
    });

    it('pays a theory once when two expeditions test it', async () => {
      const { theory } = await module.get(TheoriesService).submitTheory(actor(1), {
        claim: 'The salt kings counted in sevens.',
        confidence: 'certain',
      });
      rolls.set('d100', 70);
      await launchThinkTank(1, { theory: String(theory.bulletinNumber) }, 0);
      await launchThinkTank(1, { theory: String(theory.bulletinNumber) }, 1);
      await digest();

      const stored = await data.getRepository(Theory).findOneByOrFail({ id: theory.id });
      expect(stored.status).toBe('vindicated');
      const sources = await data.query<{ wager_source: string; reputation_change: number }[]>(
        'SELECT wager_source, reputation_change FROM expeditions ORDER BY id',
      );
      expect(sources).toEqual([
        { wager_source: 'theory', reputation_change: 5 },
        { wager_source: 'own', reputation_change: 5 },
      ]);
      expect(await reputationOf(1)).toBe(10);
    });

    it('prepares later orders of the same digest', async () => {
      const { theory } = await module.get(TheoriesService).submitTheory(actor(1), {
        claim: 'The salt kings counted in sevens.',
        confidence: 'suspect',
      });
      rolls.set('d100', 70);
      for (const scholarIndex of [0, 1, 2]) {
        await launchThinkTank(1, { theory: String(theory.bulletinNumber) }, scholarIndex);
      }
      await digest();

      const rows = await data.query<{ score: number; modifiers: string }[]>(
        'SELECT score, modifiers FROM expeditions ORDER BY id',
      );
      // The first think tank judges the theory and then prepares the two queued after it.
      expect(rows.map((row) => row.score)).toEqual([70, 80, 80]);
      const bonuses = rows.map(
        (row) => (JSON.parse(row.modifiers) as ScoreModifiers).thinkTankBonus,
      );
      expect(bonuses).toEqual([false, true, true]);
    });

    it('gives the think-tank bonus after an earlier digest', async () => {
      const { theory } = await module.get(TheoriesService).submitTheory(actor(1), {
        claim: 'The salt kings counted in sevens.',
        confidence: 'suspect',
      });
      rolls.set('d100', 50);
      await launchThinkTank(1, { theory: String(theory.bulletinNumber) });
      await digest(SLOT);
      // The first result judges a theory and closes it to new launches, so reopen it here to
      // queue a second expedition on it for the next digest.
      await data.getRepository(Theory).update({ id: theory.id }, { status: 'open' });
      await launchThinkTank(1, { theory: String(theory.bulletinNumber) }, 1);
      await digest(NEXT_SLOT);

      const rows = await data.query<{ score: number; modifiers: string }[]>(
        'SELECT score, modifiers FROM expeditions ORDER BY id',
      );
      const bonuses = rows.map(
        (row) => (JSON.parse(row.modifiers) as ScoreModifiers).thinkTankBonus,
      );
      expect(bonuses).toEqual([false, true]);
      expect(rows.map((row) => row.score)).toEqual([50, 60]);
    });

    it('settles challenges when the theory is judged', async () => {
      const { theory } = await module.get(TheoriesService).submitTheory(actor(1), {
        claim: 'The salt kings counted in sevens.',
        confidence: 'suspect',
      });
      await service.challengeTheory(actor(2), {
        theory: String(theory.bulletinNumber),
        confidence: 'certain',
      });
      rolls.set('d100', 20);
      await launchThinkTank(1, { theory: String(theory.bulletinNumber) });
      await digest();

      expect(await reputationOf(1)).toBe(-1);
      expect(await reputationOf(2)).toBe(5);
      const challenge = await data
        .getRepository(Challenge)
        .findOneByOrFail({ theoryId: theory.id });
      expect(challenge.isSettled).toBe(true);
      expect(challenge.outcome).toBe('won');
    });

    it('sets the stake cooldown after a stake-my-career result', async () => {
      rolls.set('d100', 10);
      await launchThinkTank(1, { confidence: 'stake_my_career' });
      await digest();
      const player = await data.getRepository(Player).findOneByOrFail({ userId: actor(1).userId });
      expect(player.stakeCooldownDigests).toBe(2);
      expect(player.reputation).toBe(-25);
    });
  });
});
