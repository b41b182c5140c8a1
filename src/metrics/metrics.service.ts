import { Injectable, Logger } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Outcomes of a command: replied, rejected by a rule or bad option, or failed unexpectedly. */
export const COMMAND_OUTCOMES = ['ok', 'rejected', 'error'] as const;
export type CommandOutcome = (typeof COMMAND_OUTCOMES)[number];

export const EDITION_KINDS = ['scheduled', 'extra'] as const;
/** `folded` counts missed slots whose news went into a later edition. */
export const EDITION_STATUSES = ['published', 'folded'] as const;
export const GAZETTE_POST_RESULTS = ['sent', 'failed'] as const;

/** Groups of Discord REST routes; ids and tokens never become labels. */
export const DISCORD_ROUTE_GROUPS = [
  'interactions/callback',
  'webhooks',
  'channels/messages',
  'applications/commands',
  'gateway',
  'other',
] as const;
export type DiscordRouteGroup = (typeof DISCORD_ROUTE_GROUPS)[number];
export const RATE_LIMIT_SCOPES = ['global', 'shared', 'user'] as const;

export const QUERY_OPERATIONS = [
  'select',
  'insert',
  'update',
  'delete',
  'transaction',
  'other',
] as const;
export type QueryOperation = (typeof QUERY_OPERATIONS)[number];

export const LLM_TOKEN_KINDS = ['prompt', 'completion'] as const;
export const LLM_OUTCOMES = ['ok', 'error', 'timeout'] as const;
/** Reason a narration used its template instead of the language model. */
export const LLM_FALLBACK_REASONS = [
  'error',
  'timeout',
  'invalid_response',
  'budget',
  'guard',
  'circuit_open',
] as const;
/** Kinds of order that wait for a digest. */
export const PENDING_ORDER_KINDS = ['expedition', 'conference', 'poaching_offer'] as const;

/**
 * Seconds, bracketing Discord's 3-second acknowledgement deadline: fine steps below 100 ms where
 * a healthy bot lives, coarse ones up to and past the deadline.
 */
const COMMAND_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];

/** Seconds to the first callback: around the 100 ms target and the 3-second deadline. */
const ACK_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2, 3, 5];

/** Seconds for a whole digest, from start to every post queued. */
const DIGEST_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10];

/** Seconds for one SQL statement, from 100 µs to 1 s. */
const QUERY_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 1];

/** Seconds for one language-model request, from a tenth of a second to a minute. */
const LLM_BUCKETS = [0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60];

/** Sets a gauge's value just before a scrape; may query the database. */
export type ScrapeHook = () => Promise<void> | void;

/**
 * The process's Prometheus registry. Default Node.js metrics stay unprefixed so stock dashboards
 * work; ours start with `greatwork_`. Labels never carry user, guild or channel ids. Every known
 * label set starts at zero, so dashboards and alerts have series before the first event.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly logger = new Logger(MetricsService.name);
  private readonly scrapeHooks: ScrapeHook[] = [];

  // Players' experience.
  readonly commandDuration = new Histogram({
    name: 'greatwork_command_duration_seconds',
    help: 'Time from receiving a slash command to its reply, by command and outcome.',
    labelNames: ['command', 'outcome'] as const,
    buckets: COMMAND_BUCKETS,
    registers: [this.registry],
  });

  readonly interactionAck = new Histogram({
    name: 'greatwork_interaction_ack_seconds',
    help: 'Time from a slash command reaching the bot to its first callback (reply or defer) completing.',
    labelNames: ['command'] as const,
    buckets: ACK_BUCKETS,
    registers: [this.registry],
  });

  // Gazette.
  readonly editionDuration = new Histogram({
    name: 'greatwork_digest_duration_seconds',
    help: 'Time to publish one Gazette edition, from start to its posts queued.',
    buckets: DIGEST_BUCKETS,
    registers: [this.registry],
  });

  readonly editions = new Counter({
    name: 'greatwork_editions_total',
    help: 'Gazette editions recorded, by kind (scheduled or extra) and status (published or folded).',
    labelNames: ['kind', 'status'] as const,
    registers: [this.registry],
  });

  readonly gazettePosts = new Counter({
    name: 'greatwork_gazette_posts_total',
    help: 'Gazette messages sent to Discord, by result.',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly gazetteQueueDepth = new Gauge({
    name: 'greatwork_gazette_queue_depth',
    help: 'Gazette messages waiting to be sent, including those waiting for a retry.',
    registers: [this.registry],
  });

  readonly lastEditionTimestamp = new Gauge({
    name: 'greatwork_last_edition_timestamp_seconds',
    help: 'Unix time at which the latest edition of any campaign was published; 0 before the first.',
    registers: [this.registry],
  });

  readonly pendingOrders = new Gauge({
    name: 'greatwork_pending_orders',
    help: 'Orders waiting for a digest to resolve them: queued expeditions and conferences, open poaching offers.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  // Discord API.
  readonly discordRestRequests = new Counter({
    name: 'greatwork_discord_rest_requests_total',
    help: 'Responses from the Discord REST API, by route group, HTTP method and status code.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });

  readonly discordRateLimits = new Counter({
    name: 'greatwork_discord_rate_limits_total',
    help: 'Discord REST rate limits hit, by scope (global, shared or user).',
    labelNames: ['scope'] as const,
    registers: [this.registry],
  });

  readonly discordRestQueueDepth = new Gauge({
    name: 'greatwork_discord_rest_queue_depth',
    help: 'Discord REST requests queued or in flight.',
    registers: [this.registry],
  });

  readonly gatewayStatus = new Gauge({
    name: 'greatwork_gateway_status',
    help: '1 while the Discord gateway session is ready, else 0.',
    registers: [this.registry],
  });

  readonly gatewayPing = new Gauge({
    name: 'greatwork_gateway_ping_seconds',
    help: 'Round trip of the last gateway heartbeat; NaN before the first acknowledgement.',
    registers: [this.registry],
  });

  // Database.
  readonly queryDuration = new Histogram({
    name: 'greatwork_db_query_duration_seconds',
    help: 'Time of one SQL statement in the sqlite3 driver, by operation.',
    labelNames: ['operation'] as const,
    buckets: QUERY_BUCKETS,
    registers: [this.registry],
  });

  readonly databaseFileBytes = new Gauge({
    name: 'greatwork_db_file_bytes',
    help: 'Size of the SQLite database file plus its write-ahead log.',
    registers: [this.registry],
  });

  // Language model.
  readonly llmTokens = new Counter({
    name: 'greatwork_llm_tokens_total',
    help: 'Language-model tokens billed, by kind (prompt or completion), from the API usage fields.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly llmRequests = new Counter({
    name: 'greatwork_llm_requests_total',
    help: 'Language-model requests, by outcome.',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly llmRequestDuration = new Histogram({
    name: 'greatwork_llm_request_duration_seconds',
    help: 'Time of one language-model request, from sending to the full answer.',
    buckets: LLM_BUCKETS,
    registers: [this.registry],
  });

  readonly llmFallbacks = new Counter({
    name: 'greatwork_llm_fallbacks_total',
    help: 'Narrations that used the template text instead of the language model, by reason.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  readonly llmEstimatedCost = new Counter({
    name: 'greatwork_llm_estimated_cost_total',
    help: 'Estimated language-model spend, from the token usage and the configured prices per 1,000 tokens.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    this.initialiseLabelSets();
  }

  /** Sets the command series to zero so dashboards show them before the first command. */
  initialiseCommands(commands: readonly string[]): void {
    for (const command of commands) {
      this.interactionAck.zero({ command });
      for (const outcome of COMMAND_OUTCOMES) {
        this.commandDuration.zero({ command, outcome });
      }
    }
  }

  /** Runs `hook` before every scrape, to refresh gauges that are read on demand. */
  addScrapeHook(hook: ScrapeHook): void {
    this.scrapeHooks.push(hook);
  }

  /**
   * Refreshes the on-demand gauges and returns the text exposition. A failing hook is logged and
   * leaves its gauges at their last value, so one broken source never hides the other metrics.
   */
  async scrape(): Promise<string> {
    const results = await Promise.allSettled(this.scrapeHooks.map(async (hook) => hook()));
    for (const result of results) {
      if (result.status === 'rejected') {
        this.logger.warn({
          message: 'metrics scrape hook failed',
          error: result.reason instanceof Error ? result.reason.message : String(result.reason),
        });
      }
    }

    return this.registry.metrics();
  }

  private initialiseLabelSets(): void {
    for (const kind of EDITION_KINDS) {
      for (const status of EDITION_STATUSES) {
        this.editions.inc({ kind, status }, 0);
      }
    }
    for (const result of GAZETTE_POST_RESULTS) {
      this.gazettePosts.inc({ result }, 0);
    }
    // The usual request of each route group; other combinations appear when they happen.
    const usualRequests: [DiscordRouteGroup, string][] = [
      ['interactions/callback', 'POST'],
      ['webhooks', 'PATCH'],
      ['webhooks', 'POST'],
      ['channels/messages', 'POST'],
      ['applications/commands', 'PUT'],
      ['gateway', 'GET'],
    ];
    for (const [route, method] of usualRequests) {
      this.discordRestRequests.inc({ route, method, status: '200' }, 0);
    }
    for (const scope of RATE_LIMIT_SCOPES) {
      this.discordRateLimits.inc({ scope }, 0);
    }
    this.gatewayPing.set(Number.NaN);
    for (const operation of QUERY_OPERATIONS) {
      this.queryDuration.zero({ operation });
    }
    for (const kind of LLM_TOKEN_KINDS) {
      this.llmTokens.inc({ kind }, 0);
    }
    for (const outcome of LLM_OUTCOMES) {
      this.llmRequests.inc({ outcome }, 0);
    }
    for (const reason of LLM_FALLBACK_REASONS) {
      this.llmFallbacks.inc({ reason }, 0);
    }
    for (const kind of PENDING_ORDER_KINDS) {
      this.pendingOrders.set({ kind }, 0);
    }
  }
}
