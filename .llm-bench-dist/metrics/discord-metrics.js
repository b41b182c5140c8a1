"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DiscordMetrics = void 0;
exports.routeGroupOf = routeGroupOf;
const common_1 = require("@nestjs/common");
const discord_js_1 = require("discord.js");
const discord_gateway_health_1 = require("../health/discord-gateway.health");
const metrics_service_1 = require("./metrics.service");
/** Milliseconds after which an interaction still waiting for its first callback is forgotten. */
const PENDING_ACK_TTL_MS = 60_000;
const KNOWN_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** Patterns of REST paths (without the `/v10` prefix) and the group each one counts under. */
const ROUTE_GROUPS = [
    [/^\/interactions\/\d+\/[^/]+\/callback/, 'interactions/callback'],
    [/^\/webhooks\//, 'webhooks'],
    [/^\/channels\/\d+\/messages/, 'channels/messages'],
    [/^\/applications\/\d+\/(guilds\/\d+\/)?commands/, 'applications/commands'],
    [/^\/gateway/, 'gateway'],
];
const INTERACTION_CALLBACK_PATH = /^\/interactions\/(\d+)\//;
/** Maps a REST path to its bounded route group. */
function routeGroupOf(path) {
    for (const [pattern, group] of ROUTE_GROUPS) {
        if (pattern.test(path)) {
            return group;
        }
    }
    return 'other';
}
/**
 * Feeds the Discord metrics from the discord.js client: REST responses and rate limits from
 * `client.rest` events, the REST queue from its request entry point, and the gateway's state on
 * each scrape. Acknowledgement time runs from the raw INTERACTION_CREATE packet, the earliest the
 * bot sees a command, to the response of its first interaction callback, which covers replies,
 * defers and the error filter's reply alike.
 */
let DiscordMetrics = class DiscordMetrics {
    client;
    metrics;
    pendingAcks = new Map();
    restoreQueueRequest;
    constructor(client, metrics) {
        this.client = client;
        this.metrics = metrics;
    }
    onModuleInit() {
        this.client.prependListener(discord_js_1.Events.Raw, this.onRawPacket);
        this.client.rest.on(discord_js_1.RESTEvents.Response, this.onResponse);
        this.client.rest.on(discord_js_1.RESTEvents.RateLimited, this.onRateLimited);
        this.countQueuedRequests();
        this.metrics.addScrapeHook(() => this.sampleGateway());
    }
    onApplicationShutdown() {
        this.client.off(discord_js_1.Events.Raw, this.onRawPacket);
        this.client.rest.off(discord_js_1.RESTEvents.Response, this.onResponse);
        this.client.rest.off(discord_js_1.RESTEvents.RateLimited, this.onRateLimited);
        this.restoreQueueRequest?.();
    }
    onRawPacket = (packet) => {
        const data = packet.d;
        if (packet.t !== 'INTERACTION_CREATE' ||
            data?.type !== discord_js_1.InteractionType.ApplicationCommand ||
            !data.id) {
            return;
        }
        const receivedAt = process.hrtime.bigint();
        this.forgetStaleAcks(receivedAt);
        this.pendingAcks.set(data.id, { command: data.data?.name ?? 'unknown', receivedAt });
    };
    onResponse = (request, response) => {
        const route = routeGroupOf(request.path);
        const method = request.method.toUpperCase();
        this.metrics.discordRestRequests.inc({
            route,
            method: KNOWN_METHODS.has(method) ? method : 'OTHER',
            status: String(response.status),
        });
        if (route === 'interactions/callback') {
            this.recordAcknowledgement(request.path);
        }
    };
    onRateLimited = (info) => {
        this.metrics.discordRateLimits.inc({ scope: info.global ? 'global' : info.scope });
    };
    recordAcknowledgement(path) {
        const interactionId = INTERACTION_CALLBACK_PATH.exec(path)?.[1];
        const pending = interactionId ? this.pendingAcks.get(interactionId) : undefined;
        if (!interactionId || !pending) {
            return;
        }
        this.pendingAcks.delete(interactionId);
        const seconds = Number(process.hrtime.bigint() - pending.receivedAt) / 1e9;
        this.metrics.interactionAck.observe({ command: pending.command }, seconds);
    }
    /** Drops interactions that never got a callback; the map is in arrival order. */
    forgetStaleAcks(now) {
        const oldest = now - BigInt(PENDING_ACK_TTL_MS) * 1000000n;
        for (const [id, pending] of this.pendingAcks) {
            if (pending.receivedAt >= oldest) {
                return;
            }
            this.pendingAcks.delete(id);
        }
    }
    /**
     * Counts requests between entering the REST client and their settling, which includes the time
     * they wait in a rate-limit bucket. The REST client keeps its bucket queues private, so this
     * wraps its public `queueRequest` entry point instead.
     */
    countQueuedRequests() {
        const rest = this.client.rest;
        const original = rest.queueRequest.bind(rest);
        const depth = this.metrics.discordRestQueueDepth;
        rest.queueRequest = async (request) => {
            depth.inc();
            try {
                return await original(request);
            }
            finally {
                depth.dec();
            }
        };
        this.restoreQueueRequest = () => {
            // Removes the own property, so the prototype's method serves again.
            delete rest.queueRequest;
        };
    }
    sampleGateway() {
        this.metrics.gatewayStatus.set((0, discord_gateway_health_1.isGatewayReady)(this.client) ? 1 : 0);
        const pingMs = this.client.ws.ping;
        this.metrics.gatewayPing.set(pingMs >= 0 ? pingMs / 1000 : Number.NaN);
    }
};
exports.DiscordMetrics = DiscordMetrics;
exports.DiscordMetrics = DiscordMetrics = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [discord_js_1.Client,
        metrics_service_1.MetricsService])
], DiscordMetrics);
//# sourceMappingURL=discord-metrics.js.map