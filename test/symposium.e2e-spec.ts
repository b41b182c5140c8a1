import { DataSource } from 'typeorm';
import { ManualClock } from '../src/common/clock';
import { EventsService, toJsonLines } from '../src/events/events.service';
import { GazetteJobs } from '../src/gazette/gazette.jobs';
import { SandboxGame } from '../src/sandbox/sandbox-game';
import type { SandboxUser } from '../src/sandbox/sandbox-types';
import { tempDatabase } from './support/temp-database';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

describe('the weekly symposium and campaign records', () => {
  let database: ReturnType<typeof tempDatabase>;
  let clock: ManualClock;
  let game: SandboxGame;
  let ada: SandboxUser;
  let bea: SandboxUser;

  beforeEach(async () => {
    database = tempDatabase('symposium');
    // A Friday: the first weekly call (Friday 12:00 UTC) is due at the 13:00 digest.
    clock = new ManualClock(new Date('2026-12-04T10:00:00Z'));
    game = await SandboxGame.start({ databasePath: database.path, clock, timers: false });
    ada = game.addPlayer('ada');
    bea = game.addPlayer('bea');
  });

  afterEach(async () => {
    await game.stop();
    database.cleanup();
  });

  async function query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return game.app.get(DataSource).query<T[]>(sql, parameters);
  }

  async function count(sql: string): Promise<number> {
    const [row] = await query<{ n: number }>(sql);
    return row.n;
  }

  async function digestAt(iso: string): Promise<void> {
    clock.set(new Date(iso));
    await game.app.get(GazetteJobs).publishDue();
  }

  async function pressOfType(
    type: string,
  ): Promise<{ number: number; headline: string; body: string }[]> {
    return query(
      'SELECT number, headline, body FROM press_releases WHERE type = ? ORDER BY number',
      [type],
    );
  }

  it('runs a week where one player never votes', async () => {
    await game.command(ada, { name: 'status' });
    await game.command(bea, { name: 'status' });
    const proposal = await game.command(ada, {
      name: 'symposium_propose',
      options: { topic: 'Whether the salt flats were once a royal library' },
    });
    expect(proposal.ephemeral).toBe(true);
    expect(proposal.content).toContain('Your proposal is on the list');

    const early = await game.command(ada, {
      name: 'symposium_vote',
      options: { stance: 'support' },
    });
    expect(early.content).toMatch(/No symposium is open/);

    await digestAt('2026-12-04T13:00:00Z');
    const [call] = await pressOfType('symposium_call');
    expect(call.headline).toBe('Symposium Call: Whether the salt flats were once a royal library');
    expect(call.body).toContain('On the motion of ada');

    const first = await game.command(ada, {
      name: 'symposium_vote',
      options: { stance: 'oppose' },
    });
    const changed = await game.command(ada, {
      name: 'symposium_vote',
      options: { stance: 'support' },
    });
    expect(first.content).toContain('Recorded: **Oppose**');
    expect(changed.content).toContain('Recorded: **Support** (changed from Oppose)');

    const status = await game.command(bea, { name: 'symposium_status' });
    expect(status.embeds[0].description).toContain('royal library');
    expect(status.embeds[0].description).toContain('Support: 1 · Oppose: 0 · Further study: 0');
    expect(JSON.stringify(status.embeds[0].fields)).toContain('not voted yet');

    // One week later: the result, with bea silent and forgiven for a first miss.
    await digestAt('2026-12-11T13:00:00Z');
    const [result] = await pressOfType('symposium_result');
    expect(result.headline).toBe(
      'Symposium Result: Support on “Whether the salt flats were once a royal library”',
    );
    expect(result.body).toContain('Support: 1 (ada)');
    expect(result.body).toContain('Stayed silent: bea.');
    expect(result.body).toContain("bea's pledge of 2 is forgiven this once.");
    const pledges = await query<{ outcome: string; amount: number; user_id: string }>(
      `SELECT p.outcome, p.amount, pl.user_id FROM symposium_pledges p
         JOIN players pl ON pl.id = p.player_id ORDER BY pl.display_name`,
    );
    expect(pledges.map((row) => [row.outcome, row.amount])).toEqual([
      ['kept', 2],
      ['forgiven', 2],
    ]);

    // The second call has no proposals left, so the Academy sets a built-in topic.
    const calls = await pressOfType('symposium_call');
    expect(calls).toHaveLength(2);
    expect(calls[1].body).toContain('the Academy sets its own question');

    // Week two: nobody votes. bea's second miss within 28 days is forfeited (2 + 1 streak).
    await digestAt('2026-12-18T13:00:00Z');
    const results = await pressOfType('symposium_result');
    expect(results).toHaveLength(2);
    expect(results[1].body).toContain("ada's pledge of 2 is forgiven this once.");
    expect(results[1].body).toContain('bea forfeits a pledge of 3: 3 academia taken.');
    const [beaRow] = await query<{ academia: number }>(
      'SELECT influence_academia AS academia FROM players WHERE user_id = ?',
      [bea.id],
    );
    expect(beaRow.academia).toBe(0);

    // A second run of the same slot settles nothing twice.
    await game.app.get(GazetteJobs).publishDue();
    expect(await pressOfType('symposium_result')).toHaveLength(2);
    expect(await count('SELECT COUNT(*) AS n FROM symposium_pledges')).toBe(4);
  });

  it('limits pending proposals per player', async () => {
    const propose = (topic: string) =>
      game.command(ada, { name: 'symposium_propose', options: { topic } });
    for (const topic of [
      'Whether moss dates walls',
      'Whether kilns had names',
      'Whether owls read',
    ]) {
      expect((await propose(topic)).content).toContain('Your proposal is on the list');
    }

    const fourth = await propose('Whether the moon was surveyed');
    expect(fourth.ephemeral).toBe(true);
    expect(fourth.content).toBe(
      'You already have 3 proposals waiting (at most 3). Wait for one to be chosen or to expire.',
    );
    const tooShort = await propose('Why');
    expect(tooShort.content).toBe('A topic needs at least 10 characters.');
    expect(await count('SELECT COUNT(*) AS n FROM symposium_topics')).toBe(3);

    // After 28 days the three have expired and no longer count against the limit.
    clock.advance(28 * DAY_MS);
    expect((await propose('Whether the moon was surveyed')).content).toContain('on the list');
  });

  it('blocks player moves while paused and catches up on resume', async () => {
    const admin = game.world.owner;
    await game.command(bea, { name: 'status' });

    const paused = await game.command(admin, { name: 'gw_admin', subcommand: 'pause' });
    expect(paused.content).toContain('The campaign is paused.');

    const refused = await game.command(bea, {
      name: 'submit_theory',
      options: { claim: 'The bells were tuned to the tides.', confidence: 'suspect' },
    });
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toContain('The campaign is paused by the server admins');
    expect(await count('SELECT COUNT(*) AS n FROM theories')).toBe(0);

    await digestAt('2026-12-04T13:00:00Z');
    expect(await count("SELECT COUNT(*) AS n FROM editions WHERE status = 'published'")).toBe(0);

    const resumed = await game.command(admin, { name: 'gw_admin', subcommand: 'resume' });
    expect(resumed.content).toContain(
      'The campaign has resumed; 1 held edition(s) were published.',
    );
    expect(await count("SELECT COUNT(*) AS n FROM editions WHERE status = 'published'")).toBe(1);
    const notes = await pressOfType('gazette_note');
    expect(notes.map((note) => note.headline)).toEqual([
      'Gazette Note: the Academy goes into recess',
      'Gazette Note: the Academy reconvenes',
    ]);

    const accepted = await game.command(bea, {
      name: 'submit_theory',
      options: { claim: 'The bells were tuned to the tides.', confidence: 'suspect' },
    });
    expect(accepted.embeds[0].title).toMatch(/Academic Bulletin No\. 1\b/);
  });

  it('announces an adjustment with its public reason', async () => {
    await game.command(bea, { name: 'status' });

    const reply = await game.command(game.world.owner, {
      name: 'gw_admin',
      subcommand: 'adjust',
      options: { player: bea.id, target: 'reputation', amount: -3, reason: 'Plagiarised a rival' },
    });

    expect(reply.content).toContain('bea: reputation 0 → -3');
    const [note] = await pressOfType('gazette_note');
    expect(note.body).toContain('Reason given: “Plagiarised a rival”');
    const [event] = await query<{ type: string; actor_user_id: string }>(
      "SELECT type, actor_user_id FROM game_events WHERE type = 'admin.adjusted'",
    );
    expect(event.actor_user_id).toBe(game.world.owner.id);
  });

  it('exports the log as JSON Lines matching the events', async () => {
    await game.command(ada, { name: 'status' });
    await game.command(ada, {
      name: 'submit_theory',
      options: { claim: 'The western gate was built twice.', confidence: 'certain' },
    });
    await game.command(bea, {
      name: 'symposium_propose',
      options: { topic: 'Whether gates remember' },
    });
    await digestAt('2026-12-04T13:00:00Z');
    clock.advance(DAY_MS);

    const interaction = game.invoke(bea, { name: 'export_log' });
    const reply = await interaction.waitForReply(5_000);
    const total = await count('SELECT COUNT(*) AS n FROM game_events');
    expect(reply.content).toBe(
      `${total} event(s), numbers 1 to ${total}, one JSON object per line.`,
    );

    const campaignId = (await query<{ id: number }>('SELECT id FROM campaigns'))[0].id;
    const events = game.app.get(EventsService);
    const text = toJsonLines(await events.findRange(campaignId, 1, total));
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(total);
    const parsed = lines.map((line) => JSON.parse(line) as { seq: number; type: string });
    expect(parsed.map((event) => event.seq)).toEqual(
      Array.from({ length: total }, (_, i) => i + 1),
    );
    expect(parsed.map((event) => event.type)).toEqual(
      expect.arrayContaining([
        'player.joined',
        'theory.submitted',
        'symposium.proposed',
        'edition.published',
        'symposium.called',
      ]),
    );

    // The sandbox keeps each attachment's name and size; the size must be the whole file.
    const original = await fetch(
      `${game.sandbox.apiBaseUrl}/v10/webhooks/${game.sandbox.applicationId}/${interaction.token}/messages/@original`,
    );
    const message = (await original.json()) as {
      attachments: { filename: string; size: number }[];
    };
    expect(message.attachments).toEqual([
      expect.objectContaining({
        filename: `great-work-log-1-${total}.jsonl`,
        size: Buffer.byteLength(text),
      }),
    ]);

    const partial = await game.command(bea, {
      name: 'export_log',
      options: { from_seq: 2, to_seq: 3 },
    });
    expect(partial.content).toBe('2 event(s), numbers 2 to 3, one JSON object per line.');
    const backwards = await game.command(bea, {
      name: 'export_log',
      options: { from_seq: 5, to_seq: 2 },
    });
    expect(backwards.content).toMatch(/to_seq \(2\) is before from_seq \(5\)/);
  });
});
