import { DataSource } from 'typeorm';
import { ManualClock } from '../src/common/clock';
import { EventsService, toJsonLines } from '../src/events/events.service';
import { GazetteDeliveryService } from '../src/gazette/gazette-delivery.service';
import { GazetteJobs } from '../src/gazette/gazette.jobs';
import { SandboxGame } from '../src/sandbox/sandbox-game';
import type { SandboxUser } from '../src/sandbox/sandbox-types';
import { tempDatabase } from './support/temp-database';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Player text that would format, link, hide and ping if it reached Discord unescaped. */
const MARKUP =
  '**bold** [https://discord.com/gifts](https://evil.example/phish) ||spoiler|| @everyone <@&1>';
/** `MARKUP` as the press must print it: markdown escaped, mentions broken by a zero-width space. */
const ESCAPED_MARKUP =
  '\\*\\*bold\\*\\* \\[https://discord.com/gifts\\](https://evil.example/phish) \\|\\|spoiler\\|\\| @\u200beveryone <@\u200b&1>';

/** Checks that press text carries none of `MARKUP`'s effects, each as its own assertion. */
function expectInert(text: string): void {
  expect(text).not.toMatch(/@(everyone|here)/);
  expect(text).not.toMatch(/<@&\d/);
  expect(text).not.toMatch(/(?<!\\)\]\(/);
  expect(text).not.toMatch(/(?<!\\)\|\|/);
  expect(text).not.toMatch(/(?<!\\)\*\*(bold|mal)/);
}
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

  function adjust(options: Record<string, string | number>) {
    return game.command(game.world.owner, { name: 'gw_admin', subcommand: 'adjust', options });
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
    expect(tooShort.content).toBe('A topic needs at least 10 visible characters.');
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
  it('escapes player text in every symposium press release', async () => {
    await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'setup' });
    const mallory = game.addPlayer('**mal** @here');
    await game.command(mallory, { name: 'status' });

    const proposal = await game.command(mallory, {
      name: 'symposium_propose',
      options: { topic: MARKUP },
    });
    expect(proposal.content).toContain('Your proposal is on the list');
    await digestAt('2026-12-04T13:00:00Z');
    await game.command(mallory, { name: 'symposium_vote', options: { stance: 'support' } });
    await digestAt('2026-12-11T13:00:00Z');

    const [topic] = await query<{ title: string }>(
      'SELECT title FROM symposium_topics WHERE proposer_id IS NOT NULL',
    );
    expect(topic.title).toBe(MARKUP);
    const [petition] = await pressOfType('gazette_note');
    const [call] = await pressOfType('symposium_call');
    const [result] = await pressOfType('symposium_result');
    const mal = '\\*\\*mal\\*\\* @\u200bhere';
    expect(petition.headline).toBe(`Gazette Note: ${mal} petitions the symposium`);
    expect(petition.body).toContain(`asks that the Academy debate: “${ESCAPED_MARKUP}”`);
    expect(call.headline).toBe(`Symposium Call: ${ESCAPED_MARKUP}`);
    expect(call.body).toContain(`On the motion of ${mal}, the Academy convenes`);
    expect(call.body).toContain(`to debate: “${ESCAPED_MARKUP}”`);
    expect(result.headline).toBe(`Symposium Result: Support on “${ESCAPED_MARKUP}”`);
    expect(result.body).toContain(`Support: 1 (${mal})`);
    for (const release of [petition, call, result]) {
      expectInert(release.headline);
      expectInert(release.body);
    }

    await game.app.get(GazetteDeliveryService).deliverDue();
    const delivered = game.gazetteMessages();
    expect(delivered.length).toBeGreaterThan(0);
    for (const message of delivered) {
      expect(message.mentions.everyone).toBe(false);
      expect(message.mentions.roles).toEqual([]);
      expectInert(JSON.stringify([message.content, message.embeds]).replace(/\\\\/g, '\\'));
    }
  });

  it('rejects a topic of zero-width characters', async () => {
    const reply = await game.command(ada, {
      name: 'symposium_propose',
      options: { topic: `${'\u200b'.repeat(12)}ab\u2060\u200d` },
    });

    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('A topic needs at least 10 visible characters.');
    expect(await count('SELECT COUNT(*) AS n FROM symposium_topics')).toBe(0);
    expect(
      await count("SELECT COUNT(*) AS n FROM press_releases WHERE type = 'gazette_note'"),
    ).toBe(0);
  });

  it('stores a topic without hidden characters', async () => {
    await game.command(ada, {
      name: 'symposium_propose',
      options: { topic: '\u200bWhether\u202e the salt\u00ad flats sang\u200b' },
    });

    const [topic] = await query<{ title: string }>('SELECT title FROM symposium_topics');
    expect(topic.title).toBe('Whether the salt flats sang');
  });

  it('escapes an adjustment reason in the Gazette Note', async () => {
    await game.command(bea, { name: 'status' });

    await adjust({ player: bea.id, target: 'religion', amount: 1, reason: MARKUP });

    const [note] = await pressOfType('gazette_note');
    expect(note.body).toContain(`Reason given: “${ESCAPED_MARKUP}”`);
    expectInert(note.body);
    const [event] = await query<{ payload: string }>(
      "SELECT payload FROM game_events WHERE type = 'admin.adjusted'",
    );
    expect((JSON.parse(event.payload) as { reason: string }).reason).toBe(MARKUP);
  });

  it.each<[string, Record<string, string | number>, string]>([
    ['zero-width reason', { reason: '\u200b'.repeat(6) }, 'at least 5 visible characters'],
    ['blank reason', { reason: '     ' }, 'Give a public reason for the adjustment.'],
    ['unsafe amount', { amount: 2 ** 53 }, 'a whole number between −100 and +100'],
    ['huge negative amount', { amount: -(2 ** 60) }, 'a whole number between −100 and +100'],
  ])('rejects an adjustment with %s', async (_case, options, message) => {
    await game.command(bea, { name: 'status' });

    const reply = await adjust({
      player: bea.id,
      target: 'reputation',
      amount: -3,
      reason: 'Plagiarised a rival',
      ...options,
    });

    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain(message);
    expect(reply.content).not.toMatch(/safe number|not allowed to be empty|amount must/);
    expect(await count('SELECT COUNT(*) AS n FROM press_releases')).toBe(0);
    expect(await count("SELECT COUNT(*) AS n FROM game_events WHERE type = 'admin.adjusted'")).toBe(
      0,
    );
  });

  it.each<[string, string, number, string]>([
    ['reputation at its floor', 'reputation', -100, 'reputation is already at its lowest (-50)'],
    ['reputation at its ceiling', 'reputation', 100, 'reputation is already at its highest (50)'],
    ['influence at zero', 'religion', -100, 'religion influence is already at 0'],
    ['influence at its cap', 'religion', 100, 'religion influence is already at or above the soft'],
  ])('rejects an adjustment of %s', async (_case, target, amount, message) => {
    await game.command(bea, { name: 'status' });
    const first = await adjust({ player: bea.id, target, amount, reason: 'Testing the limits' });
    expect(first.content).toContain('Announced as Gazette Note');
    const [before] = await query<{ reputation: number; religion: number }>(
      'SELECT reputation, influence_religion AS religion FROM players',
    );

    const reply = await adjust({ player: bea.id, target, amount, reason: 'Testing the limits' });

    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain(`bea's ${message}`);
    expect(reply.content).toContain('Nothing was announced.');
    expect(await count('SELECT COUNT(*) AS n FROM press_releases')).toBe(1);
    expect(await count("SELECT COUNT(*) AS n FROM game_events WHERE type = 'admin.adjusted'")).toBe(
      1,
    );
    const [after] = await query<{ reputation: number; religion: number }>(
      'SELECT reputation, influence_religion AS religion FROM players',
    );
    expect(after).toEqual(before);
  });
});
