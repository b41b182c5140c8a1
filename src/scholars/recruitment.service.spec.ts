import { DataSource } from 'typeorm';
import type { Actor } from '../campaigns/actor';
import { CampaignsService } from '../campaigns/campaigns.service';
import { Player } from '../campaigns/player.entity';
import { RandomStream, type RandomSource } from '../common/random';
import { AppConfig } from '../config/app-config';
import { WriteQueue } from '../database/write-queue';
import { DigestStepRegistry } from '../gazette/digest-step';
import { GazetteService } from '../gazette/gazette.service';
import { PressRelease } from '../gazette/press-release.entity';
import { PressService } from '../gazette/press.service';
import { createTestApp, type TestApp } from '../testing/test-app';
import { MentorshipService } from './mentorship.service';
import { MentorshipStep } from './mentorship.step';
import { PoachingOffer } from './poaching-offer.entity';
import { PoachingService } from './poaching.service';
import { PoachingStep } from './poaching.step';
import { RecruitmentService } from './recruitment.service';
import { Scholar } from './scholar.entity';
import { ScholarFeeling } from './scholar-feelings.entity';
import { ScholarFeelingsService } from './scholar-feelings.service';
import { ScholarMemoryService } from './scholar-memory.service';
import { ScholarsService } from './scholars.service';

/** A stream whose every float is the same value, to force a roll either way. */
class FixedStream extends RandomStream {
  constructor(private readonly value: number) {
    super('fixed');
  }

  override float(): number {
    return this.value;
  }
}

const START = new Date('2026-12-04T10:00:00Z');
const GUILD = '700000000000000001';

function actor(userId: string, displayName: string): Actor {
  return { guildId: GUILD, userId, displayName };
}

const ADA = actor('1001', 'Ada');
const BOB = actor('1002', 'Bob');
const CY = actor('1003', 'Cy');

describe('scholar memory, recruitment, poaching and mentorship', () => {
  let app: TestApp;
  let roll: { value: number };
  let recruitment: RecruitmentService;
  let poaching: PoachingService;
  let mentorship: MentorshipService;
  let dataSource: DataSource;
  let slot: number;

  beforeEach(async () => {
    app = await createTestApp({ start: START });
    roll = { value: 0.5 };
    const random: RandomSource = { stream: () => new FixedStream(roll.value) };
    const campaigns = app.get(CampaignsService);
    const scholars = app.get(ScholarsService);
    const feelings = app.get(ScholarFeelingsService);
    const memory = app.get(ScholarMemoryService);
    const press = app.get(PressService);
    const writes = app.get(WriteQueue);
    const registry = app.get(DigestStepRegistry);
    dataSource = app.dataSource;
    recruitment = new RecruitmentService(
      campaigns,
      scholars,
      feelings,
      memory,
      press,
      writes,
      random,
      app.get(AppConfig),
      app.clock,
    );
    poaching = new PoachingService(
      campaigns,
      scholars,
      feelings,
      memory,
      press,
      writes,
      dataSource,
      random,
      app.clock,
    );
    mentorship = new MentorshipService(campaigns, scholars, feelings, memory, press, writes);
    new PoachingStep(registry, poaching);
    new MentorshipStep(registry, mentorship);
    slot = 0;
  });

  afterEach(async () => {
    await app.close();
  });

  /** Publishes the next twice-daily edition and moves the clock to it. */
  async function digest(): Promise<void> {
    const { campaign } = await app.get(CampaignsService).enter(ADA);
    const slotAt = new Date(Date.UTC(2026, 11, 4 + Math.floor(slot / 2), slot % 2 === 0 ? 13 : 21));
    slot += 1;
    app.clock.set(slotAt);
    await app.get(GazetteService).publishEdition(campaign.id, slotAt, 'scheduled', 0);
  }

  async function scholarNamed(index: number): Promise<Scholar> {
    const { campaign } = await app.get(CampaignsService).enter(ADA);
    const roster = await dataSource
      .getRepository(Scholar)
      .find({ where: { campaignId: campaign.id }, order: { id: 'ASC' } });
    return roster[index];
  }

  async function player(user: Actor): Promise<Player> {
    return (await app.get(CampaignsService).enter(user)).player;
  }

  async function employ(scholar: Scholar, user: Actor): Promise<void> {
    const employer = await player(user);
    await dataSource.getRepository(Scholar).update(scholar.id, { employerId: employer.id });
  }

  async function feeling(scholarId: number, playerId: number): Promise<ScholarFeeling | null> {
    return dataSource
      .getRepository(ScholarFeeling)
      .findOneBy({ scholarId, subjectKind: 'player', subjectId: playerId });
  }

  describe('decayFeelings', () => {
    it('fades a feeling by 0.98 per digest', async () => {
      const scholar = await scholarNamed(0);
      const ada = await player(ADA);
      await app
        .get(WriteQueue)
        .run((manager) => app.get(ScholarFeelingsService).adjust(manager, scholar.id, ada.id, 10));

      for (let i = 0; i < 10; i += 1) {
        await digest();
      }

      expect((await feeling(scholar.id, ada.id))!.value).toBeCloseTo(10 * 0.98 ** 10, 6);
    });

    it('keeps a scarred feeling at or below its scar', async () => {
      const scholar = await scholarNamed(0);
      const ada = await player(ADA);
      const feelings = app.get(ScholarFeelingsService);
      await app.get(WriteQueue).run(async (manager) => {
        await feelings.adjust(manager, scholar.id, ada.id, -6);
        await feelings.scar(manager, scholar.id, ada.id, -4);
      });

      for (let i = 0; i < 30; i += 1) {
        await digest();
      }
      await app.get(WriteQueue).run((manager) => feelings.adjust(manager, scholar.id, ada.id, 20));

      const row = await feeling(scholar.id, ada.id);
      expect(row!.scarLevel).toBe(-6);
      expect(row!.value).toBe(-6);
    });
  });

  describe('recruitment quote', () => {
    it('halves the base chance during the stake cooldown', async () => {
      const scholar = await scholarNamed(1);
      const without = await recruitment.quote(ADA, String(scholar.id), 'academia');
      const ada = await player(ADA);
      await dataSource.getRepository(Player).update(ada.id, { stakeCooldownDigests: 2 });

      const within = await recruitment.quote(ADA, String(scholar.id), 'academia');

      expect(without.chance).toBeCloseTo(0.6 + 0.05 * 3, 6);
      expect(within.chance).toBeCloseTo(0.3 + 0.05 * 3, 6);
      expect(within.isCooldownActive).toBe(true);
    });

    it('rejects a player below reputation −10', async () => {
      const scholar = await scholarNamed(1);
      const ada = await player(ADA);
      await dataSource.getRepository(Player).update(ada.id, { reputation: -11 });

      await expect(recruitment.recruit(ADA, String(scholar.id), 'academia')).rejects.toThrow(
        /below recruit gate -10/,
      );
    });

    it('joins on success with a capped faction gain', async () => {
      const scholar = await scholarNamed(1);
      roll.value = 0;

      const result = await recruitment.recruit(ADA, String(scholar.id), 'government');

      const ada = await player(ADA);
      expect(result.isAccepted).toBe(true);
      expect(
        (await dataSource.getRepository(Scholar).findOneBy({ id: scholar.id }))!.employerId,
      ).toBe(ada.id);
      expect(ada.influence.government).toBe(4);
      expect((await feeling(scholar.id, ada.id))!.value).toBe(2);
    });
  });

  describe('decideDueOffers', () => {
    it('refunds the losing rival and settles the scholar once', async () => {
      const scholar = await scholarNamed(2);
      await employ(scholar, ADA);
      await poaching.poach(BOB, String(scholar.id), 'government', 2, 'A corner office.');
      await poaching.poach(CY, String(scholar.id), 'government', 1, 'A sabbatical by the sea.');
      const bob = await player(BOB);
      const cy = await player(CY);
      expect(bob.influence.government).toBe(1);
      expect(cy.influence.government).toBe(2);
      roll.value = 0;

      await digest();
      expect(await dataSource.getRepository(PoachingOffer).countBy({ status: 'open' })).toBe(2);
      await digest();
      await digest();

      const offers = await dataSource.getRepository(PoachingOffer).find({ order: { id: 'ASC' } });
      expect(offers.map((offer) => offer.outcome)).toEqual(['won', 'outbid']);
      expect((await player(BOB)).influence.government).toBe(1);
      expect((await player(CY)).influence.government).toBe(3);
      expect(
        (await dataSource.getRepository(Scholar).findOneBy({ id: scholar.id }))!.employerId,
      ).toBe(bob.id);
      const notices = await dataSource
        .getRepository(PressRelease)
        .countBy({ type: 'defection_notice' });
      expect(notices).toBe(1);
      const ada = await player(ADA);
      expect((await feeling(scholar.id, ada.id))!.scarLevel).toBe(-2);
    });

    it('refunds every offer on a refusal and adds loyalty', async () => {
      const scholar = await scholarNamed(3);
      await employ(scholar, ADA);
      await poaching.poach(BOB, String(scholar.id), 'industry', 3, 'Gold-leaf letterhead.');
      await poaching.counter(ADA, String(scholar.id), 'industry', 1);
      roll.value = 0.999;

      await digest();
      await digest();
      await digest();

      expect((await player(BOB)).influence.industry).toBe(3);
      expect((await player(ADA)).influence.industry).toBe(2);
      const after = await dataSource.getRepository(Scholar).findOneBy({ id: scholar.id });
      expect(after!.stats.loyalty).toBe(Math.min(10, scholar.stats.loyalty + 1));
      expect(after!.employerId).toBe((await player(ADA)).id);
    });

    it('rejects an offer the rival cannot pay', async () => {
      const scholar = await scholarNamed(3);
      await employ(scholar, ADA);

      await expect(
        poaching.poach(BOB, String(scholar.id), 'government', 4, 'Everything.'),
      ).rejects.toThrow(/holds 3 government, needs 4/);
      expect(await dataSource.getRepository(PoachingOffer).count()).toBe(0);
    });
  });

  describe('creditMentoredDigest', () => {
    it('promotes a junior on the third mentored digest', async () => {
      const scholar = await scholarNamed(4);
      await employ(scholar, ADA);
      await dataSource
        .getRepository(Scholar)
        .update(scholar.id, { careerRung: 'Postdoc', careerTrack: 'academia' });
      await mentorship.mentor(ADA, String(scholar.id));

      await digest();
      await digest();
      const before = await dataSource.getRepository(Scholar).findOneBy({ id: scholar.id });
      await digest();
      const after = await dataSource.getRepository(Scholar).findOneBy({ id: scholar.id });

      expect(before!.careerRung).toBe('Postdoc');
      expect(after!.careerRung).toBe('Lecturer');
      expect(after!.mentoredDigests).toBe(3);
      expect(after!.digestsWithoutMentorship).toBe(0);
      expect(after!.stats.loyalty).toBe(Math.min(10, scholar.stats.loyalty + 1));
    });
  });
});
