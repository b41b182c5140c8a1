import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Routes,
  SlashCommandBuilder,
  type Interaction,
  type RateLimitData,
  type TextChannel,
} from 'discord.js';
import {
  DiscordSandbox,
  type SandboxGuild,
  type SandboxUser,
} from '../src/sandbox/discord-sandbox';
import { WebSocket } from 'ws';

const TOKEN = 'sandbox-test-token';

const COMMANDS = [
  new SlashCommandBuilder()
    .setName('study')
    .setDescription('Study a subject')
    .addStringOption((option) =>
      option.setName('subject').setDescription('Subject').setRequired(true).setAutocomplete(true),
    )
    .addIntegerOption((option) => option.setName('hours').setDescription('Hours'))
    .addBooleanOption((option) => option.setName('secret').setDescription('Reply privately'))
    .addUserOption((option) => option.setName('mentor').setDescription('Mentor'))
    .toJSON(),
  new SlashCommandBuilder()
    .setName('archive')
    .setDescription('Archive tools')
    .addSubcommand((subcommand) => subcommand.setName('search').setDescription('Search'))
    .toJSON(),
];

describe('DiscordSandbox with a real discord.js client', () => {
  let sandbox: DiscordSandbox;
  let client: Client;
  let guild: SandboxGuild;
  let player: SandboxUser;

  beforeEach(async () => {
    sandbox = new DiscordSandbox({ token: TOKEN, heartbeatIntervalMs: 500 });
    await sandbox.start();
    guild = sandbox.createGuild({ name: 'Academy', channels: ['general', 'gazette'] });
    player = sandbox.addMember(guild.id, { username: 'ada' });
    client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: { api: sandbox.apiBaseUrl },
    });
  });

  afterEach(async () => {
    await client.destroy();
    await sandbox.stop();
  });

  async function login(): Promise<void> {
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(TOKEN);
    await ready;
  }

  async function loginWithCommands(): Promise<void> {
    await login();
    await client.application!.commands.set(COMMANDS, guild.id);
  }

  function onInteraction(handler: (interaction: Interaction) => Promise<void>): Promise<void> {
    return new Promise((resolve, reject) => {
      client.once(Events.InteractionCreate, (interaction) => {
        handler(interaction).then(resolve, reject);
      });
    });
  }

  it('logs in with guilds cached quickly', async () => {
    const started = performance.now();
    await login();

    expect(performance.now() - started).toBeLessThan(5000);
    expect(client.guilds.cache.get(guild.id)?.name).toBe('Academy');
    expect(client.guilds.cache.get(guild.id)?.channels.cache.size).toBe(2);
    expect(client.user?.id).toBe(sandbox.botUser.id);
    expect(sandbox.isBotConnected()).toBe(true);
    expect(sandbox.gatewaySessions).toBe(1);
    expect(sandbox.unhandledRequests).toEqual([]);
  });

  it('delivers a guild created after login', async () => {
    await login();
    const created = new Promise((resolve) => client.once(Events.GuildCreate, resolve));
    const second = sandbox.createGuild({ name: 'Observatory' });
    await created;

    expect(client.guilds.cache.get(second.id)?.channels.cache.first()?.name).toBe('general');
  });

  it('registers commands and replies publicly', async () => {
    await loginWithCommands();
    expect(sandbox.registeredCommands(guild.id).map((command) => command.name)).toEqual([
      'study',
      'archive',
    ]);

    const handled = onInteraction(async (interaction) => {
      if (!interaction.isChatInputCommand()) {
        throw new Error('expected a chat input command');
      }
      const subject = interaction.options.getString('subject', true);
      const hours = interaction.options.getInteger('hours');
      const mentor = interaction.options.getUser('mentor');
      await interaction.reply(`${subject} for ${hours} hours with ${mentor?.username}`);
    });
    const invocation = sandbox.invokeCommand({
      guildId: guild.id,
      channelId: guild.channels[0].id,
      userId: player.id,
      name: 'study',
      options: { subject: 'optics', hours: 3, mentor: player.id },
    });
    const reply = await invocation.waitForReply();
    await handled;

    expect(reply.content).toBe('optics for 3 hours with ada');
    expect(reply.ephemeral).toBe(false);
    expect((await invocation.acknowledged).type).toBe(4);
    expect(sandbox.unhandledRequests).toEqual([]);
  });

  it('replies ephemerally', async () => {
    await loginWithCommands();
    const handled = onInteraction(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({ content: 'only you', flags: MessageFlags.Ephemeral });
      }
    });
    const invocation = sandbox.invokeCommand({
      guildId: guild.id,
      channelId: guild.channels[0].id,
      userId: player.id,
      name: 'study',
      options: { subject: 'optics' },
    });
    const reply = await invocation.waitForReply();
    await handled;

    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe('only you');
  });

  it('defers then edits the reply', async () => {
    await loginWithCommands();
    const handled = onInteraction(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.deferReply();
        await interaction.editReply({ content: 'done after a while' });
        await interaction.followUp({ content: 'one more thing' });
      }
    });
    const invocation = sandbox.invokeCommand({
      guildId: guild.id,
      channelId: guild.channels[0].id,
      userId: player.id,
      name: 'archive',
      subcommand: 'search',
    });
    const reply = await invocation.waitForReply();
    await handled;

    expect((await invocation.acknowledged).type).toBe(5);
    expect(reply.content).toBe('done after a while');
    expect(invocation.followUps().map((followUp) => followUp.content)).toEqual(['one more thing']);
    expect(sandbox.unhandledRequests).toEqual([]);
  });

  it('returns autocomplete choices', async () => {
    await loginWithCommands();
    client.once(Events.InteractionCreate, (interaction) => {
      if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        void interaction.respond([{ name: `${typed}ics`, value: `${typed}ics` }]);
      }
    });
    const choices = await sandbox.invokeAutocomplete({
      guildId: guild.id,
      channelId: guild.channels[0].id,
      userId: player.id,
      name: 'study',
      options: { subject: 'opt' },
      focused: 'subject',
    });

    expect(choices).toEqual([{ name: 'optics', value: 'optics' }]);
  });

  it('rejects unknown commands and options in the caller', async () => {
    await loginWithCommands();
    const base = { guildId: guild.id, channelId: guild.channels[0].id, userId: player.id };

    expect(() => sandbox.invokeCommand({ ...base, name: 'missing' })).toThrow(/not registered/);
    expect(() =>
      sandbox.invokeCommand({ ...base, name: 'study', options: { subject: 'x', colour: 'red' } }),
    ).toThrow(/colour/);
    expect(() => sandbox.invokeCommand({ ...base, name: 'study', options: {} })).toThrow(
      /Required option/,
    );
  });

  it('honours allowed mentions on channel messages', async () => {
    await login();
    const channel = (await client.channels.fetch(guild.channels[1].id)) as TextChannel;
    await channel.send({ content: '@everyone the gazette is out', allowedMentions: { parse: [] } });
    await channel.send({ content: '@everyone the gazette is out' });
    const [muted, loud] = await sandbox.waitForMessages(guild.channels[1].id, 2);

    expect(muted.mentions.everyone).toBe(false);
    expect(loud.mentions.everyone).toBe(true);
  });

  it('rejects content over 2000 characters', async () => {
    await login();
    const channel = client.channels.cache.get(guild.channels[0].id) as TextChannel;
    const error = await channel.send('x'.repeat(2001)).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect(sandbox.channelMessages(guild.channels[0].id)).toHaveLength(0);
  });

  it('rejects a second callback with 40060', async () => {
    await loginWithCommands();
    const handled = onInteraction(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply('first');
        await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
          body: { type: 4, data: { content: 'second' } },
          auth: false,
        });
      }
    });
    sandbox.invokeCommand({
      guildId: guild.id,
      channelId: guild.channels[0].id,
      userId: player.id,
      name: 'study',
      options: { subject: 'optics' },
    });
    const error = await handled.catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(40060);
  });

  it('retries a send after a 429', async () => {
    await login();
    const rateLimits: RateLimitData[] = [];
    client.rest.on('rateLimited', (data) => rateLimits.push(data));
    sandbox.failNext({
      method: 'POST',
      pathPattern: /^\/channels\/\d+\/messages$/,
      status: 429,
      retryAfterSeconds: 0.2,
    });
    const channel = client.channels.cache.get(guild.channels[0].id) as TextChannel;
    await channel.send('after the wait');

    expect(rateLimits).toHaveLength(1);
    expect(sandbox.channelMessages(guild.channels[0].id).map((message) => message.content)).toEqual(
      ['after the wait'],
    );
    expect(sandbox.requestLog.filter((entry) => entry.status === 429)).toHaveLength(1);
  });

  it('fails login with a wrong token', async () => {
    await expect(client.login('wrong-token')).rejects.toThrow(/token/i);
    expect(sandbox.gatewaySessions).toBe(0);
  });

  it('resumes after a disconnect and still receives interactions', async () => {
    await loginWithCommands();
    const resumed = new Promise((resolve) => client.once(Events.ShardResume, resolve));
    sandbox.disconnectBot(4000);
    await resumed;

    const handled = onInteraction(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply('still here');
      }
    });
    const invocation = sandbox.invokeCommand({
      guildId: guild.id,
      channelId: guild.channels[0].id,
      userId: player.id,
      name: 'study',
      options: { subject: 'optics' },
    });
    await handled;

    expect((await invocation.waitForReply()).content).toBe('still here');
    expect(sandbox.gatewaySessions).toBe(1);
  });
  it('returns the earlier message for a repeated nonce', async () => {
    await login();
    const channel = client.channels.cache.get(guild.channels[0].id) as TextChannel;
    const first = await channel.send({ content: 'once', nonce: 'edition-1', enforceNonce: true });
    const second = await channel.send({ content: 'once', nonce: 'edition-1', enforceNonce: true });

    expect(second.id).toBe(first.id);
    expect(sandbox.channelMessages(guild.channels[0].id)).toHaveLength(1);
  });

  it('answers a late first callback with 10062', async () => {
    await sandbox.stop();
    sandbox = new DiscordSandbox({ token: TOKEN, interactionDeadlineMs: 50 });
    await sandbox.start();
    guild = sandbox.createGuild({ name: 'Academy' });
    player = sandbox.addMember(guild.id, { username: 'ada' });
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: sandbox.apiBaseUrl } });
    await loginWithCommands();

    const handled = onInteraction(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        await interaction.reply('too late');
      }
    });
    const invocation = sandbox.invokeCommand({
      guildId: guild.id,
      channelId: guild.channels[0].id,
      userId: player.id,
      name: 'study',
      options: { subject: 'optics' },
    });
    const error = await handled.catch((caught: unknown) => caught);

    expect((error as DiscordAPIError).code).toBe(10062);
    await expect(invocation.acknowledged).rejects.toThrow(/no callback/);
  });

  it('rejects IDENTIFY with a wrong token', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${sandbox.port}/?v=10&encoding=json`);
    const closeCode = await new Promise<number>((resolve) => {
      socket.on('message', () =>
        socket.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1 } })),
      );
      socket.on('close', (code) => resolve(code));
    });

    expect(closeCode).toBe(4004);
    expect(sandbox.gatewaySessions).toBe(0);
  });
});
