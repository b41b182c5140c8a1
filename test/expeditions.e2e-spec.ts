import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { ManualClock } from '../src/common/clock';
import { FixedRolls } from '../src/expeditions/testing/fixed-rolls';
import { GazetteJobs } from '../src/gazette/gazette.jobs';
import { formatSigned } from '../src/narration/template-text';
import { GazetteDeliveryService } from '../src/gazette/gazette-delivery.service';
import { SandboxGame } from '../src/sandbox/sandbox-game';
import type { SandboxUser } from '../src/sandbox/sandbox-types';
import { tempDatabase } from './support/temp-database';

interface Standing {
  name: string;
  reputation: number;
  academia: number;
}

const EPHEMERAL = 1 << 6;
const FIRST_DIGEST = new Date('2026-12-04T13:00:30Z');

describe('expeditions over the Discord protocol', () => {
  let database: ReturnType<typeof tempDatabase>;
  let clock: ManualClock;
  let rolls: FixedRolls;
  let game: SandboxGame;
  let ada: SandboxUser;

  beforeEach(async () => {
    database = tempDatabase('expeditions');
    clock = new ManualClock(new Date('2026-12-04T10:00:00Z'));
    // Site friction 0 keeps the score equal to roll + preparation + expertise. A sidecast draw of
    // 2^30 − 1 is a float just below 1, above any sidecast chance, so no junior joins.
    rolls = new FixedRolls()
      .set('site', 0)
      .set('sidecast', 2 ** 30 - 1)
      .set('failure', 1)
      .set('entry', 1);
    game = await SandboxGame.start({
      databasePath: database.path,
      clock,
      timers: false,
      random: rolls,
    });
    ada = game.addPlayer('ada');
    // A rejected first command rolls back the new player row too, so seat ada first.
    await game.command(ada, { name: 'status' });
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

  async function query<T>(sql: string): Promise<T[]> {
    return game.app.get(DataSource).query<T[]>(sql);
  }

  /**
   * Returns the first scholar offered for a team, made neutral. The roster follows the guild id,
   * so its disciplines and politics are pinned to keep the score equal to the forced roll.
   */
  async function firstScholarId(user: SandboxUser): Promise<string> {
    const [choice] = await game.autocomplete(user, {
      name: 'launch_expedition',
      options: { type: 'think_tank', objective: 'x', discipline: 'Epigraphy', team1: '' },
      focused: 'team1',
    });
    const neutral = { academia: 0, government: 0, industry: 0, religion: 0, foreign: 0 };
    await game.app
      .get(DataSource)
      .query('UPDATE scholars SET disciplines = ?, politics = ? WHERE id = ?', [
        JSON.stringify(['Epigraphy']),
        JSON.stringify(neutral),
        Number(choice.value),
      ]);
    return String(choice.value);
  }

  /** Pins the first `count` scholars offered for a team neutral, like `firstScholarId`. */
  async function neutralScholarIds(user: SandboxUser, count: number): Promise<string[]> {
    const choices = await game.autocomplete(user, {
      name: 'launch_expedition',
      options: { type: 'think_tank', objective: 'x', discipline: 'Epigraphy', team1: '' },
      focused: 'team1',
    });
    expect(choices.length).toBeGreaterThanOrEqual(count);
    const ids = choices.slice(0, count).map((choice) => String(choice.value));
    const neutral = { academia: 0, government: 0, industry: 0, religion: 0, foreign: 0 };
    for (const id of ids) {
      await query(
        `UPDATE scholars SET disciplines = '${JSON.stringify(['Epigraphy'])}', politics = '${JSON.stringify(neutral)}' WHERE id = ${Number(id)}`,
      );
    }

    return ids;
  }

  async function scholarName(id: string): Promise<string> {
    const [row] = await query<{ name: string }>(
      `SELECT name FROM scholars WHERE id = ${Number(id)}`,
    );
    return row.name;
  }

  function launch(user: SandboxUser, team1: string, extra: Record<string, string> = {}) {
    return game.command(user, {
      name: 'launch_expedition',
      options: {
        type: 'field',
        objective: 'Find the second gate of the drowned library.',
        team1,
        discipline: 'Archaeology',
        confidence: 'certain',
        ...extra,
      },
    });
  }

  async function scholarIds(user: SandboxUser, count: number): Promise<string[]> {
    const choices = await game.autocomplete(user, {
      name: 'conference',
      options: { theory: '1', supporter1: '' },
      focused: 'supporter1',
    });
    expect(choices.length).toBeGreaterThanOrEqual(count);

    return choices.slice(0, count).map((choice) => String(choice.value));
  }

  function submitTheory(user: SandboxUser, claim: string, confidence: string) {
    return game.command(user, { name: 'submit_theory', options: { claim, confidence } });
  }

  async function standings(): Promise<Standing[]> {
    return query<Standing>(
      'SELECT display_name AS name, reputation, influence_academia AS academia FROM players ORDER BY id',
    );
  }

  function gazetteText(): string {
    return JSON.stringify(game.gazetteMessages().flatMap((message) => message.embeds as unknown[]));
  }

  it('publishes a manifesto, then a report at the digest', async () => {
    const team1 = await firstScholarId(ada);
    rolls.set('d100', 70);

    const reply = await launch(ada, team1);

    expect(reply.ephemeral).toBe(false);
    expect(reply.embeds[0].title).toContain('Research Manifesto EX-0001');
    const [before] = await query<{ academia: number; government: number }>(
      'SELECT influence_academia AS academia, influence_government AS government FROM players',
    );
    expect(before).toEqual({ academia: 2, government: 2 });

    clock.set(FIRST_DIGEST);
    await publishDueEditions();

    const text = gazetteText();
    expect(text).toContain('Discovery Report EX-0001');
    expect(text).toContain('d100 **70**');
    expect(text).toContain('solid success');
    const [expedition] = await query<{ roll: number; band: string; reputation_change: number }>(
      'SELECT roll, band, reputation_change FROM expeditions',
    );
    expect(expedition).toEqual({ roll: 70, band: 'success', reputation_change: 5 });
    const [after] = await query<{ reputation: number; government: number; industry: number }>(
      'SELECT reputation, influence_government AS government, influence_industry AS industry FROM players',
    );
    expect(after).toEqual({ reputation: 5, government: 3, industry: 4 });
  });

  it('refuses a launch it cannot pay for and deducts nothing', async () => {
    const team1 = await firstScholarId(ada);
    await query('UPDATE players SET influence_government = 1');

    const reply = await launch(ada, team1, { type: 'great_project' });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/needs reputation \+10 or more; yours is 0/);

    await query('UPDATE players SET reputation = 10');
    const short = await launch(ada, team1, { type: 'great_project' });

    expect(short.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(short.content).toContain('You hold 1 government influence; this costs 2');
    expect(short.content).toContain('each successful /recruit, which adds 1 in the faction');
    const [player] = await query<{ academia: number; government: number }>(
      'SELECT influence_academia AS academia, influence_government AS government FROM players',
    );
    expect(player).toEqual({ academia: 3, government: 1 });
    const [{ n }] = await query<{ n: number }>('SELECT COUNT(*) AS n FROM expeditions');
    expect(n).toBe(0);
  });

  it('accepts exactly one of two launches paid from one purse', async () => {
    const [first, second] = await neutralScholarIds(ada, 2);
    await query('UPDATE players SET influence_government = 1');

    const replies = await Promise.all([launch(ada, first), launch(ada, second)]);

    const accepted = replies.filter((reply) => !reply.ephemeral);
    const refused = replies.filter((reply) => reply.ephemeral);
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].content).toContain('You hold 0 government influence; this costs 1');
    const [player] = await query<{ academia: number; government: number }>(
      'SELECT influence_academia AS academia, influence_government AS government FROM players',
    );
    expect(player).toEqual({ academia: 2, government: 0 });
  });

  it('posts the same roll once after a crash before delivery', async () => {
    const team1 = await firstScholarId(ada);
    rolls.set('d100', 38);
    await launch(ada, team1);
    game.sandbox.failNext({
      method: 'POST',
      pathPattern: /^\/channels\/\d+\/messages$/,
      status: 503,
      count: 50,
    });

    clock.set(FIRST_DIGEST);
    await game.app.get(GazetteJobs).publishDue();
    await game.app
      .get(GazetteDeliveryService)
      .deliverDue()
      .catch(() => undefined);
    expect(game.gazetteMessages()).toHaveLength(0);
    // A restarted service draws differently unless the seed decides: clear the forced roll.
    rolls.clear();
    game.sandbox.clearFailures();
    game = await game.restart();
    clock.advance(10 * 60_000);
    await game.app.get(GazetteDeliveryService).deliverDue();
    await game.app.get(GazetteJobs).publishDue();
    // A delivery pass started by the restart itself may still be sending; wait for its post.
    const deadline = Date.now() + 5_000;
    while (!gazetteText().includes('Retraction Notice EX-0001') && Date.now() < deadline) {
      await game.app.get(GazetteDeliveryService).deliverDue();
      await sleep(50);
    }

    const text = gazetteText();
    expect(text.match(/Retraction Notice EX-0001/g)).toHaveLength(1);
    expect(text).toContain('d100 **38**');
    const rows = await query<{ roll: number }>('SELECT roll FROM expeditions');
    expect(rows).toEqual([{ roll: 38 }]);
    const [{ n }] = await query<{ n: number }>('SELECT COUNT(*) AS n FROM editions');
    expect(n).toBe(1);
  });

  it('judges a theory by conference at the digest', async () => {
    const bram = game.addPlayer('bram');
    await game.command(bram, { name: 'status' });
    await submitTheory(ada, 'The drowned library kept a second catalogue.', 'certain');
    await submitTheory(bram, 'The salt road ran north of the hills.', 'suspect');
    const [first, second, third] = await scholarIds(ada, 3);

    const called = await game.command(ada, {
      name: 'conference',
      options: { theory: '1', supporter1: first, supporter2: second, opponent1: third },
    });

    expect(called.ephemeral).toBe(false);
    expect(called.embeds[0].title).toContain('Conference called on Bulletin No. 1');
    expect((await standings())[0]).toEqual({ name: 'ada', reputation: 0, academia: 2 });
    rolls.set('d100', 60);

    clock.set(FIRST_DIGEST);
    await publishDueEditions();

    const text = gazetteText();
    expect(text).toContain('the conference on Bulletin No. 1, solid success');
    expect(text).toContain('Roll: d100 **60**, supporters +10 (2), opposition −5 (1).');
    expect(text).toContain('Score **65**');
    const theories = await query<{ number: number; status: string }>(
      'SELECT bulletin_number AS number, status FROM theories ORDER BY bulletin_number',
    );
    expect(theories).toEqual([
      { number: 1, status: 'vindicated' },
      { number: 2, status: 'open' },
    ]);
    // Certain pays +5 when vindicated.
    expect((await standings())[0]).toEqual({ name: 'ada', reputation: 5, academia: 2 });
    const [conference] = await query<{ status: string; roll: number; score: number }>(
      'SELECT status, roll, score FROM conferences',
    );
    expect(conference).toEqual({ status: 'resolved', roll: 60, score: 65 });
  });

  it('rejects bad conferences and spends nothing', async () => {
    const bram = game.addPlayer('bram');
    await game.command(bram, { name: 'status' });
    await submitTheory(ada, 'The drowned library kept a second catalogue.', 'certain');
    await submitTheory(bram, 'The salt road ran north of the hills.', 'suspect');
    const [first] = await scholarIds(ada, 1);

    const cases: { options: Record<string, string>; message: RegExp }[] = [
      { options: { theory: '2' }, message: /No\. 2/ },
      { options: { theory: '9' }, message: /9/ },
      { options: { theory: '1', supporter1: first, opponent1: first }, message: /twice|once/ },
      { options: { theory: '1', supporter1: 'Nobody Atall' }, message: /Nobody Atall/ },
    ];
    for (const { options, message } of cases) {
      const reply = await game.command(ada, { name: 'conference', options });
      expect(reply.ephemeral).toBe(true);
      expect(reply.content).toMatch(message);
    }

    expect((await standings())[0]).toEqual({ name: 'ada', reputation: 0, academia: 3 });
    const [{ n }] = await query<{ n: number }>('SELECT COUNT(*) AS n FROM conferences');
    expect(n).toBe(0);
  });

  it('accepts one conference per queued theory', async () => {
    await submitTheory(ada, 'The drowned library kept a second catalogue.', 'suspect');
    await submitTheory(ada, 'The bronze bells were cast at the coast.', 'suspect');

    const replies = [];
    for (let call = 0; call < 3; call += 1) {
      replies.push(await game.command(ada, { name: 'conference', options: { theory: '1' } }));
    }
    const together = await Promise.all([
      game.command(ada, { name: 'conference', options: { theory: '2' } }),
      game.command(ada, { name: 'conference', options: { theory: '2' } }),
    ]);

    expect(replies.map((reply) => reply.ephemeral)).toEqual([false, true, true]);
    expect(replies[1].content).toContain(
      'Bulletin No. 1 will already be judged by conference CF-1',
    );
    expect(replies[2].content).toContain('Nothing was spent.');
    expect(together.filter((reply) => !reply.ephemeral)).toHaveLength(1);
    expect(together.find((reply) => reply.ephemeral)?.content).toContain('conference CF-2');
    expect((await standings())[0]).toEqual({ name: 'ada', reputation: 0, academia: 1 });
    const conferences = await query<{ theory: number }>(
      'SELECT theory_id AS theory FROM conferences ORDER BY id',
    );
    expect(conferences).toHaveLength(2);
  });

  it('rejects a conference after an expedition on the theory', async () => {
    const team1 = await firstScholarId(ada);
    await submitTheory(ada, 'The drowned library kept a second catalogue.', 'suspect');
    const launched = await launch(ada, team1, { type: 'think_tank', theory: '1' });
    expect(launched.ephemeral).toBe(false);

    const reply = await game.command(ada, { name: 'conference', options: { theory: '1' } });

    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('judged by expedition EX-0001');
    expect((await standings())[0]).toEqual({ name: 'ada', reputation: 0, academia: 2 });
    const [{ n }] = await query<{ n: number }>('SELECT COUNT(*) AS n FROM conferences');
    expect(n).toBe(0);
  });

  it('refunds a conference that a later expedition pre-empts', async () => {
    const team1 = await firstScholarId(ada);
    await submitTheory(ada, 'The drowned library kept a second catalogue.', 'suspect');
    const called = await game.command(ada, { name: 'conference', options: { theory: '1' } });
    const launched = await launch(ada, team1, { type: 'think_tank', theory: '1' });
    expect(called.ephemeral).toBe(false);
    expect(launched.ephemeral).toBe(false);
    expect((await standings())[0]).toEqual({ name: 'ada', reputation: 0, academia: 1 });
    rolls.set('d100', 70);

    clock.set(FIRST_DIGEST);
    await publishDueEditions();

    // Expeditions resolve first: the think tank vindicates No. 1 (+2) and earns academia +1.
    expect(gazetteText()).toContain(
      'had already been judged, so the verdict pays nothing and the fee (academia 1) is returned',
    );
    expect((await standings())[0]).toEqual({ name: 'ada', reputation: 2, academia: 3 });
    const [conference] = await query<{ change: number | null }>(
      'SELECT reputation_change AS change FROM conferences',
    );
    expect(conference.change).toBeNull();
  });

  it('names only open moves in gate refusals', async () => {
    const team1 = await firstScholarId(ada);
    const cases: { reputation: number; type: string; open: string; closed: RegExp }[] = [
      { reputation: 9, type: 'great_project', open: 'field expedition', closed: /think tank/ },
      { reputation: -1, type: 'field', open: 'think tank (academia 1)', closed: /field exped/ },
      { reputation: -6, type: 'think_tank', open: '/conference (academia 1)', closed: /a shallow/ },
      { reputation: -50, type: 'think_tank', open: '/submit_theory', closed: /think tank \(/ },
    ];
    for (const { reputation, type, open, closed } of cases) {
      await query(`UPDATE players SET reputation = ${reputation}`);
      const reply = await launch(ada, team1, { type });
      expect(reply.ephemeral).toBe(true);
      const gate = `yours is ${formatSigned(reputation)}. `;
      expect(reply.content).toContain(gate);
      const advice = reply.content.slice(reply.content.indexOf(gate) + gate.length);
      expect(advice).toContain(open);
      expect(advice).not.toMatch(closed);
    }

    await query('UPDATE players SET reputation = -50, influence_academia = 0');
    const broke = await launch(ada, team1, { type: 'think_tank' });
    expect(broke.content).toContain('No move that raises reputation is open to you now');
    expect(broke.content).not.toContain('/recruit');
    expect(broke.content).toContain('When a rival publishes a theory, /challenge it');

    await query('UPDATE players SET reputation = -5, influence_academia = 3');
    const atGate = await launch(ada, team1, { type: 'think_tank' });
    expect(atGate.ephemeral).toBe(false);
  });

  it('pays or charges a challenger when the theory is judged', async () => {
    const bram = game.addPlayer('bram');
    await game.command(bram, { name: 'status' });
    await submitTheory(ada, 'The drowned library kept a second catalogue.', 'suspect');
    await submitTheory(ada, 'The bronze bells were cast at the coast.', 'suspect');

    const challenged = await game.command(bram, {
      name: 'challenge',
      options: { theory: '1', confidence: 'certain' },
    });
    await game.command(bram, {
      name: 'challenge',
      options: { theory: '2', confidence: 'certain' },
    });

    expect(challenged.ephemeral).toBe(false);
    expect(challenged.embeds[0].title).toContain('bram challenges Bulletin No. 1');
    const again = await game.command(bram, {
      name: 'challenge',
      options: { theory: '1', confidence: 'suspect' },
    });
    expect(again.ephemeral).toBe(true);
    const own = await game.command(ada, {
      name: 'challenge',
      options: { theory: '1', confidence: 'suspect' },
    });
    expect(own.ephemeral).toBe(true);
    const [{ n: challenges }] = await query<{ n: number }>('SELECT COUNT(*) AS n FROM challenges');
    expect(challenges).toBe(2);

    // A roll of 20 with no speakers refutes No. 1: ada pays −1, bram collects certain's +5.
    await game.command(ada, { name: 'conference', options: { theory: '1' } });
    rolls.set('d100', 20);
    clock.set(FIRST_DIGEST);
    await publishDueEditions();

    expect(gazetteText()).toContain('Challenge by bram: won, reputation +5.');
    expect(await standings()).toEqual([
      { name: 'ada', reputation: -1, academia: 2 },
      { name: 'bram', reputation: 5, academia: 3 },
    ]);

    // A roll of 90 vindicates No. 2: ada gains +2, bram pays certain's −7.
    await game.command(ada, { name: 'conference', options: { theory: '2' } });
    rolls.set('d100', 90);
    clock.set(new Date('2026-12-04T21:00:30Z'));
    await publishDueEditions();

    expect(gazetteText()).toContain('Challenge by bram: lost, reputation −7.');
    expect(await standings()).toEqual([
      { name: 'ada', reputation: 1, academia: 1 },
      { name: 'bram', reputation: -2, academia: 3 },
    ]);
    const settled = await query<{ outcome: string; change: number }>(
      'SELECT outcome, reputation_change AS change FROM challenges ORDER BY id',
    );
    expect(settled).toEqual([
      { outcome: 'won', change: 5 },
      { outcome: 'lost', change: -7 },
    ]);
    const late = await game.command(bram, {
      name: 'challenge',
      options: { theory: '2', confidence: 'suspect' },
    });
    expect(late.content).toContain(
      'Bulletin No. 2 has already been judged and vindicated. Only open theories',
    );
  });

  it('rejects a scholar already on a queued expedition', async () => {
    const bram = game.addPlayer('bram');
    await game.command(bram, { name: 'status' });
    const [busy, other] = await neutralScholarIds(ada, 2);
    const name = await scholarName(busy);
    const first = await launch(ada, busy);
    expect(first.ephemeral).toBe(false);
    const expected = `${name} is already on EX-0001, which returns at the next Gazette. Choose another scholar.`;

    const again = await launch(ada, other, { team2: busy });
    const rival = await launch(bram, busy);

    expect(again.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(again.content).toContain(expected);
    expect(rival.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(rival.content).toContain(expected);
    const purses = await query<{ name: string; academia: number; government: number }>(
      'SELECT display_name AS name, influence_academia AS academia, influence_government AS government FROM players ORDER BY id',
    );
    expect(purses).toEqual([
      { name: 'ada', academia: 2, government: 2 },
      { name: 'bram', academia: 3, government: 3 },
    ]);
    const codes = await query<{ code: string }>('SELECT code FROM expeditions ORDER BY id');
    expect(codes).toEqual([{ code: 'EX-0001' }]);

    const together = await Promise.all([launch(ada, other), launch(bram, other)]);
    expect(together.filter((reply) => !reply.ephemeral)).toHaveLength(1);
    expect(together.find((reply) => reply.ephemeral)?.content).toContain(
      `${await scholarName(other)} is already on EX-0002`,
    );

    clock.set(FIRST_DIGEST);
    await publishDueEditions();
    const freed = await launch(bram, busy);
    expect(freed.ephemeral).toBe(false);
  });

  it('names a given confidence the theory overrides', async () => {
    await submitTheory(ada, 'The drowned library kept a second catalogue.', 'suspect');
    await submitTheory(ada, 'The bronze bells were cast at the coast.', 'suspect');
    const [first, second] = await neutralScholarIds(ada, 2);

    const overridden = await launch(ada, first, { type: 'think_tank', theory: '1' });
    const matching = await launch(ada, second, {
      type: 'think_tank',
      theory: '2',
      confidence: 'suspect',
    });

    expect(overridden.ephemeral).toBe(false);
    const overriddenText = JSON.stringify(overridden.embeds);
    expect(overriddenText).toContain(
      "It puts Bulletin No. 1 to the test at the theory's own confidence, **suspect**.",
    );
    expect(overriddenText).toContain(
      'The confidence given with the order (certain) does not apply',
    );
    expect(matching.ephemeral).toBe(false);
    const matchingText = JSON.stringify(matching.embeds);
    expect(matchingText).toContain('It puts Bulletin No. 2 to the test at **suspect**.');
    expect(matchingText).not.toContain('does not apply');
    const stored = await query<{ confidence: string }>(
      'SELECT confidence FROM expeditions ORDER BY id',
    );
    expect(stored).toEqual([{ confidence: 'suspect' }, { confidence: 'suspect' }]);
  });
});
