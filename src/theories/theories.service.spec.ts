import { Campaign } from '../campaigns/campaign.entity';
import { Player } from '../campaigns/player.entity';
import { InvalidOptionError } from '../common/game-error';
import { WriteQueue } from '../database/write-queue';
import { PressRelease } from '../gazette/press-release.entity';
import { Scholar } from '../scholars/scholar.entity';
import { ScholarNotFoundError } from '../scholars/scholars.errors';
import { createTestApp, type TestApp } from '../testing/test-app';
import { DuplicateSupporterError } from './theories.errors';
import { TheoriesService } from './theories.service';
import { Theory } from './theory.entity';

const START = new Date('2026-12-04T10:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const GUILD = '700000000000000001';
const CLAIM = 'The bronze hoard at Varna predates the river road.';

function actor(index: number): { guildId: string; userId: string; displayName: string } {
  return {
    guildId: GUILD,
    userId: String(800000000000000000n + BigInt(index)),
    displayName: `Lead ${index}`,
  };
}

describe('TheoriesService', () => {
  let app: TestApp;
  let theories: TheoriesService;

  beforeEach(async () => {
    app = await createTestApp({ start: START });
    theories = app.get(TheoriesService);
  });

  afterEach(async () => {
    await app?.close();
  });

  const count = (entity: typeof Player | typeof Theory | typeof PressRelease): Promise<number> =>
    app.dataSource.getRepository<object>(entity).count();

  describe('submitTheory', () => {
    it('stores the theory and its Academic Bulletin', async () => {
      const { theory, bulletin } = await theories.submitTheory(actor(1), {
        claim: CLAIM,
        confidence: 'certain',
      });

      const stored = await app.dataSource.getRepository(Theory).findOneByOrFail({ id: theory.id });
      expect(stored.bulletinNumber).toBe(1);
      expect(stored.claim).toBe(CLAIM);
      expect(stored.confidence).toBe('certain');
      expect(stored.status).toBe('open');
      expect(stored.supporterIds).toEqual([]);
      expect(stored.deadlineAt.toISOString()).toBe(
        new Date(START.getTime() + 7 * DAY_MS).toISOString(),
      );
      const press = await app.dataSource
        .getRepository(PressRelease)
        .findOneByOrFail({ id: bulletin.id });
      expect(press.type).toBe('academic_bulletin');
      expect(press.number).toBe(1);
      expect(press.editionId).toBeNull();
      expect(press.year).toBe(1920);
    });

    it('numbers bulletins 1, 2, 3 across players', async () => {
      const numbers: number[] = [];
      for (const index of [1, 2, 1]) {
        const { theory } = await theories.submitTheory(actor(index), {
          claim: `${CLAIM} Entry ${index}.`,
          confidence: 'suspect',
        });
        numbers.push(theory.bulletinNumber);
      }

      expect(numbers).toEqual([1, 2, 3]);
      expect(await count(Player)).toBe(2);
      const campaign = await app.dataSource
        .getRepository(Campaign)
        .findOneByOrFail({ guildId: GUILD });
      expect(campaign.nextBulletinNumber).toBe(4);
    });

    it('resolves supporters by name and by id', async () => {
      await theories.submitTheory(actor(1), { claim: CLAIM, confidence: 'suspect' });
      const [first, second] = await app.dataSource
        .getRepository(Scholar)
        .find({ order: { id: 'ASC' }, take: 2 });

      const { theory, supporters } = await theories.submitTheory(actor(1), {
        claim: CLAIM,
        confidence: 'suspect',
        supporters: [first.name.toUpperCase(), String(second.id)],
      });

      expect(supporters.map((scholar) => scholar.id)).toEqual([first.id, second.id]);
      expect(theory.supporterIds).toEqual([first.id, second.id]);
    });

    it('rejects an unknown supporter and stores nothing', async () => {
      const failure = theories.submitTheory(actor(1), {
        claim: CLAIM,
        confidence: 'suspect',
        supporters: ['Professor Nobody'],
      });

      await expect(failure).rejects.toBeInstanceOf(ScholarNotFoundError);
      expect(await count(Player)).toBe(0);
      expect(await count(Theory)).toBe(0);
      expect(await count(PressRelease)).toBe(0);
    });

    it('gives No. 1 to the success after a rejection', async () => {
      await expect(
        theories.submitTheory(actor(1), {
          claim: CLAIM,
          confidence: 'suspect',
          supporters: ['Professor Nobody'],
        }),
      ).rejects.toBeInstanceOf(ScholarNotFoundError);

      const { theory, bulletin } = await theories.submitTheory(actor(1), {
        claim: CLAIM,
        confidence: 'suspect',
      });

      expect(theory.bulletinNumber).toBe(1);
      expect(bulletin.number).toBe(1);
    });

    it('keeps numbers gapless after a rejection mid-campaign', async () => {
      await theories.submitTheory(actor(1), { claim: CLAIM, confidence: 'suspect' });
      const scholar = await app.dataSource
        .getRepository(Scholar)
        .findOneByOrFail({ isLegend: true });
      await expect(
        theories.submitTheory(actor(2), {
          claim: CLAIM,
          confidence: 'suspect',
          supporters: [scholar.name, scholar.name],
        }),
      ).rejects.toBeInstanceOf(DuplicateSupporterError);

      const { theory } = await theories.submitTheory(actor(2), {
        claim: CLAIM,
        confidence: 'suspect',
      });

      expect(theory.bulletinNumber).toBe(2);
      expect(await count(Player)).toBe(2);
      expect(await count(PressRelease)).toBe(2);
    });

    it('rejects invalid options before any write', async () => {
      await expect(
        theories.submitTheory(actor(1), { claim: 'short', confidence: 'suspect' }),
      ).rejects.toBeInstanceOf(InvalidOptionError);

      expect(await app.dataSource.getRepository(Campaign).count()).toBe(0);
    });

    it('numbers 30 concurrent submissions 1 to 30', async () => {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 30 }, (_, index) =>
          theories.submitTheory(actor(index), {
            claim: `${CLAIM} Entry ${index}.`,
            confidence: 'stake_my_career',
          }),
        ),
      );

      const rejected = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(rejected).toEqual([]);
      const stored = await app.dataSource
        .getRepository(Theory)
        .find({ order: { bulletinNumber: 'ASC' } });
      expect(stored.map((theory) => theory.bulletinNumber)).toEqual(
        Array.from({ length: 30 }, (_, index) => index + 1),
      );
      const press = await app.dataSource
        .getRepository(PressRelease)
        .find({ order: { number: 'ASC' } });
      expect(press.map((release) => release.number)).toEqual(
        Array.from({ length: 30 }, (_, index) => index + 1),
      );
      expect(await count(Player)).toBe(30);
      expect(await app.dataSource.getRepository(Campaign).count()).toBe(1);
    });
  });

  describe('findOpenTheories', () => {
    it('lists a player’s open theories oldest first', async () => {
      const first = await theories.submitTheory(actor(1), { claim: CLAIM, confidence: 'suspect' });
      await theories.submitTheory(actor(2), { claim: CLAIM, confidence: 'suspect' });
      const third = await theories.submitTheory(actor(1), { claim: CLAIM, confidence: 'certain' });

      const open = await theories.findOpenTheories(first.theory.campaignId, first.theory.playerId);

      expect(open.map((theory) => theory.bulletinNumber)).toEqual([
        first.theory.bulletinNumber,
        third.theory.bulletinNumber,
      ]);
    });
  });

  describe('lapseOverdueTheories', () => {
    async function lapseAt(at: Date): Promise<PressRelease[]> {
      const campaign = await app.dataSource
        .getRepository(Campaign)
        .findOneByOrFail({ guildId: GUILD });

      return app
        .get(WriteQueue)
        .run((manager) => theories.lapseOverdueTheories(manager, campaign, at));
    }

    it('lapses a theory past its deadline and costs 1 reputation', async () => {
      const { theory } = await theories.submitTheory(actor(1), {
        claim: CLAIM,
        confidence: 'suspect',
        deadlineDays: 1,
      });
      const at = new Date(START.getTime() + DAY_MS + 1000);

      const notes = await lapseAt(at);

      const stored = await app.dataSource.getRepository(Theory).findOneByOrFail({ id: theory.id });
      expect(stored.status).toBe('lapsed');
      expect(stored.resolvedAt?.toISOString()).toBe(at.toISOString());
      const player = await app.dataSource
        .getRepository(Player)
        .findOneByOrFail({ id: theory.playerId });
      expect(player.reputation).toBe(-1);
      expect(notes).toHaveLength(1);
      const note = await app.dataSource
        .getRepository(PressRelease)
        .findOneByOrFail({ id: notes[0].id });
      expect(note.type).toBe('gazette_note');
      expect(note.number).toBe(2);
      expect(note.editionId).toBeNull();
    });

    it('lapses a theory exactly at its deadline', async () => {
      const { theory } = await theories.submitTheory(actor(1), {
        claim: CLAIM,
        confidence: 'suspect',
        deadlineDays: 2,
      });

      await lapseAt(new Date(START.getTime() + 2 * DAY_MS));

      const stored = await app.dataSource.getRepository(Theory).findOneByOrFail({ id: theory.id });
      expect(stored.status).toBe('lapsed');
    });

    it('keeps reputation at −50 when it is already there', async () => {
      const { theory } = await theories.submitTheory(actor(1), {
        claim: CLAIM,
        confidence: 'suspect',
        deadlineDays: 1,
      });
      await app.dataSource.getRepository(Player).update(theory.playerId, { reputation: -50 });

      const notes = await lapseAt(new Date(START.getTime() + 2 * DAY_MS));

      const player = await app.dataSource
        .getRepository(Player)
        .findOneByOrFail({ id: theory.playerId });
      expect(player.reputation).toBe(-50);
      expect(notes).toHaveLength(1);
    });

    it('leaves a theory that is not yet due open', async () => {
      const { theory } = await theories.submitTheory(actor(1), {
        claim: CLAIM,
        confidence: 'suspect',
        deadlineDays: 3,
      });

      const notes = await lapseAt(new Date(START.getTime() + 3 * DAY_MS - 1000));

      const stored = await app.dataSource.getRepository(Theory).findOneByOrFail({ id: theory.id });
      expect(stored.status).toBe('open');
      expect(stored.resolvedAt).toBeNull();
      expect(notes).toEqual([]);
      const player = await app.dataSource
        .getRepository(Player)
        .findOneByOrFail({ id: theory.playerId });
      expect(player.reputation).toBe(0);
    });

    it('lapses each overdue theory once', async () => {
      const { theory } = await theories.submitTheory(actor(1), {
        claim: CLAIM,
        confidence: 'certain',
        deadlineDays: 1,
      });
      await theories.submitTheory(actor(1), {
        claim: CLAIM,
        confidence: 'certain',
        deadlineDays: 1,
      });
      const at = new Date(START.getTime() + 2 * DAY_MS);

      const first = await lapseAt(at);
      const second = await lapseAt(at);

      expect(first).toHaveLength(2);
      expect(second).toEqual([]);
      const player = await app.dataSource
        .getRepository(Player)
        .findOneByOrFail({ id: theory.playerId });
      expect(player.reputation).toBe(-2);
    });
  });
});
