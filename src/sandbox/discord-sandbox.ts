import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InteractionType } from 'discord.js';
import { ChannelMessages } from './sandbox-channel-messages';
import { buildCommandData } from './sandbox-commands';
import { SandboxGateway } from './sandbox-gateway';
import { Router } from './sandbox-http';
import { InteractionRegistry, type InteractionRecord } from './sandbox-interactions';
import {
  channelPayload,
  guildCreatePayload,
  memberPayload,
  messagePayload,
  rolePayload,
  userPayload,
  type ApiObject,
  type GuildRecord,
} from './sandbox-payloads';
import type { ReplyRecord } from './sandbox-replies';
import { SandboxRest } from './sandbox-rest';
import { registerRoutes } from './sandbox-routes';
import { SnowflakeGenerator } from './sandbox-snowflakes';
import {
  BOT_PERMISSIONS,
  SandboxStore,
  type StoredCommand,
  type StoredMessage,
} from './sandbox-store';
import type {
  AddMemberInput,
  AutocompleteChoice,
  CreateGuildInput,
  FailureRule,
  InvokeAutocompleteInput,
  InvokeCommandInput,
  RequestLogEntry,
  SandboxChannel,
  SandboxGuild,
  SandboxInteraction,
  SandboxMessage,
  SandboxOptions,
  SandboxReply,
  SandboxRole,
  SandboxUser,
  UnhandledRequest,
} from './sandbox-types';

export * from './sandbox-types';

/** Gateway intents the sandbox honours when choosing which events to send. */
const GUILD_MEMBERS_INTENT = 1 << 1;
const GUILD_MESSAGES_INTENT = 1 << 9;

const DEFAULT_WAIT_MS = 5000;

/**
 * A local Discord-compatible server on 127.0.0.1 that an unmodified discord.js client can use
 * through `rest: { api: sandbox.apiBaseUrl }`: REST under `/api/v10` and the gateway WebSocket.
 * Tests create guilds and members, invoke commands as a user would and read what the bot sent.
 * Emits `'message'` with each {@link SandboxMessage} posted to a channel.
 */
export class DiscordSandbox extends EventEmitter {
  readonly applicationId: string;
  readonly botUser: { id: string; username: string };
  private readonly store: SandboxStore;
  private readonly interactions: InteractionRegistry;
  private readonly messages: ChannelMessages;
  private readonly rest: SandboxRest;
  private readonly options: Required<Omit<SandboxOptions, 'token'>> & { token?: string };
  private server?: Server;
  private gateway?: SandboxGateway;
  private listeningPort = 0;

  constructor(options: SandboxOptions = {}) {
    super();
    this.options = {
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 0,
      token: options.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      interactionDeadlineMs: options.interactionDeadlineMs ?? 3000,
      stableIds: options.stableIds ?? false,
    };

    const snowflakes = options.stableIds ? SnowflakeGenerator.stable() : new SnowflakeGenerator();
    this.applicationId = snowflakes.next();
    const bot: SandboxUser = {
      id: this.applicationId,
      username: 'Sandbox Bot',
      globalName: 'Sandbox Bot',
    };
    this.store = new SandboxStore(bot, snowflakes);
    this.botUser = { id: bot.id, username: bot.username };

    this.interactions = new InteractionRegistry(
      this.options.interactionDeadlineMs,
      () => this.store.snowflakes.next(),
      (record, reply) => this.replyPayload(record, reply),
    );
    this.messages = new ChannelMessages(
      this.store,
      () => `http://${this.options.host}:${this.listeningPort}/attachments`,
      (message) => this.announceMessage(message),
    );

    const router = new Router();
    registerRoutes(router, {
      store: this.store,
      interactions: this.interactions,
      channelMessages: this.messages,
      applicationId: this.applicationId,
      gatewayUrl: () => this.gatewayUrl,
      replyPayload: (record, reply) => this.replyPayload(record, reply),
    });
    this.rest = new SandboxRest(router, this.options.token);
  }

  get port(): number {
    return this.listeningPort;
  }

  /** Base URL for discord.js's `rest.api` option; the client appends `/v10`. */
  get apiBaseUrl(): string {
    return `http://${this.options.host}:${this.listeningPort}/api`;
  }

  get gatewayUrl(): string {
    return `ws://${this.options.host}:${this.listeningPort}`;
  }

  /** Requests that matched no route, or whose handler crashed; a passing test expects none. */
  get unhandledRequests(): UnhandledRequest[] {
    return this.rest.unhandledRequests;
  }

  /** One entry per REST request, at most 100,000, for traffic accounting in benchmarks. */
  get requestLog(): RequestLogEntry[] {
    return this.rest.requestLog;
  }

  /** Number of gateway sessions started by IDENTIFY; a successful RESUME does not add one. */
  get gatewaySessions(): number {
    return this.gateway?.sessionsStarted ?? 0;
  }

  async start(): Promise<void> {
    if (this.server) {
      return;
    }
    const server = createServer((request, response) => {
      this.rest.handle(request, response).catch((error: unknown) => {
        this.rest.unhandledRequests.push({
          method: request.method ?? '',
          path: request.url ?? '',
          error: String(error),
        });
        response.destroy();
      });
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => resolve());
    });
    this.listeningPort = (server.address() as AddressInfo).port;
    this.gateway = new SandboxGateway(server, {
      token: this.options.token,
      heartbeatIntervalMs: this.options.heartbeatIntervalMs,
      readyPayload: (sessionId, shard) => this.readyPayload(sessionId, shard),
      guildPayloads: () =>
        [...this.store.guilds.values()].map((guild) => guildCreatePayload(guild)),
    });
  }

  /** Closes every socket and the server; safe to call more than once. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) {
      return;
    }
    this.server = undefined;
    this.interactions.closeAll();
    await this.gateway?.close();
    this.gateway = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  createGuild(input: CreateGuildInput): SandboxGuild {
    const guild = this.store.createGuild(input);
    this.gateway?.dispatch('GUILD_CREATE', guildCreatePayload(guild));

    return toSandboxGuild(guild);
  }

  createChannel(guildId: string, name: string): SandboxChannel {
    const channel = this.store.createChannel(guildId, name);
    this.gateway?.dispatch('CHANNEL_CREATE', channelPayload(channel));

    return { id: channel.id, name: channel.name };
  }

  createRole(guildId: string, name: string, permissions: bigint): SandboxRole {
    const role = this.store.createRole(guildId, name, permissions);
    this.gateway?.dispatch('GUILD_ROLE_CREATE', { guild_id: guildId, role: rolePayload(role) });

    return { id: role.id, name: role.name };
  }

  addMember(guildId: string, input: AddMemberInput): SandboxUser {
    const { member, createdRoles } = this.store.addMember(guildId, input);
    for (const role of createdRoles) {
      this.gateway?.dispatch('GUILD_ROLE_CREATE', { guild_id: guildId, role: rolePayload(role) });
    }
    this.gateway?.dispatch(
      'GUILD_MEMBER_ADD',
      { ...memberPayload(member), guild_id: guildId },
      GUILD_MEMBERS_INTENT,
    );

    return { ...member.user };
  }

  registeredCommands(guildId?: string): StoredCommand[] {
    return this.store.listCommands(guildId);
  }

  /** Sends a slash command as the given member would; throws if the command or an option is not registered. */
  invokeCommand(input: InvokeCommandInput): SandboxInteraction {
    const record = this.dispatchInteraction(InteractionType.ApplicationCommand, input);

    return {
      id: record.id,
      token: record.token,
      dispatchedAt: record.dispatchedAt,
      acknowledged: record.acknowledged.promise,
      waitForReply: (timeoutMs = DEFAULT_WAIT_MS) =>
        withTimeout(
          record.visibleReply.promise,
          timeoutMs,
          `No reply to interaction ${record.id} within ${timeoutMs} ms.`,
        ),
      followUps: () => record.followUps.map((followUp): SandboxReply => followUp.reply),
    };
  }

  /** Sends an autocomplete interaction and resolves with the choices the bot returns within the deadline. */
  invokeAutocomplete(input: InvokeAutocompleteInput): Promise<AutocompleteChoice[]> {
    const record = this.dispatchInteraction(
      InteractionType.ApplicationCommandAutocomplete,
      input,
      input.focused,
    );

    return record.choices.promise;
  }

  /** Messages posted to a channel through REST, oldest first; interaction replies are not included. */
  channelMessages(channelId: string): SandboxMessage[] {
    return [...this.store.channelMessages(channelId)];
  }

  /** Resolves once the channel holds at least `count` messages. */
  waitForMessages(
    channelId: string,
    count: number,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<SandboxMessage[]> {
    if (this.store.channelMessages(channelId).length >= count) {
      return Promise.resolve(this.channelMessages(channelId));
    }

    return new Promise((resolve, reject) => {
      const onMessage = (message: SandboxMessage) => {
        if (
          message.channelId === channelId &&
          this.store.channelMessages(channelId).length >= count
        ) {
          finish();
          resolve(this.channelMessages(channelId));
        }
      };
      const timer = setTimeout(() => {
        finish();
        const stored = this.store.channelMessages(channelId).length;
        reject(
          new Error(
            `Channel ${channelId} has ${stored} of ${count} expected messages after ${timeoutMs} ms.`,
          ),
        );
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.off('message', onMessage);
      };
      this.on('message', onMessage);
    });
  }

  /** Drops every forced failure that has not fired yet. */
  clearFailures(): void {
    this.rest.clearFailures();
  }

  /** Makes the next matching REST requests fail with the given status. */
  failNext(rule: FailureRule): void {
    this.rest.failNext(rule);
  }

  resetStats(): void {
    this.rest.resetStats();
  }

  isBotConnected(): boolean {
    return this.gateway?.isBotConnected() ?? false;
  }

  /** Closes the bot's gateway socket with `code`; with 4000 the client reconnects and resumes. */
  disconnectBot(code = 4000): void {
    this.gateway?.disconnectBot(code);
  }

  private dispatchInteraction(
    type: InteractionType,
    input: InvokeCommandInput,
    focused?: string,
  ): InteractionRecord {
    const gateway = this.gateway;
    if (!gateway?.hasBotSession()) {
      throw new Error(
        'No bot session is ready on the sandbox gateway; wait for clientReady first.',
      );
    }
    const guild = this.store.findGuildOrFail(input.guildId);
    const channel = guild.channels.get(input.channelId);
    if (!channel) {
      throw new Error(`Channel ${input.channelId} is not in guild ${guild.id}.`);
    }
    const member = guild.members.get(input.userId);
    if (!member) {
      throw new Error(
        `User ${input.userId} is not a member of guild ${guild.id}; call addMember first.`,
      );
    }
    const data = buildCommandData(this.store, guild, input, focused);

    const record = this.interactions.create(type, guild.id, channel.id, member.user.id);
    gateway.dispatchToBot('INTERACTION_CREATE', {
      id: record.id,
      application_id: this.applicationId,
      type,
      data,
      guild_id: guild.id,
      guild: { id: guild.id, locale: 'en-US', features: [] },
      channel: { ...channelPayload(channel), permissions: member.permissions.toString() },
      channel_id: channel.id,
      member: { ...memberPayload(member), permissions: member.permissions.toString() },
      token: record.token,
      version: 1,
      app_permissions: BOT_PERMISSIONS.toString(),
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': guild.id },
      context: 0,
      attachment_size_limit: 10 * 1024 * 1024,
    });

    return record;
  }

  private readyPayload(sessionId: string, shard: unknown): ApiObject {
    return {
      v: 10,
      user: {
        ...userPayload(this.store.botUser, true),
        verified: true,
        mfa_enabled: false,
        flags: 0,
      },
      application: { id: this.applicationId, flags: 0 },
      session_id: sessionId,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      guilds: [...this.store.guilds.keys()].map((id) => ({ id, unavailable: true })),
      shard: Array.isArray(shard) ? shard : [0, 1],
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ['discord-sandbox'],
    };
  }

  private replyPayload(record: InteractionRecord, reply: ReplyRecord): ApiObject {
    const invoker = this.store.users.get(record.userId);

    return messagePayload({
      id: reply.id,
      type: 20,
      channelId: record.channelId,
      guildId: record.guildId,
      author: userPayload(this.store.botUser, true),
      content: reply.reply.content,
      embeds: reply.reply.embeds,
      components: reply.reply.components,
      attachments: reply.attachments,
      flags: reply.reply.flags,
      mentions: reply.reply.mentions,
      mentionedUsers: this.messages.mentionedUserPayloads(reply.reply.mentions),
      createdAt: reply.createdAt,
      editedAt: reply.editedAt,
      webhookId: this.applicationId,
      applicationId: this.applicationId,
      interactionMetadata: {
        id: record.id,
        type: record.type,
        user: invoker ? userPayload(invoker) : undefined,
        authorizing_integration_owners: { '0': record.guildId },
      },
      attachmentBaseUrl: `http://${this.options.host}:${this.listeningPort}/attachments`,
    });
  }

  private announceMessage(message: StoredMessage): void {
    this.gateway?.dispatch(
      'MESSAGE_CREATE',
      this.messages.toPayload(message),
      GUILD_MESSAGES_INTENT,
    );
    this.emit('message', message);
  }
}

function toSandboxGuild(guild: GuildRecord): SandboxGuild {
  return {
    id: guild.id,
    name: guild.name,
    ownerId: guild.ownerId,
    channels: [...guild.channels.values()].map((channel) => ({
      id: channel.id,
      name: channel.name,
    })),
    everyoneRoleId: guild.everyoneRoleId,
  };
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), timeoutMs);
  });

  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
