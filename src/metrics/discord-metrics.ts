import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import {
  Client,
  Events,
  InteractionType,
  RESTEvents,
  type APIRequest,
  type RateLimitData,
  type ResponseLike,
} from 'discord.js';
import { isGatewayReady } from '../health/discord-gateway.health';
import { MetricsService, type DiscordRouteGroup } from './metrics.service';

/** Milliseconds after which an interaction still waiting for its first callback is forgotten. */
const PENDING_ACK_TTL_MS = 60_000;

const KNOWN_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** Patterns of REST paths (without the `/v10` prefix) and the group each one counts under. */
const ROUTE_GROUPS: [RegExp, DiscordRouteGroup][] = [
  [/^\/interactions\/\d+\/[^/]+\/callback/, 'interactions/callback'],
  [/^\/webhooks\//, 'webhooks'],
  [/^\/channels\/\d+\/messages/, 'channels/messages'],
  [/^\/applications\/\d+\/(guilds\/\d+\/)?commands/, 'applications/commands'],
  [/^\/gateway/, 'gateway'],
];

const INTERACTION_CALLBACK_PATH = /^\/interactions\/(\d+)\//;

/** Maps a REST path to its bounded route group. */
export function routeGroupOf(path: string): DiscordRouteGroup {
  for (const [pattern, group] of ROUTE_GROUPS) {
    if (pattern.test(path)) {
      return group;
    }
  }

  return 'other';
}

interface PendingAck {
  command: string;
  receivedAt: bigint;
}

interface InteractionPacket {
  t?: string;
  d?: { id?: string; type?: number; data?: { name?: string } };
}

/**
 * Feeds the Discord metrics from the discord.js client: REST responses and rate limits from
 * `client.rest` events, the REST queue from its request entry point, and the gateway's state on
 * each scrape. Acknowledgement time runs from the raw INTERACTION_CREATE packet, the earliest the
 * bot sees a command, to the response of its first interaction callback, which covers replies,
 * defers and the error filter's reply alike.
 */
@Injectable()
export class DiscordMetrics implements OnModuleInit, OnApplicationShutdown {
  private readonly pendingAcks = new Map<string, PendingAck>();
  private restoreQueueRequest?: () => void;

  constructor(
    private readonly client: Client,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit(): void {
    this.client.prependListener(Events.Raw, this.onRawPacket);
    this.client.rest.on(RESTEvents.Response, this.onResponse);
    this.client.rest.on(RESTEvents.RateLimited, this.onRateLimited);
    this.countQueuedRequests();
    this.metrics.addScrapeHook(() => this.sampleGateway());
  }

  onApplicationShutdown(): void {
    this.client.off(Events.Raw, this.onRawPacket);
    this.client.rest.off(RESTEvents.Response, this.onResponse);
    this.client.rest.off(RESTEvents.RateLimited, this.onRateLimited);
    this.restoreQueueRequest?.();
  }

  private readonly onRawPacket = (packet: InteractionPacket): void => {
    const data = packet.d;
    if (
      packet.t !== 'INTERACTION_CREATE' ||
      data?.type !== InteractionType.ApplicationCommand ||
      !data.id
    ) {
      return;
    }
    const receivedAt = process.hrtime.bigint();
    this.forgetStaleAcks(receivedAt);
    this.pendingAcks.set(data.id, { command: data.data?.name ?? 'unknown', receivedAt });
  };

  private readonly onResponse = (request: APIRequest, response: ResponseLike): void => {
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

  private readonly onRateLimited = (info: RateLimitData): void => {
    this.metrics.discordRateLimits.inc({ scope: info.global ? 'global' : info.scope });
  };

  private recordAcknowledgement(path: string): void {
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
  private forgetStaleAcks(now: bigint): void {
    const oldest = now - BigInt(PENDING_ACK_TTL_MS) * 1_000_000n;
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
  private countQueuedRequests(): void {
    const rest = this.client.rest;
    const original = rest.queueRequest.bind(rest);
    const depth = this.metrics.discordRestQueueDepth;
    rest.queueRequest = async (request) => {
      depth.inc();
      try {
        return await original(request);
      } finally {
        depth.dec();
      }
    };
    this.restoreQueueRequest = () => {
      // Removes the own property, so the prototype's method serves again.
      delete (rest as Partial<typeof rest>).queueRequest;
    };
  }

  private sampleGateway(): void {
    this.metrics.gatewayStatus.set(isGatewayReady(this.client) ? 1 : 0);
    const pingMs = this.client.ws.ping;
    this.metrics.gatewayPing.set(pingMs >= 0 ? pingMs / 1000 : Number.NaN);
  }
}
