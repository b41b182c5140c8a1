import { DataSource } from 'typeorm';
import { Player } from '../src/campaigns/player.entity';
import { ManualClock } from '../src/common/clock';
import { SandboxGame } from '../src/sandbox/sandbox-game';
import type { SandboxUser } from '../src/sandbox/sandbox-types';
import { tempDatabase } from './support/temp-database';

describe('admin order and roster tools over the Discord protocol', () => {
  let database: ReturnType<typeof tempDatabase>;
  let game: SandboxGame;
  let ada: SandboxUser;

  beforeEach(async () => {
    database = tempDatabase('admin');
    game = await SandboxGame.start({
      databasePath: database.path,
      clock: new ManualClock(new Date('2026-12-04T10:00:00Z')),
      timers: false,
    });
    ada = game.addPlayer('ada');
    await game.command(ada, { name: 'status' });
    await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'setup' });
  });

  afterEach(async () => {
    await game.stop();
    database.cleanup();
  });

  async function query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return game.app.get(DataSource).query<T[]>(sql, parameters);
  }

  async function influenceOf(user: SandboxUser): Promise<Record<string, number>> {
    const player = await game.app
      .get(DataSource)
      .getRepository(Player)
      .findOneByOrFail({ userId: user.id });
    return { ...player.influence };
  }

  it('cancels a queued expedition and refunds its cost', async () => {
    const [scholar] = await query<{ id: number }>(
      'SELECT id FROM scholars WHERE employer_id IS NULL ORDER BY id LIMIT 1',
    );
    const before = await influenceOf(ada);
    const launched = await game.command(ada, {
      name: 'launch_expedition',
      options: {
        type: 'think_tank',
        objective: 'Read the ledger of the lighthouse keepers.',
        team1: String(scholar.id),
        discipline: 'Archaeology',
        depth: 'standard',
        confidence: 'suspect',
      },
    });
    expect(launched.embeds[0].title).toContain('EX-0001');
    const charged = await influenceOf(ada);
    expect(charged.academia).toBeLessThan(before.academia);

    const listed = await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'orders' });
    expect(listed.content).toContain('EX-0001');

    const cancelled = await game.command(game.world.owner, {
      name: 'gw_admin',
      subcommand: 'cancel_order',
      options: { code: 'ex-0001' },
    });
    expect(cancelled.content).toMatch(/EX-0001 cancelled; ada is refunded academia 2/);
    expect(await influenceOf(ada)).toEqual(before);
    expect(await query('SELECT id FROM expeditions')).toHaveLength(0);
    const [event] = await query<{ payload: string }>(
      "SELECT payload FROM game_events WHERE type = 'admin.order_cancelled'",
    );
    expect(JSON.parse(event.payload)).toMatchObject({ code: 'EX-0001', kind: 'expedition' });
    const [note] = await query<{ headline: string }>(
      "SELECT headline FROM press_releases WHERE type = 'gazette_note' ORDER BY number DESC LIMIT 1",
    );
    expect(note.headline).toBe('Gazette Note: the Board withdraws EX-0001');

    const again = await game.command(game.world.owner, {
      name: 'gw_admin',
      subcommand: 'cancel_order',
      options: { code: 'EX-0001' },
    });
    expect(again.content).toMatch(/No queued order has the code “EX-0001”/);
    expect(await influenceOf(ada)).toEqual(before);
  });

  it('retires a scholar out of the roster and autocomplete', async () => {
    const [{ id: scholarId }] = await query<{ id: number }>(
      'SELECT id FROM scholars WHERE employer_id IS NULL ORDER BY id LIMIT 1',
    );
    const suggested = await game.autocomplete(game.world.owner, {
      name: 'gw_admin',
      subcommand: 'scholar_retire',
      options: { name: '' },
      focused: 'name',
    });
    expect(suggested.map((option) => Number(option.value))).toContain(scholarId);
    const refused = await game.autocomplete(ada, {
      name: 'gw_admin',
      subcommand: 'scholar_retire',
      options: { name: '' },
      focused: 'name',
    });
    expect(refused).toEqual([]);

    const reply = await game.command(game.world.owner, {
      name: 'gw_admin',
      subcommand: 'scholar_retire',
      options: { name: String(scholarId) },
    });
    expect(reply.content).toMatch(/is now retired/);

    const [row] = await query<{ status: string; employer_id: number | null }>(
      'SELECT status, employer_id FROM scholars WHERE id = ?',
      [scholarId],
    );
    expect(row).toEqual({ status: 'retired', employer_id: null });
    const offered = await game.autocomplete(ada, {
      name: 'recruit',
      options: { scholar: '', faction: 'academia' },
      focused: 'scholar',
    });
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.map((option) => Number(option.value))).not.toContain(scholarId);

    const recruit = await game.command(ada, {
      name: 'recruit',
      options: { scholar: String(scholarId), faction: 'academia' },
    });
    expect(recruit.content).toMatch(/no scholar|not found/i);
  });

  it('says which bound held an adjustment back', async () => {
    const reply = await game.command(game.world.owner, {
      name: 'gw_admin',
      subcommand: 'adjust',
      options: { player: ada.id, target: 'academia', amount: 5, reason: 'Grant from the Board' },
    });

    expect(reply.content).toMatch(
      /^ada: academia 3 → 6\. It stopped at 6 rather than 8: influence gains stop at the soft cap, 6 at this reputation\./,
    );
  });

  it('says when a recess held no edition', async () => {
    await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'pause' });

    const reply = await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'resume' });

    expect(reply.content).toBe('The campaign has resumed; no edition fell due during the recess.');
    const [note] = await query<{ body: string }>(
      "SELECT body FROM press_releases WHERE type = 'gazette_note' ORDER BY number DESC LIMIT 1",
    );
    expect(note.body).toBe('The recess is over. No edition fell due while the halls were closed.');
  });

  it('names the log length for a start beyond it', async () => {
    const [{ last }] = await query<{ last: number }>(
      'SELECT next_event_seq - 1 AS last FROM campaigns',
    );

    const reply = await game.command(ada, { name: 'export_log', options: { from_seq: 999_999 } });

    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain(
      `The log has ${last} events, so from_seq must be ${last} or less.`,
    );
  });
});
