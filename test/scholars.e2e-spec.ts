import { DataSource } from 'typeorm';
import { ManualClock } from '../src/common/clock';
import { GameError } from '../src/common/game-error';
import { RandomStream, type RandomSource } from '../src/common/random';
import { GazetteJobs } from '../src/gazette/gazette.jobs';
import { GazetteDeliveryService } from '../src/gazette/gazette-delivery.service';
import { SandboxGame } from '../src/sandbox/sandbox-game';
import type { SandboxReply, SandboxUser } from '../src/sandbox/sandbox-types';
import { PoachingService } from '../src/scholars/poaching.service';
import { RecruitmentService } from '../src/scholars/recruitment.service';
import { SCHOLAR_LEGENDS } from '../src/scholars/scholar-legends';
import type { Faction } from '../src/scholars/scholar-profile';
import { tempDatabase } from './support/temp-database';

const START = new Date('2026-12-04T10:00:00Z');
/** Digest slots are 13:00 and 21:00 UTC; an offer made at START is due from 10:00 the next day. */
const SAME_DAY_DIGEST = new Date('2026-12-04T13:00:30Z');
const EVENING_DIGEST = new Date('2026-12-04T21:00:30Z');
const NEXT_DAY_DIGEST = new Date('2026-12-05T13:00:30Z');
/** Draws that always land below any chance, or above it. */
const ALWAYS = 0;
const NEVER = 1 - 2 ** -30;

/** A stream whose draws all come from one fraction in [0, 1). */
class ForcedStream extends RandomStream {
  constructor(
    seed: string,
    private readonly fraction: number,
  ) {
    super(seed);
  }

  override float(): number {
    return this.fraction;
  }

  override int(min: number, max: number): number {
    return min + Math.floor(this.fraction * (max - min + 1));
  }
}

/** A random source that forces the seeds matching a pattern and draws the rest as in production. */
class ScriptedRolls implements RandomSource {
  private readonly rules: { pattern: RegExp; fraction: number }[] = [];

  force(pattern: RegExp, fraction: number): this {
    this.rules.unshift({ pattern, fraction });
    return this;
  }

  clear(): void {
    this.rules.length = 0;
  }

  stream(seed: string): RandomStream {
    const rule = this.rules.find((candidate) => candidate.pattern.test(seed));

    return rule ? new ForcedStream(seed, rule.fraction) : new RandomStream(seed);
  }
}

interface Influence {
  academia: number;
  government: number;
  industry: number;
  religion: number;
  foreign: number;
}

const LEGEND = SCHOLAR_LEGENDS[0].name;
const OTHER_LEGEND = SCHOLAR_LEGENDS[1].name;

describe('living scholars over the Discord protocol', () => {
  let database: ReturnType<typeof tempDatabase>;
  let clock: ManualClock;
  let rolls: ScriptedRolls;
  let game: SandboxGame;
  let ada: SandboxUser;
  let bram: SandboxUser;
  let cleo: SandboxUser;

  beforeEach(async () => {
    database = tempDatabase('scholars');
    clock = new ManualClock(START);
    rolls = new ScriptedRolls();
    game = await SandboxGame.start({
      databasePath: database.path,
      clock,
      timers: false,
      random: rolls,
    });
    ada = game.addPlayer('ada');
    bram = game.addPlayer('bram');
    cleo = game.addPlayer('cleo');
    // A rejected first command rolls back the new player row too, so seat everyone first.
    for (const user of [ada, bram, cleo]) {
      await game.command(user, { name: 'status' });
    }
    await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'setup' });
  });

  afterEach(async () => {
    await game.stop();
    database.cleanup();
  });

  async function publishDueEditions(): Promise<void> {
    await game.app.get(GazetteJobs).publishDue();
    await game.app.get(GazetteDeliveryService).deliverDue();
  }

  async function query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return game.app.get(DataSource).query<T[]>(sql, parameters);
  }

  async function influenceOf(user: SandboxUser): Promise<Influence> {
    const [row] = await query<Influence>(
      `SELECT influence_academia AS academia, influence_government AS government,
              influence_industry AS industry, influence_religion AS religion,
              influence_foreign AS "foreign"
       FROM players WHERE user_id = ?`,
      [user.id],
    );
    return row;
  }

  async function playerId(user: SandboxUser): Promise<number> {
    const [row] = await query<{ id: number }>('SELECT id FROM players WHERE user_id = ?', [
      user.id,
    ]);
    return row.id;
  }

  async function scholarRow(name: string) {
    const [row] = await query<{ id: number; employer_id: number | null; stats: string }>(
      'SELECT id, employer_id, stats FROM scholars WHERE name = ?',
      [name],
    );
    return row;
  }

  async function feelingToward(scholarName: string, user: SandboxUser): Promise<number | null> {
    const rows = await query<{ value: number }>(
      `SELECT f.value FROM scholar_feelings f JOIN scholars s ON s.id = f.scholar_id
       WHERE s.name = ? AND f.subject_kind = 'player' AND f.subject_id = ?`,
      [scholarName, await playerId(user)],
    );
    return rows.length === 0 ? null : rows[0].value;
  }

  /** Everything a rejected command must leave alone. */
  async function snapshot(): Promise<string> {
    const tables = [
      'SELECT * FROM players ORDER BY id',
      'SELECT id, employer_id, mentor_id, stats, career_track, career_rung FROM scholars ORDER BY id',
      'SELECT * FROM poaching_offers ORDER BY id',
      'SELECT scholar_id, subject_id, value, scar_level FROM scholar_feelings ORDER BY id',
      'SELECT COUNT(*) AS n FROM scholar_facts',
      'SELECT COUNT(*) AS n FROM press_releases',
    ];
    const rows = await Promise.all(tables.map((sql) => query(sql)));
    return JSON.stringify(rows);
  }

  function gazetteText(): string {
    return JSON.stringify(game.gazetteMessages().flatMap((message) => message.embeds as unknown[]));
  }

  function statusText(reply: SandboxReply): string {
    return JSON.stringify(reply.embeds);
  }

  async function recruit(user: SandboxUser, scholar: string, faction: Faction = 'academia') {
    rolls.force(/:recruit:/, ALWAYS);
    const reply = await game.command(user, { name: 'recruit', options: { scholar, faction } });
    rolls.clear();
    return reply;
  }

  function poach(user: SandboxUser, scholar: string, amount: number, faction = 'industry') {
    return game.command(user, {
      name: 'poach',
      options: { scholar, faction, amount, terms: 'A corner office and a lighter teaching load.' },
    });
  }

  function counter(user: SandboxUser, scholar: string, amount: number, faction = 'industry') {
    return game.command(user, { name: 'counter', options: { scholar, faction, amount } });
  }

  async function expectRejected(
    reply: Promise<SandboxReply>,
    message: RegExp | string,
  ): Promise<void> {
    const before = await snapshot();
    const answer = await reply;
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(message);
    expect(await snapshot()).toBe(before);
  }

  describe('recruitment', () => {
    it('quotes odds without changing anything', async () => {
      const [choice] = await game.autocomplete(ada, {
        name: 'recruit_odds',
        options: { scholar: LEGEND.slice(0, 5), faction: 'academia' },
        focused: 'scholar',
      });
      expect(choice.name).toContain(LEGEND);
      const before = await snapshot();

      const reply = await game.command(ada, {
        name: 'recruit_odds',
        options: { scholar: String(choice.value), faction: 'academia' },
      });

      expect(reply.ephemeral).toBe(true);
      expect(reply.embeds[0].title).toBe(`Odds of recruiting ${LEGEND}`);
      // 60% base + 5% for each of the 3 academia influence; no feeling yet.
      expect(reply.embeds[0].description).toContain('Chance: **75%**');
      expect(await snapshot()).toBe(before);
    });

    it('joins on success with feeling and influence', async () => {
      const reply = await recruit(ada, LEGEND);

      expect(reply.ephemeral).toBe(false);
      expect(JSON.stringify(reply.embeds)).toContain(`${LEGEND} joins ada`);
      expect((await scholarRow(LEGEND)).employer_id).toBe(await playerId(ada));
      expect(await feelingToward(LEGEND, ada)).toBe(2);
      expect((await influenceOf(ada)).academia).toBe(4);
    });

    it('adds no influence above the soft cap', async () => {
      await query('UPDATE players SET influence_academia = 6');

      await recruit(ada, LEGEND);

      expect((await scholarRow(LEGEND)).employer_id).toBe(await playerId(ada));
      // The soft cap is 6 at reputation 0.
      expect((await influenceOf(ada)).academia).toBe(6);
    });

    it('cools the scholar on a failed roll', async () => {
      rolls.force(/:recruit:/, NEVER);
      const reply = await game.command(ada, {
        name: 'recruit',
        options: { scholar: LEGEND, faction: 'academia' },
      });

      expect(JSON.stringify(reply.embeds)).toContain(`${LEGEND} declines ada`);
      expect((await scholarRow(LEGEND)).employer_id).toBeNull();
      expect(await feelingToward(LEGEND, ada)).toBe(-1);
      expect((await influenceOf(ada)).academia).toBe(3);
    });

    it('rejects bad input and changes nothing', async () => {
      await recruit(ada, LEGEND);

      await expectRejected(
        game.command(ada, {
          name: 'recruit',
          options: { scholar: 'Nobody Atall', faction: 'religion' },
        }),
        'No scholar in this campaign is called "Nobody Atall"',
      );
      await expectRejected(
        game.command(ada, {
          name: 'recruit_odds',
          options: { scholar: 'Nobody Atall', faction: 'religion' },
        }),
        'No scholar in this campaign is called "Nobody Atall"',
      );
      await expectRejected(
        game.command(ada, { name: 'recruit', options: { scholar: LEGEND, faction: 'academia' } }),
        `${LEGEND} already works for you.`,
      );
      await expectRejected(
        game.command(bram, { name: 'recruit', options: { scholar: LEGEND, faction: 'academia' } }),
        'use /poach to make an offer instead',
      );
      await query('UPDATE players SET reputation = -11 WHERE user_id = ?', [cleo.id]);
      await expectRejected(
        game.command(cleo, {
          name: 'recruit',
          options: { scholar: OTHER_LEGEND, faction: 'academia' },
        }),
        'Recruiting needs reputation −10 or more; yours is −11',
      );
    });

    it('names only open moves below the recruit gate', async () => {
      const recruitAs = (user: SandboxUser) =>
        game.command(user, {
          name: 'recruit',
          options: { scholar: OTHER_LEGEND, faction: 'academia' },
        });
      await query('UPDATE players SET reputation = -50 WHERE user_id = ?', [cleo.id]);

      const withAcademia = await recruitAs(cleo);
      await query('UPDATE players SET influence_academia = 0 WHERE user_id = ?', [cleo.id]);
      const broke = await recruitAs(cleo);
      await game.command(ada, {
        name: 'submit_theory',
        options: { claim: 'The salt road ran north of the hills.', confidence: 'suspect' },
      });
      const withRivalTheory = await recruitAs(cleo);
      await query('UPDATE players SET reputation = -10 WHERE user_id = ?', [cleo.id]);
      const atGate = await recruit(cleo, OTHER_LEGEND);

      expect(withAcademia.content).toContain(
        'yours is −50. To win back standing, try a /conference (academia 1)',
      );
      for (const reply of [withAcademia, broke, withRivalTheory]) {
        expect(reply.ephemeral).toBe(true);
        expect(reply.content).not.toMatch(/think tank|field expedition|\/recruit/);
      }
      expect(broke.content).toContain('No move that raises reputation is open to you now');
      expect(withRivalTheory.content).toContain(
        "try a /challenge against a rival's open theory, which costs no influence",
      );
      expect(atGate.ephemeral).toBe(false);
      expect((await scholarRow(OTHER_LEGEND)).employer_id).toBe(await playerId(cleo));
    });

    it('names recruiting only when it is open', async () => {
      await recruit(ada, LEGEND);
      await query('UPDATE players SET reputation = -11 WHERE user_id = ?', [bram.id]);

      await expectRejected(poach(bram, OTHER_LEGEND, 1), /recruiting needs reputation −10 or more/);
      await expectRejected(
        game.command(bram, { name: 'mentor', options: { scholar: OTHER_LEGEND } }),
        /is unaffiliated, and recruiting needs reputation −10 or more\.$/,
      );
      await expectRejected(
        game.command(cleo, { name: 'mentor', options: { scholar: OTHER_LEGEND } }),
        /is unaffiliated, so \/recruit them first\.$/,
      );
      await query(
        `UPDATE players SET influence_academia = 0, influence_government = 0, influence_industry = 0,
         influence_religion = 0, influence_foreign = 0 WHERE user_id = ?`,
        [cleo.id],
      );
      const reply = await game.command(cleo, {
        name: 'recruit',
        options: { scholar: LEGEND, faction: 'academia' },
      });
      expect(reply.content).toContain('works for another lead');
      expect(reply.content).not.toContain('/poach');
    });

    it('rejects a faction outside the five', async () => {
      const before = await snapshot();

      // The command offers only the five factions, so the server refuses anything else.
      expect(() =>
        game.invoke(ada, { name: 'recruit', options: { scholar: LEGEND, faction: 'guilds' } }),
      ).toThrow('does not offer the choice');
      const actor = { guildId: game.guild.id, userId: ada.id, displayName: 'ada' };
      // A caller that bypasses the command definition meets the same rule in the service.
      await expect(
        game.app.get(RecruitmentService).recruit(actor, LEGEND, 'guilds' as Faction),
      ).rejects.toThrow(GameError);
      await expect(
        game.app.get(RecruitmentService).quote(actor, LEGEND, 'guilds' as Faction),
      ).rejects.toThrow(GameError);
      await expect(
        game.app.get(PoachingService).poach(actor, LEGEND, 'guilds' as Faction, 1, 'Terms.'),
      ).rejects.toThrow(GameError);
      await expect(
        game.app.get(PoachingService).counter(actor, LEGEND, 'guilds' as Faction, 1),
      ).rejects.toThrow(GameError);
      expect(await snapshot()).toBe(before);
    });
  });

  describe('poaching', () => {
    beforeEach(async () => {
      await recruit(ada, LEGEND);
    });

    async function openOfferAndCounter(): Promise<void> {
      const offer = await poach(bram, LEGEND, 2);
      expect(offer.ephemeral).toBe(false);
      expect(JSON.stringify(offer.embeds)).toContain(`bram courts ${LEGEND}`);
      const status = await game.command(bram, { name: 'status' });
      // The escrow leaves bram's purse at once: 3 − 2.
      expect(statusText(status)).toContain('industry: **1** / 6');

      const countered = await counter(ada, LEGEND, 1);
      expect(countered.ephemeral).toBe(false);
      expect(JSON.stringify(countered.embeds)).toContain(`ada counters for ${LEGEND}`);
      expect((await influenceOf(ada)).industry).toBe(2);

      const offers = await game.command(cleo, { name: 'offers' });
      expect(offers.ephemeral).toBe(true);
      const listed = offers.embeds[0].description ?? '';
      expect(listed).toContain(`**${LEGEND}**`);
      expect(listed).toContain('offers 2 industry; countered with 1 industry');
    }

    async function decideAfterADay(fraction: number): Promise<void> {
      clock.set(SAME_DAY_DIGEST);
      await publishDueEditions();
      clock.set(EVENING_DIGEST);
      await publishDueEditions();
      const [open] = await query<{ n: number }>(
        "SELECT COUNT(*) AS n FROM poaching_offers WHERE status = 'open'",
      );
      expect(open.n).toBeGreaterThan(0);
      expect(gazetteText()).not.toContain('defects to');
      expect(gazetteText()).not.toContain('stays with');

      rolls.force(/:poach:/, fraction);
      clock.set(NEXT_DAY_DIGEST);
      await publishDueEditions();
      rolls.clear();
    }

    it('moves the scholar on a defection roll', async () => {
      await openOfferAndCounter();

      await decideAfterADay(ALWAYS);

      const text = gazetteText();
      expect(text.match(/defects to bram/g)).toHaveLength(1);
      expect(text).toContain('Defection Notice');
      expect((await scholarRow(LEGEND)).employer_id).toBe(await playerId(bram));
      // The winning escrow pays for the move; the spent counter comes back to ada.
      expect((await influenceOf(bram)).industry).toBe(1);
      expect((await influenceOf(ada)).industry).toBe(3);
      const [scar] = await query<{ scar_level: number | null }>(
        `SELECT scar_level FROM scholar_feelings WHERE subject_kind = 'player' AND subject_id = ?`,
        [await playerId(ada)],
      );
      expect(scar.scar_level).not.toBeNull();
      const offers = await game.command(ada, { name: 'offers' });
      expect(offers.embeds[0].description).toBe('No open offers.');
    });

    it('keeps the scholar on a refusal roll', async () => {
      await openOfferAndCounter();
      const loyaltyBefore = (JSON.parse((await scholarRow(LEGEND)).stats) as { loyalty: number })
        .loyalty;

      await decideAfterADay(NEVER);

      const text = gazetteText();
      expect(text.split(`${LEGEND} stays with ada`)).toHaveLength(2);
      expect(text).not.toContain('defects to');
      const scholar = await scholarRow(LEGEND);
      expect(scholar.employer_id).toBe(await playerId(ada));
      expect((JSON.parse(scholar.stats) as { loyalty: number }).loyalty).toBe(
        Math.min(10, loyaltyBefore + 1),
      );
      // The losing offer comes back exactly; the counter that kept the scholar is spent.
      expect((await influenceOf(bram)).industry).toBe(3);
      expect((await influenceOf(ada)).industry).toBe(2);
    });

    it('settles two rivals once', async () => {
      await poach(bram, LEGEND, 2);
      await poach(cleo, LEGEND, 3);
      expect((await influenceOf(bram)).industry).toBe(1);
      expect((await influenceOf(cleo)).industry).toBe(0);

      await decideAfterADay(ALWAYS);

      const text = gazetteText();
      expect(text.match(/defects to/g)).toHaveLength(1);
      expect(text).toContain('defects to cleo');
      const [notices] = await query<{ n: number }>(
        "SELECT COUNT(*) AS n FROM press_releases WHERE type = 'defection_notice'",
      );
      expect(notices.n).toBe(1);
      expect((await scholarRow(LEGEND)).employer_id).toBe(await playerId(cleo));
      expect((await influenceOf(bram)).industry).toBe(3);
      expect((await influenceOf(cleo)).industry).toBe(0);
      const outcomes = await query<{ rival: string; outcome: string }>(
        `SELECT p.display_name AS rival, o.outcome FROM poaching_offers o
         JOIN players p ON p.id = o.rival_id ORDER BY o.id`,
      );
      expect(outcomes).toEqual([
        { rival: 'bram', outcome: 'outbid' },
        { rival: 'cleo', outcome: 'won' },
      ]);

      clock.set(new Date('2026-12-05T21:00:30Z'));
      await publishDueEditions();
      expect(gazetteText().match(/defects to/g)).toHaveLength(1);
    });

    it('rejects bad offers and counters and changes nothing', async () => {
      await expectRejected(poach(bram, 'Nobody Atall', 1), 'No scholar in this campaign');
      await expectRejected(poach(ada, LEGEND, 1), `${LEGEND} already works for you`);
      await expectRejected(poach(bram, OTHER_LEGEND, 1), 'is unaffiliated. Use /recruit');
      await expectRejected(poach(bram, LEGEND, 0), 'from 1 to 16; you gave 0');
      await expectRejected(
        poach(bram, LEGEND, 4),
        'You hold 3 industry influence to spend; this costs 4. Nothing was spent.',
      );
      await expectRejected(counter(ada, LEGEND, 1), 'Nobody has an open offer');
      await poach(bram, LEGEND, 1);
      await expectRejected(poach(bram, LEGEND, 1), 'You already have an open offer');
      await expectRejected(counter(bram, LEGEND, 1), `Only ${LEGEND}'s employer can counter`);
      await expectRejected(counter(ada, 'Nobody Atall', 1), 'No scholar in this campaign');
      await expectRejected(counter(ada, LEGEND, 0), 'from 1 to 16; you gave 0');
      await expectRejected(
        counter(ada, LEGEND, 5),
        'You hold 3 industry influence to spend; this costs 5. Nothing was spent.',
      );
    });

    it('counts escrow apart from spendable influence', async () => {
      await poach(bram, LEGEND, 1);
      await recruit(bram, OTHER_LEGEND);
      await poach(ada, OTHER_LEGEND, 2, 'religion');
      await counter(ada, LEGEND, 1, 'religion');
      const offers = await query<{ id: number; scholar: string }>(
        `SELECT o.id, s.name AS scholar FROM poaching_offers o
         JOIN scholars s ON s.id = o.scholar_id ORDER BY o.id`,
      );
      const [countered, offered] = offers.map((offer) => `PO-${offer.id}`);
      expect((await influenceOf(ada)).religion).toBe(0);

      await expectRejected(
        counter(ada, LEGEND, 2, 'religion'),
        `You hold 0 religion influence to spend (3 more are in escrow for your counter on ${countered} and your offer ${offered}); this costs 2. Replacing your counter returns its 1 first, so a new counter can use at most 1. Nothing was spent.`,
      );
      await expectRejected(
        poach(ada, OTHER_LEGEND, 1, 'religion'),
        'You already have an open offer',
      );
      await expectRejected(
        poach(cleo, LEGEND, 4, 'religion'),
        'You hold 3 religion influence to spend; this costs 4. Nothing was spent.',
      );
      const replaced = await counter(ada, LEGEND, 1, 'religion');
      expect(replaced.ephemeral).toBe(false);
      expect((await influenceOf(ada)).religion).toBe(0);
    });
  });

  describe('mentorship', () => {
    async function juniorFromExpedition(): Promise<string> {
      rolls
        .force(/:expedition:.*:d100$/, 0.69)
        .force(/:site$/, 0)
        .force(/:sidecast$/, ALWAYS);
      const launched = await game.command(ada, {
        name: 'launch_expedition',
        options: {
          type: 'field',
          objective: 'Walk the old causeway at low tide.',
          team1: OTHER_LEGEND,
          discipline: 'Archaeology',
          confidence: 'suspect',
        },
      });
      expect(launched.ephemeral).toBe(false);
      clock.set(SAME_DAY_DIGEST);
      await publishDueEditions();
      rolls.clear();
      const [junior] = await query<{ name: string }>(
        "SELECT name FROM scholars WHERE career_rung = 'Postdoc'",
      );
      expect(junior).toBeDefined();

      return junior.name;
    }

    it('promotes a junior after three mentored digests', async () => {
      const junior = await juniorFromExpedition();

      const reply = await game.command(ada, { name: 'mentor', options: { scholar: junior } });

      expect(reply.ephemeral).toBe(false);
      expect(JSON.stringify(reply.embeds)).toContain(`ada takes ${junior} under wing`);
      for (const at of ['2026-12-04T21:00:30Z', '2026-12-05T13:00:30Z']) {
        clock.set(new Date(at));
        await publishDueEditions();
      }
      expect(gazetteText()).not.toContain(`${junior} rises to`);
      clock.set(new Date('2026-12-05T21:00:30Z'));
      await publishDueEditions();

      expect(gazetteText()).toContain(`${junior} rises to Lecturer`);
      const profile = await game.command(bram, { name: 'scholar', options: { name: junior } });
      const fields = (profile.embeds[0].fields ?? []) as { name: string; value: string }[];
      expect(fields.find((field) => field.name === 'Career')?.value).toContain('Lecturer');
      expect(fields.find((field) => field.name === 'Remembers')?.value).toContain('promoted');
    });

    it('rejects mentoring a stranger and changes nothing', async () => {
      await recruit(ada, LEGEND);

      await expectRejected(
        game.command(ada, { name: 'mentor', options: { scholar: 'Nobody Atall' } }),
        'No scholar in this campaign',
      );
      await expectRejected(
        game.command(bram, { name: 'mentor', options: { scholar: LEGEND } }),
        `${LEGEND} does not work for you`,
      );
      await expectRejected(
        game.command(ada, { name: 'assign_lab', options: { scholar: LEGEND, track: 'industry' } }),
        'no junior career ladder',
      );
    });
  });
});
