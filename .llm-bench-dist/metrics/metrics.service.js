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
var MetricsService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.MetricsService = exports.LLM_FALLBACK_REASONS = exports.LLM_OUTCOMES = exports.LLM_TOKEN_KINDS = exports.QUERY_OPERATIONS = exports.RATE_LIMIT_SCOPES = exports.DISCORD_ROUTE_GROUPS = exports.GAZETTE_POST_RESULTS = exports.EDITION_STATUSES = exports.EDITION_KINDS = exports.COMMAND_OUTCOMES = void 0;
const common_1 = require("@nestjs/common");
const prom_client_1 = require("prom-client");
/** Outcomes of a command: answered, refused by a rule or bad option, or failed unexpectedly. */
exports.COMMAND_OUTCOMES = ['ok', 'rejected', 'error'];
exports.EDITION_KINDS = ['scheduled', 'extra'];
/** `folded` counts missed slots whose news went into a later edition. */
exports.EDITION_STATUSES = ['published', 'folded'];
exports.GAZETTE_POST_RESULTS = ['sent', 'failed'];
/** Groups of Discord REST routes; ids and tokens never become labels. */
exports.DISCORD_ROUTE_GROUPS = [
    'interactions/callback',
    'webhooks',
    'channels/messages',
    'applications/commands',
    'gateway',
    'other',
];
exports.RATE_LIMIT_SCOPES = ['global', 'shared', 'user'];
exports.QUERY_OPERATIONS = [
    'select',
    'insert',
    'update',
    'delete',
    'transaction',
    'other',
];
exports.LLM_TOKEN_KINDS = ['prompt', 'completion'];
exports.LLM_OUTCOMES = ['ok', 'error', 'timeout'];
/** Why a narration used its template instead of the language model. */
exports.LLM_FALLBACK_REASONS = [
    'error',
    'timeout',
    'invalid_response',
    'budget',
    'guard',
    'circuit_open',
];
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
/**
 * The process's Prometheus registry. Default Node.js metrics stay unprefixed so stock dashboards
 * work; ours start with `greatwork_`. Labels never carry user, guild or channel ids. Every known
 * label set starts at zero, so dashboards and alerts have series before the first event.
 */
let MetricsService = MetricsService_1 = class MetricsService {
    registry = new prom_client_1.Registry();
    logger = new common_1.Logger(MetricsService_1.name);
    scrapeHooks = [];
    // Players' experience.
    commandDuration = new prom_client_1.Histogram({
        name: 'greatwork_command_duration_seconds',
        help: 'Time from receiving a slash command to its reply, by command and outcome.',
        labelNames: ['command', 'outcome'],
        buckets: COMMAND_BUCKETS,
        registers: [this.registry],
    });
    interactionAck = new prom_client_1.Histogram({
        name: 'greatwork_interaction_ack_seconds',
        help: 'Time from a slash command reaching the bot to its first callback (reply or defer) completing.',
        labelNames: ['command'],
        buckets: ACK_BUCKETS,
        registers: [this.registry],
    });
    // Gazette.
    editionDuration = new prom_client_1.Histogram({
        name: 'greatwork_digest_duration_seconds',
        help: 'Time to publish one Gazette edition, from start to its posts queued.',
        buckets: DIGEST_BUCKETS,
        registers: [this.registry],
    });
    editions = new prom_client_1.Counter({
        name: 'greatwork_editions_total',
        help: 'Gazette editions recorded, by kind (scheduled or extra) and status (published or folded).',
        labelNames: ['kind', 'status'],
        registers: [this.registry],
    });
    gazettePosts = new prom_client_1.Counter({
        name: 'greatwork_gazette_posts_total',
        help: 'Gazette messages sent to Discord, by result.',
        labelNames: ['result'],
        registers: [this.registry],
    });
    gazetteQueueDepth = new prom_client_1.Gauge({
        name: 'greatwork_gazette_queue_depth',
        help: 'Gazette messages waiting to be sent, including those waiting for a retry.',
        registers: [this.registry],
    });
    lastEditionTimestamp = new prom_client_1.Gauge({
        name: 'greatwork_last_edition_timestamp_seconds',
        help: 'Unix time at which the latest edition of any campaign was published; 0 before the first.',
        registers: [this.registry],
    });
    pendingOrders = new prom_client_1.Gauge({
        name: 'greatwork_pending_orders',
        help: 'Orders waiting for a digest to resolve them; currently the open theories.',
        registers: [this.registry],
    });
    // Discord API.
    discordRestRequests = new prom_client_1.Counter({
        name: 'greatwork_discord_rest_requests_total',
        help: 'Responses from the Discord REST API, by route group, HTTP method and status code.',
        labelNames: ['route', 'method', 'status'],
        registers: [this.registry],
    });
    discordRateLimits = new prom_client_1.Counter({
        name: 'greatwork_discord_rate_limits_total',
        help: 'Discord REST rate limits hit, by scope (global, shared or user).',
        labelNames: ['scope'],
        registers: [this.registry],
    });
    discordRestQueueDepth = new prom_client_1.Gauge({
        name: 'greatwork_discord_rest_queue_depth',
        help: 'Discord REST requests queued or in flight.',
        registers: [this.registry],
    });
    gatewayStatus = new prom_client_1.Gauge({
        name: 'greatwork_gateway_status',
        help: '1 while the Discord gateway session is ready, else 0.',
        registers: [this.registry],
    });
    gatewayPing = new prom_client_1.Gauge({
        name: 'greatwork_gateway_ping_seconds',
        help: 'Round trip of the last gateway heartbeat; NaN before the first acknowledgement.',
        registers: [this.registry],
    });
    // Database.
    queryDuration = new prom_client_1.Histogram({
        name: 'greatwork_db_query_duration_seconds',
        help: 'Time of one SQL statement in the sqlite3 driver, by operation.',
        labelNames: ['operation'],
        buckets: QUERY_BUCKETS,
        registers: [this.registry],
    });
    databaseFileBytes = new prom_client_1.Gauge({
        name: 'greatwork_db_file_bytes',
        help: 'Size of the SQLite database file plus its write-ahead log.',
        registers: [this.registry],
    });
    // Language model.
    llmTokens = new prom_client_1.Counter({
        name: 'greatwork_llm_tokens_total',
        help: 'Language-model tokens billed, by kind (prompt or completion), from the API usage fields.',
        labelNames: ['kind'],
        registers: [this.registry],
    });
    llmRequests = new prom_client_1.Counter({
        name: 'greatwork_llm_requests_total',
        help: 'Language-model requests, by outcome.',
        labelNames: ['outcome'],
        registers: [this.registry],
    });
    llmRequestDuration = new prom_client_1.Histogram({
        name: 'greatwork_llm_request_duration_seconds',
        help: 'Time of one language-model request, from sending to the full answer.',
        buckets: LLM_BUCKETS,
        registers: [this.registry],
    });
    llmFallbacks = new prom_client_1.Counter({
        name: 'greatwork_llm_fallbacks_total',
        help: 'Narrations that used the template text instead of the language model, by reason.',
        labelNames: ['reason'],
        registers: [this.registry],
    });
    llmEstimatedCost = new prom_client_1.Counter({
        name: 'greatwork_llm_estimated_cost_total',
        help: 'Estimated language-model spend, from the token usage and the configured prices per 1,000 tokens.',
        registers: [this.registry],
    });
    constructor() {
        (0, prom_client_1.collectDefaultMetrics)({ register: this.registry });
        this.initialiseLabelSets();
    }
    /** Sets the command series to zero so dashboards show them before the first command. */
    initialiseCommands(commands) {
        for (const command of commands) {
            this.interactionAck.zero({ command });
            for (const outcome of exports.COMMAND_OUTCOMES) {
                this.commandDuration.zero({ command, outcome });
            }
        }
    }
    /** Runs `hook` before every scrape, to refresh gauges that are read on demand. */
    addScrapeHook(hook) {
        this.scrapeHooks.push(hook);
    }
    /**
     * Refreshes the on-demand gauges and returns the text exposition. A failing hook is logged and
     * leaves its gauges at their last value, so one broken source never hides the other metrics.
     */
    async scrape() {
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
    initialiseLabelSets() {
        for (const kind of exports.EDITION_KINDS) {
            for (const status of exports.EDITION_STATUSES) {
                this.editions.inc({ kind, status }, 0);
            }
        }
        for (const result of exports.GAZETTE_POST_RESULTS) {
            this.gazettePosts.inc({ result }, 0);
        }
        // The usual request of each route group; other combinations appear when they happen.
        const usualRequests = [
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
        for (const scope of exports.RATE_LIMIT_SCOPES) {
            this.discordRateLimits.inc({ scope }, 0);
        }
        this.gatewayPing.set(Number.NaN);
        for (const operation of exports.QUERY_OPERATIONS) {
            this.queryDuration.zero({ operation });
        }
        for (const kind of exports.LLM_TOKEN_KINDS) {
            this.llmTokens.inc({ kind }, 0);
        }
        for (const outcome of exports.LLM_OUTCOMES) {
            this.llmRequests.inc({ outcome }, 0);
        }
        for (const reason of exports.LLM_FALLBACK_REASONS) {
            this.llmFallbacks.inc({ reason }, 0);
        }
    }
};
exports.MetricsService = MetricsService;
exports.MetricsService = MetricsService = MetricsService_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [])
], MetricsService);
//# sourceMappingURL=metrics.service.js.map