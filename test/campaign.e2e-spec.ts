import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { ManualClock } from '../src/common/clock';
import { WriteQueue } from '../src/database/write-queue';
import { DEFER_AFTER_MS } from '../src/discord/interaction-reply';
import { GazetteJobs } from '../src/gazette/gazette.jobs';
import { GazetteDeliveryService } from '../src/gazette/gazette-delivery.service';
import { SandboxGame } from '../src/sandbox/sandbox-game';
import type { SandboxUser } from '../src/sandbox/sandbox-types';
import { tempDatabase } from './support/temp-database';

const EPHEMERAL = 1 << 6;

describe('a campaign over the Discord protocol', () => {
  let database: ReturnType<typeof tempDatabase>;
  let clock: ManualClock;
  let game: SandboxGame;
  let ada: SandboxUser;

  beforeEach(async () => {
    database = tempDatabase('campaign');
    clock = new ManualClock(new Date('2026-12-04T10:00:00Z'));
    game = await SandboxGame.start({ databasePath: database.path, clock, timers: false });
    ada = game.addPlayer('ada');
  });

  afterEach(async () => {
    await game.stop();
    database.cleanup();
  });

  function submit(user: SandboxUser, options: Record<string, string | number>) {
    return game.command(user, { name: 'submit_theory', options });
  }

  async function publishDueEditions(): Promise<void> {
    await game.app.get(GazetteJobs).publishDue();
    await game.app.get(GazetteDeliveryService).deliverDue();
  }

  async function count(sql: string): Promise<number> {
    const [row] = await game.app.get(DataSource).query<{ n: number }[]>(sql);
    return row.n;
  }

  it('creates a player on their first command', async () => {
    expect(await count('SELECT COUNT(*) AS n FROM players')).toBe(0);

    const reply = await game.command(ada, { name: 'status' });

    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds[0].title).toBe('Standing of ada');
    expect(JSON.stringify(reply.embeds[0].fields)).toContain('academia: **3** / 6');
    expect(await count('SELECT COUNT(*) AS n FROM players')).toBe(1);
    expect(await count('SELECT COUNT(*) AS n FROM scholars')).toBe(24);
  });

  it('publishes Bulletin No. 1 then No. 2', async () => {
    const first = await submit(ada, {
      claim: 'The drowned library of Keth lies under the salt flats.',
      confidence: 'certain',
    });
    const second = await submit(ada, {
      claim: 'Bronze bells were tuned to the solstice.',
      confidence: 'suspect',
    });

    expect(first.ephemeral).toBe(false);
    expect(first.embeds[0].title).toMatch(/^No\. 1 · Academic Bulletin No\. 1\b/);
    expect(first.embeds[0].description).toContain('drowned library of Keth');
    expect(second.embeds[0].title).toMatch(/Academic Bulletin No\. 2\b/);
  });

  it('names supporters picked through autocomplete', async () => {
    await game.command(ada, { name: 'status' });
    const choices = await game.autocomplete(ada, {
      name: 'submit_theory',
      options: { claim: 'x', confidence: 'suspect', supporter1: '' },
      focused: 'supporter1',
    });
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);

    const reply = await submit(ada, {
      claim: 'The western gate was built twice.',
      confidence: 'suspect',
      supporter1: String(choices[0].value),
    });

    const supporterName = choices[0].name.split(' · ')[0];
    expect(reply.embeds[0].description).toContain(supporterName);
  });

  it('rejects bad options with an ephemeral error and changes nothing', async () => {
    const cases: [Record<string, string | number>, RegExp][] = [
      [{ claim: 'short', confidence: 'certain' }, /at least 10 characters/],
      [
        { claim: 'A perfectly long claim.', confidence: 'certain', supporter1: 'Nobody Atall' },
        /No scholar/,
      ],
      [{ claim: 'A perfectly long claim.', confidence: 'certain', deadline_days: 400 }, /deadline/],
      [{ claim: '          ', confidence: 'certain' }, /needs a claim/],
    ];

    for (const [options, message] of cases) {
      const reply = await submit(ada, options);
      expect(reply.ephemeral).toBe(true);
      expect(reply.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(reply.content).toMatch(message);
    }

    expect(await count('SELECT COUNT(*) AS n FROM theories')).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM press_releases')).toBe(0);
    const good = await submit(ada, { claim: 'A perfectly long claim.', confidence: 'certain' });
    expect(good.embeds[0].title).toMatch(/Academic Bulletin No\. 1\b/);
  });

  it('rejects the same supporter named twice', async () => {
    await game.command(ada, { name: 'status' });
    const [choice] = await game.autocomplete(ada, {
      name: 'submit_theory',
      options: { claim: 'x', confidence: 'suspect', supporter1: '' },
      focused: 'supporter1',
    });

    const reply = await submit(ada, {
      claim: 'Two voices, one scholar.',
      confidence: 'suspect',
      supporter1: String(choice.value),
      supporter2: String(choice.value),
    });

    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/more than once/);
    expect(await count('SELECT COUNT(*) AS n FROM theories')).toBe(0);
  });

  it('pings nobody when a theory says @everyone', async () => {
    const reply = await submit(ada, {
      claim: '@everyone the <@&123456789012345678> role and @here must read this',
      confidence: 'suspect',
    });

    expect(reply.mentions.everyone).toBe(false);
    expect(reply.mentions.roles).toEqual([]);
    expect(reply.mentions.users).toEqual([]);

    await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'digest_now' });
    const [masthead] = await game.sandbox.waitForMessages(game.channel('gazette'), 1, 5_000);
    expect(masthead.mentions.everyone).toBe(false);
    expect(masthead.mentions.roles).toEqual([]);
  });

  it('keeps an error private after a slow public defer', async () => {
    await game.command(ada, { name: 'status' });
    // Holding the write queue past the defer threshold makes the bot defer publicly first.
    const hold = game.app.get(WriteQueue).run(() => sleep(DEFER_AFTER_MS + 800));
    const interaction = game.invoke(ada, {
      name: 'submit_theory',
      options: { claim: 'A perfectly long claim.', confidence: 'suspect', supporter1: 'Nobody' },
    });
    await hold;
    const deadline = Date.now() + 5_000;
    while (interaction.followUps().length === 0 && Date.now() < deadline) {
      await sleep(20);
    }

    const acknowledgement = await interaction.acknowledged;
    const [followUp] = interaction.followUps();
    expect(acknowledgement.type).toBe(5);
    expect(followUp.ephemeral).toBe(true);
    expect(followUp.content).toMatch(/No scholar/);
  });

  it('refuses /gw_admin without Manage Server', async () => {
    const reply = await game.command(ada, { name: 'gw_admin', subcommand: 'digest_now' });

    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/Manage Server/);
    expect(await count('SELECT COUNT(*) AS n FROM editions')).toBe(0);
  });

  it('shortens a huge option quoted in an error', async () => {
    // Discord's client stops a code this long; the reply must still be short if one gets through.
    const code = 'x'.repeat(2500);
    await game.command(ada, { name: 'status' });

    const reply = await game.command(game.world.owner, {
      name: 'gw_admin',
      subcommand: 'cancel_order',
      options: { code },
    });

    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/^No queued order has the code “X{19}…”\. Run \/gw_admin orders/);
  });

  it('lets an admin choose the gazette channel', async () => {
    const reply = await game.command(game.world.owner, {
      name: 'gw_admin',
      subcommand: 'setup',
      options: { gazette: game.channel('table-talk') },
    });

    expect(reply.content).toContain(`Gazette: <#${game.channel('table-talk')}>`);
    expect(reply.content).toContain(`Table talk: <#${game.channel('table-talk')}>`);
    expect(reply.content).toContain(`Admin: <#${game.channel('admin')}>`);
  });

  it('posts a digest once per slot', async () => {
    await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'setup' });
    await submit(ada, { claim: 'The observatory faced the wrong star.', confidence: 'suspect' });

    clock.set(new Date('2026-12-04T13:00:30Z'));
    await publishDueEditions();
    const posted = game.gazetteMessages();
    await publishDueEditions();

    expect(posted.length).toBeGreaterThan(0);
    expect(posted[0].content).toContain('Gazette');
    expect(JSON.stringify(posted.flatMap((message) => message.embeds as unknown[]))).toContain(
      'observatory faced the wrong star',
    );
    expect(game.gazetteMessages()).toHaveLength(posted.length);
    expect(await count('SELECT COUNT(*) AS n FROM editions')).toBe(1);
  });

  it('catches up a missed slot after a restart', async () => {
    await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'setup' });
    await submit(ada, {
      claim: 'The river changed course in a single night.',
      confidence: 'certain',
    });
    await game.stop({ keepSandbox: true });

    clock.set(new Date('2026-12-04T14:30:00Z'));
    game = await SandboxGame.start({
      databasePath: database.path,
      clock,
      timers: false,
      world: game.world,
    });
    const messages = await game.sandbox.waitForMessages(game.channel('gazette'), 1, 10_000);

    expect(messages[0].content).toContain('Gazette');
    expect(await count("SELECT COUNT(*) AS n FROM editions WHERE kind = 'scheduled'")).toBe(1);
  });

  it('lapses an untested theory at its deadline', async () => {
    await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'setup' });
    await submit(ada, {
      claim: 'The comet was a lantern.',
      confidence: 'suspect',
      deadline_days: 1,
    });

    clock.set(new Date('2026-12-05T13:00:00Z'));
    await publishDueEditions();
    const status = await game.command(ada, { name: 'status' });

    expect(JSON.stringify(status.embeds[0].fields)).toContain('−1 (from −50 to +50)');
    expect(await count("SELECT COUNT(*) AS n FROM theories WHERE status = 'lapsed'")).toBe(1);
    const text = JSON.stringify(
      game.gazetteMessages().flatMap((message) => message.embeds as unknown[]),
    );
    expect(text).toContain('untested');
  });

  it('gives 20 simultaneous submissions distinct bulletin numbers', async () => {
    const players = Array.from({ length: 20 }, (_, i) => game.addPlayer(`player${i}`));

    const replies = await Promise.all(
      players.map((player, i) =>
        submit(player, { claim: `Simultaneous claim number ${i}.`, confidence: 'suspect' }),
      ),
    );

    const numbers = replies.map((reply) => {
      const match = /Academic Bulletin No\. (\d+)/.exec(reply.embeds[0].title as string);
      return Number(match?.[1]);
    });
    expect(new Set(numbers).size).toBe(20);
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await count('SELECT COUNT(*) AS n FROM players')).toBe(20);
  });

  it('shows the wager table, a scholar and the Gazette archive', async () => {
    await submit(ada, { claim: 'The map was drawn from memory.', confidence: 'stake_my_career' });

    const wager = await game.command(ada, { name: 'wager' });
    const [choice] = await game.autocomplete(ada, {
      name: 'scholar',
      options: { name: '' },
      focused: 'name',
    });
    const scholar = await game.command(ada, {
      name: 'scholar',
      options: { name: String(choice.value) },
    });
    const gazette = await game.command(ada, { name: 'gazette' });
    const page = await game.command(ada, { name: 'gazette', options: { number: 1 } });
    const missing = await game.command(ada, { name: 'gazette', options: { number: 99 } });

    expect(JSON.stringify(wager.embeds[0].fields)).toContain(
      'vindicated +15 · partial +7 · refuted −25',
    );
    expect(scholar.embeds[0].title).toContain(choice.name.split(' · ')[0]);
    expect(gazette.embeds[0].description).toContain('**No. 1**');
    expect(page.embeds[0].title).toMatch(/^No\. 1 · /);
    expect(missing.content).toMatch(/no press release No\. 99/);
    const negative = await game.command(ada, { name: 'gazette', options: { number: -1 } });
    expect(negative.ephemeral).toBe(true);
    expect(negative.content).toMatch(/whole number from 1 up/);
  });
});
