import { DataSource } from 'typeorm';
import { ManualClock } from '../src/common/clock';
import { GazetteJobs } from '../src/gazette/gazette.jobs';
import { SandboxGame } from '../src/sandbox/sandbox-game';
import type { SandboxUser } from '../src/sandbox/sandbox-types';
import { tempDatabase } from './support/temp-database';

describe('campaign schedule over the Discord protocol', () => {
  let database: ReturnType<typeof tempDatabase>;
  let clock: ManualClock;
  let game: SandboxGame;
  let ada: SandboxUser;

  beforeEach(async () => {
    database = tempDatabase('schedule');
    clock = new ManualClock(new Date('2026-12-04T10:00:00Z'));
    game = await SandboxGame.start({ databasePath: database.path, clock, timers: false });
    ada = game.addPlayer('ada');
    await game.command(ada, { name: 'status' });
    await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'setup' });
  });

  afterEach(async () => {
    await game.stop();
    database.cleanup();
  });

  async function query<T>(sql: string): Promise<T[]> {
    return game.app.get(DataSource).query<T[]>(sql);
  }

  async function publishedSlots(): Promise<string[]> {
    const rows = await query<{ slot: string }>(
      "SELECT slot_at AS slot FROM editions WHERE status = 'published' ORDER BY slot_at",
    );
    return rows.map((row) => row.slot);
  }

  async function digestAt(iso: string): Promise<void> {
    clock.set(new Date(iso));
    await game.app.get(GazetteJobs).publishDue();
  }

  function setSchedule(options: Record<string, string>, user = game.world.owner) {
    return game.command(user, { name: 'gw_admin', subcommand: 'set_schedule', options });
  }

  it('publishes at the admin-set times', async () => {
    const reply = await setSchedule({ time_zone: 'Europe/Paris', digest_times: '20:00, 8:00' });

    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe(
      'The Gazette now goes to press at 08:00 and 20:00 Europe/Paris, and the weekly symposium follows Europe/Paris. Announced in the Gazette.',
    );
    const [note] = await query<{ body: string }>(
      "SELECT body FROM press_releases WHERE type = 'gazette_note'",
    );
    expect(note.body).toBe(
      'From now on the Gazette goes to press at 08:00 and 20:00, and the symposium keeps the hours of Europe/Paris (formerly 13:00 and 21:00, UTC).',
    );

    // 13:00 UTC was a slot of the old schedule; 19:00 UTC is 20:00 in Paris.
    await digestAt('2026-12-04T13:00:00Z');
    expect(await publishedSlots()).toEqual([]);
    await digestAt('2026-12-04T19:00:00Z');
    expect(await publishedSlots()).toEqual(['2026-12-04 19:00:00.000']);

    // The next edition is 08:00 in Paris, 07:00 UTC on 5 December.
    const status = await game.command(ada, { name: 'status' });
    const next = Date.parse('2026-12-05T07:00:00Z') / 1000;
    expect(JSON.stringify(status.embeds)).toContain(`<t:${next}:R>`);
    const [event] = await query<{ payload: string }>(
      "SELECT payload FROM game_events WHERE type = 'campaign.schedule_set'",
    );
    expect(JSON.parse(event.payload)).toEqual({
      timeZone: 'Europe/Paris',
      previous: 'UTC',
      digestTimes: ['08:00', '20:00'],
      previousDigestTimes: ['13:00', '21:00'],
    });
  });

  it('delays a time already passed today', async () => {
    await digestAt('2026-12-04T13:00:00Z');
    clock.set(new Date('2026-12-04T15:00:00Z'));

    await setSchedule({ digest_times: '14:00, 22:00' });
    await digestAt('2026-12-04T15:00:20Z');
    expect(await publishedSlots()).toEqual(['2026-12-04 13:00:00.000']);

    await digestAt('2026-12-04T22:00:00Z');
    expect(await publishedSlots()).toEqual(['2026-12-04 13:00:00.000', '2026-12-04 22:00:00.000']);
  });

  it('returns to the server defaults', async () => {
    await setSchedule({ digest_times: '09:00' });
    const reply = await setSchedule({ digest_times: 'default' });

    expect(reply.content).toContain('at 13:00 and 21:00 UTC');
    const [campaign] = await query<{ times: string | null }>(
      'SELECT digest_times AS times FROM campaigns',
    );
    expect(campaign.times).toBeNull();
  });

  it.each<[Record<string, string>, string]>([
    [{}, 'Give a time zone, digest times, or both.'],
    [{ digest_times: '25:00' }, '"25:00" is not a time.'],
    [{ digest_times: '08:00, noon' }, '"noon" is not a time.'],
    [{ digest_times: '01:00,05:00,09:00,13:00,17:00' }, 'at most 4 digests a day; you gave 5'],
    [{ time_zone: 'Mars/Olympus' }, '"Mars/Olympus" is not an IANA time zone.'],
    [{ time_zone: '   ' }, 'The time_zone option cannot be blank. Use a name such as UTC'],
    [{ digest_times: '   ' }, 'The digest_times option cannot be blank. Give 24-hour times'],
    [{ time_zone: 'Europe\u0001/Paris' }, '"Europe\ufffd/Paris" is not an IANA time zone.'],
    [{ time_zone: '{#label} {{x}}' }, '"{#label} {{x}}" is not an IANA time zone.'],
    [{ digest_times: '08:00, {#value}' }, '"{#value}" is not a time.'],
    [{ digest_times: '08:00, 9\u0007:00' }, '"9\ufffd:00" is not a time.'],
  ])('rejects %j and changes nothing', async (options, message) => {
    const reply = await setSchedule(options);

    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain(message);
    expect(reply.content).not.toMatch(/timeZone|digestTimes|not allowed|custom validation/);
    const [campaign] = await query<{ zone: string; times: string | null }>(
      'SELECT time_zone AS zone, digest_times AS times FROM campaigns',
    );
    expect(campaign).toEqual({ zone: 'UTC', times: null });
    expect(await query("SELECT id FROM game_events WHERE type = 'campaign.schedule_set'")).toEqual(
      [],
    );
  });

  it.each([
    ['europe/paris', 'Europe/Paris'],
    ['  AMERICA/new_york ', 'America/New_York'],
    ['EST', 'EST'],
    ['utc', 'UTC'],
  ])('stores %j as %j', async (typed, canonical) => {
    const reply = await setSchedule({ time_zone: typed });

    expect(reply.content).toContain(`the weekly symposium follows ${canonical}.`);
    const [campaign] = await query<{ zone: string }>('SELECT time_zone AS zone FROM campaigns');
    expect(campaign.zone).toBe(canonical);
    const [note] = await query<{ body: string }>(
      "SELECT body FROM press_releases WHERE type = 'gazette_note' ORDER BY number DESC LIMIT 1",
    );
    expect(note.body).toContain(`the symposium keeps the hours of ${canonical} (formerly`);
  });

  it('rejects a change during a recess', async () => {
    await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'pause' });
    await digestAt('2026-12-04T13:00:00Z');

    const reply = await setSchedule({ digest_times: '18:00' });

    expect(reply.content).toContain('1 edition(s) are held by the recess');
    await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'resume' });
    expect(await publishedSlots()).toEqual(['2026-12-04 13:00:00.000']);
    const accepted = await setSchedule({ digest_times: '18:00' });
    expect(accepted.content).toContain('at 18:00 UTC');
  });

  it('rejects a player without Manage Server', async () => {
    const reply = await setSchedule({ digest_times: '09:00' }, ada);

    expect(reply.content).toMatch(/Manage Server/);
    const [campaign] = await query<{ times: string | null }>(
      'SELECT digest_times AS times FROM campaigns',
    );
    expect(campaign.times).toBeNull();
  });
});
