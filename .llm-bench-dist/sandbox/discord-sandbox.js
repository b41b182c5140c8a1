"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DiscordSandbox = void 0;
const node_events_1 = require("node:events");
const node_http_1 = require("node:http");
const discord_js_1 = require("discord.js");
const sandbox_channel_messages_1 = require("./sandbox-channel-messages");
const sandbox_commands_1 = require("./sandbox-commands");
const sandbox_gateway_1 = require("./sandbox-gateway");
const sandbox_http_1 = require("./sandbox-http");
const sandbox_interactions_1 = require("./sandbox-interactions");
const sandbox_payloads_1 = require("./sandbox-payloads");
const sandbox_rest_1 = require("./sandbox-rest");
const sandbox_routes_1 = require("./sandbox-routes");
const sandbox_store_1 = require("./sandbox-store");
__exportStar(require("./sandbox-types"), exports);
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
class DiscordSandbox extends node_events_1.EventEmitter {
    applicationId;
    botUser;
    store;
    interactions;
    messages;
    rest;
    options;
    server;
    gateway;
    listeningPort = 0;
    constructor(options = {}) {
        super();
        this.options = {
            host: options.host ?? '127.0.0.1',
            port: options.port ?? 0,
            token: options.token,
            heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
            interactionDeadlineMs: options.interactionDeadlineMs ?? 3000,
        };
        const bootstrap = new sandbox_store_1.SandboxStore({ id: '0', username: 'sandbox', globalName: 'sandbox' });
        this.applicationId = bootstrap.snowflakes.next();
        const bot = {
            id: this.applicationId,
            username: 'Sandbox Bot',
            globalName: 'Sandbox Bot',
        };
        this.store = new sandbox_store_1.SandboxStore(bot);
        this.botUser = { id: bot.id, username: bot.username };
        this.interactions = new sandbox_interactions_1.InteractionRegistry(this.options.interactionDeadlineMs, () => this.store.snowflakes.next(), (record, reply) => this.replyPayload(record, reply));
        this.messages = new sandbox_channel_messages_1.ChannelMessages(this.store, () => `http://${this.options.host}:${this.listeningPort}/attachments`, (message) => this.announceMessage(message));
        const router = new sandbox_http_1.Router();
        (0, sandbox_routes_1.registerRoutes)(router, {
            store: this.store,
            interactions: this.interactions,
            channelMessages: this.messages,
            applicationId: this.applicationId,
            gatewayUrl: () => this.gatewayUrl,
            replyPayload: (record, reply) => this.replyPayload(record, reply),
        });
        this.rest = new sandbox_rest_1.SandboxRest(router, this.options.token);
    }
    get port() {
        return this.listeningPort;
    }
    /** Base URL for discord.js's `rest.api` option; the client appends `/v10`. */
    get apiBaseUrl() {
        return `http://${this.options.host}:${this.listeningPort}/api`;
    }
    get gatewayUrl() {
        return `ws://${this.options.host}:${this.listeningPort}`;
    }
    /** Requests that matched no route, or whose handler crashed; a passing test expects none. */
    get unhandledRequests() {
        return this.rest.unhandledRequests;
    }
    /** One entry per REST request, at most 100,000, for traffic accounting in benchmarks. */
    get requestLog() {
        return this.rest.requestLog;
    }
    /** Number of gateway sessions started by IDENTIFY; a successful RESUME does not add one. */
    get gatewaySessions() {
        return this.gateway?.sessionsStarted ?? 0;
    }
    async start() {
        if (this.server) {
            return;
        }
        const server = (0, node_http_1.createServer)((request, response) => {
            this.rest.handle(request, response).catch((error) => {
                this.rest.unhandledRequests.push({
                    method: request.method ?? '',
                    path: request.url ?? '',
                    error: String(error),
                });
                response.destroy();
            });
        });
        this.server = server;
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(this.options.port, this.options.host, () => resolve());
        });
        this.listeningPort = server.address().port;
        this.gateway = new sandbox_gateway_1.SandboxGateway(server, {
            token: this.options.token,
            heartbeatIntervalMs: this.options.heartbeatIntervalMs,
            readyPayload: (sessionId, shard) => this.readyPayload(sessionId, shard),
            guildPayloads: () => [...this.store.guilds.values()].map((guild) => (0, sandbox_payloads_1.guildCreatePayload)(guild)),
        });
    }
    /** Closes every socket and the server; safe to call more than once. */
    async stop() {
        const server = this.server;
        if (!server) {
            return;
        }
        this.server = undefined;
        this.interactions.closeAll();
        await this.gateway?.close();
        this.gateway = undefined;
        server.closeAllConnections();
        await new Promise((resolve) => server.close(() => resolve()));
    }
    createGuild(input) {
        const guild = this.store.createGuild(input);
        this.gateway?.dispatch('GUILD_CREATE', (0, sandbox_payloads_1.guildCreatePayload)(guild));
        return toSandboxGuild(guild);
    }
    createChannel(guildId, name) {
        const channel = this.store.createChannel(guildId, name);
        this.gateway?.dispatch('CHANNEL_CREATE', (0, sandbox_payloads_1.channelPayload)(channel));
        return { id: channel.id, name: channel.name };
    }
    createRole(guildId, name, permissions) {
        const role = this.store.createRole(guildId, name, permissions);
        this.gateway?.dispatch('GUILD_ROLE_CREATE', { guild_id: guildId, role: (0, sandbox_payloads_1.rolePayload)(role) });
        return { id: role.id, name: role.name };
    }
    addMember(guildId, input) {
        const { member, createdRoles } = this.store.addMember(guildId, input);
        for (const role of createdRoles) {
            this.gateway?.dispatch('GUILD_ROLE_CREATE', { guild_id: guildId, role: (0, sandbox_payloads_1.rolePayload)(role) });
        }
        this.gateway?.dispatch('GUILD_MEMBER_ADD', { ...(0, sandbox_payloads_1.memberPayload)(member), guild_id: guildId }, GUILD_MEMBERS_INTENT);
        return { ...member.user };
    }
    registeredCommands(guildId) {
        return this.store.listCommands(guildId);
    }
    /** Sends a slash command as the given member would; throws if the command or an option is not registered. */
    invokeCommand(input) {
        const record = this.dispatchInteraction(discord_js_1.InteractionType.ApplicationCommand, input);
        return {
            id: record.id,
            token: record.token,
            dispatchedAt: record.dispatchedAt,
            acknowledged: record.acknowledged.promise,
            waitForReply: (timeoutMs = DEFAULT_WAIT_MS) => withTimeout(record.visibleReply.promise, timeoutMs, `No reply to interaction ${record.id} within ${timeoutMs} ms.`),
            followUps: () => record.followUps.map((followUp) => followUp.reply),
        };
    }
    /** Sends an autocomplete interaction and resolves with the choices the bot returns within the deadline. */
    invokeAutocomplete(input) {
        const record = this.dispatchInteraction(discord_js_1.InteractionType.ApplicationCommandAutocomplete, input, input.focused);
        return record.choices.promise;
    }
    /** Messages posted to a channel through REST, oldest first; interaction replies are not included. */
    channelMessages(channelId) {
        return [...this.store.channelMessages(channelId)];
    }
    /** Resolves once the channel holds at least `count` messages. */
    waitForMessages(channelId, count, timeoutMs = DEFAULT_WAIT_MS) {
        if (this.store.channelMessages(channelId).length >= count) {
            return Promise.resolve(this.channelMessages(channelId));
        }
        return new Promise((resolve, reject) => {
            const onMessage = (message) => {
                if (message.channelId === channelId &&
                    this.store.channelMessages(channelId).length >= count) {
                    finish();
                    resolve(this.channelMessages(channelId));
                }
            };
            const timer = setTimeout(() => {
                finish();
                const stored = this.store.channelMessages(channelId).length;
                reject(new Error(`Channel ${channelId} has ${stored} of ${count} expected messages after ${timeoutMs} ms.`));
            }, timeoutMs);
            const finish = () => {
                clearTimeout(timer);
                this.off('message', onMessage);
            };
            this.on('message', onMessage);
        });
    }
    /** Makes the next matching REST requests fail with the given status. */
    failNext(rule) {
        this.rest.failNext(rule);
    }
    resetStats() {
        this.rest.resetStats();
    }
    isBotConnected() {
        return this.gateway?.isBotConnected() ?? false;
    }
    /** Closes the bot's gateway socket with `code`; with 4000 the client reconnects and resumes. */
    disconnectBot(code = 4000) {
        this.gateway?.disconnectBot(code);
    }
    dispatchInteraction(type, input, focused) {
        const gateway = this.gateway;
        if (!gateway?.hasBotSession()) {
            throw new Error('No bot session is ready on the sandbox gateway; wait for clientReady first.');
        }
        const guild = this.store.findGuildOrFail(input.guildId);
        const channel = guild.channels.get(input.channelId);
        if (!channel) {
            throw new Error(`Channel ${input.channelId} is not in guild ${guild.id}.`);
        }
        const member = guild.members.get(input.userId);
        if (!member) {
            throw new Error(`User ${input.userId} is not a member of guild ${guild.id}; call addMember first.`);
        }
        const data = (0, sandbox_commands_1.buildCommandData)(this.store, guild, input, focused);
        const record = this.interactions.create(type, guild.id, channel.id, member.user.id);
        gateway.dispatchToBot('INTERACTION_CREATE', {
            id: record.id,
            application_id: this.applicationId,
            type,
            data,
            guild_id: guild.id,
            guild: { id: guild.id, locale: 'en-US', features: [] },
            channel: { ...(0, sandbox_payloads_1.channelPayload)(channel), permissions: member.permissions.toString() },
            channel_id: channel.id,
            member: { ...(0, sandbox_payloads_1.memberPayload)(member), permissions: member.permissions.toString() },
            token: record.token,
            version: 1,
            app_permissions: sandbox_store_1.BOT_PERMISSIONS.toString(),
            locale: 'en-US',
            guild_locale: 'en-US',
            entitlements: [],
            authorizing_integration_owners: { '0': guild.id },
            context: 0,
            attachment_size_limit: 10 * 1024 * 1024,
        });
        return record;
    }
    readyPayload(sessionId, shard) {
        return {
            v: 10,
            user: {
                ...(0, sandbox_payloads_1.userPayload)(this.store.botUser, true),
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
    replyPayload(record, reply) {
        const invoker = this.store.users.get(record.userId);
        return (0, sandbox_payloads_1.messagePayload)({
            id: reply.id,
            type: 20,
            channelId: record.channelId,
            guildId: record.guildId,
            author: (0, sandbox_payloads_1.userPayload)(this.store.botUser, true),
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
                user: invoker ? (0, sandbox_payloads_1.userPayload)(invoker) : undefined,
                authorizing_integration_owners: { '0': record.guildId },
            },
            attachmentBaseUrl: `http://${this.options.host}:${this.listeningPort}/attachments`,
        });
    }
    announceMessage(message) {
        this.gateway?.dispatch('MESSAGE_CREATE', this.messages.toPayload(message), GUILD_MESSAGES_INTENT);
        this.emit('message', message);
    }
}
exports.DiscordSandbox = DiscordSandbox;
function toSandboxGuild(guild) {
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
function withTimeout(promise, timeoutMs, message) {
    let timer;
    const timeout = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(message)), timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
//# sourceMappingURL=discord-sandbox.js.map