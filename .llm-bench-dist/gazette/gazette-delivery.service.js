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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
var GazetteDeliveryService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.GazetteDeliveryService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const clock_1 = require("../common/clock");
const app_config_1 = require("../config/app-config");
const write_queue_1 = require("../database/write-queue");
const metrics_service_1 = require("../metrics/metrics.service");
const dispatch_entity_1 = require("./dispatch.entity");
const outgoing_message_1 = require("./outgoing-message");
/** Dispatches loaded per pass; the rest wait for the next pass. */
const BATCH_SIZE = 50;
/**
 * Sends queued Gazette messages to Discord, oldest first, one at a time so the channel shows
 * them in order. A failed send stays queued and is retried with exponential backoff; nothing is
 * deleted. Rate limits are obeyed by the discord.js REST client underneath.
 */
let GazetteDeliveryService = GazetteDeliveryService_1 = class GazetteDeliveryService {
    dispatches;
    writes;
    config;
    poster;
    clock;
    metrics;
    logger = new common_1.Logger(GazetteDeliveryService_1.name);
    running = null;
    rerunRequested = false;
    isStopping = false;
    constructor(dispatches, writes, config, poster, clock, metrics) {
        this.dispatches = dispatches;
        this.writes = writes;
        this.config = config;
        this.poster = poster;
        this.clock = clock;
        this.metrics = metrics;
    }
    /**
     * Sends every due message and resolves with how many were sent. A call made while a pass is
     * running joins it and triggers one more pass, so nothing queued meanwhile waits for the timer.
     */
    deliverDue() {
        if (this.isStopping) {
            return Promise.resolve(0);
        }
        if (this.running) {
            this.rerunRequested = true;
            return this.running;
        }
        this.running = this.deliverUntilIdle().finally(() => {
            this.running = null;
        });
        return this.running;
    }
    /**
     * Lets the message being sent finish and its result be stored, then stops, so a post that
     * Discord accepted is never left marked pending.
     */
    async beforeApplicationShutdown() {
        this.isStopping = true;
        await this.running?.catch(() => undefined);
    }
    /** Number of messages still waiting to be sent. */
    countPending() {
        return this.dispatches.countBy({ status: 'pending' });
    }
    async deliverUntilIdle() {
        let sent = 0;
        do {
            this.rerunRequested = false;
            sent += await this.deliverBatch();
        } while (this.rerunRequested);
        return sent;
    }
    /**
     * Walks every pending message in id order. A message that waits for its retry, or fails now,
     * holds back the later messages of its channel, so each channel shows its messages in order
     * while other channels keep flowing.
     */
    async deliverBatch() {
        const now = this.clock.now();
        const blockedChannels = new Set();
        let sent = 0;
        let afterId = 0;
        let batch;
        do {
            const cursor = afterId;
            batch = await this.writes.readCommitted(() => this.dispatches.find({
                where: { status: 'pending', id: (0, typeorm_2.MoreThan)(cursor) },
                order: { id: 'ASC' },
                take: BATCH_SIZE,
            }));
            for (const dispatch of batch) {
                if (this.isStopping) {
                    return sent;
                }
                afterId = dispatch.id;
                if (blockedChannels.has(dispatch.channelId)) {
                    continue;
                }
                const isSent = dispatch.nextAttemptAt <= now && (await this.send(dispatch));
                if (!isSent) {
                    blockedChannels.add(dispatch.channelId);
                    continue;
                }
                sent += 1;
            }
        } while (batch.length === BATCH_SIZE);
        return sent;
    }
    async send(dispatch) {
        let messageId;
        try {
            messageId = await this.poster.post(dispatch.channelId, dispatch.message, dispatch.nonce);
        }
        catch (error) {
            this.metrics.gazettePosts.inc({ result: 'failed' });
            await this.recordFailure(dispatch, error);
            return false;
        }
        this.metrics.gazettePosts.inc({ result: 'sent' });
        await this.writes.run((manager) => manager.update(dispatch_entity_1.Dispatch, dispatch.id, {
            status: 'sent',
            messageId,
            sentAt: this.clock.now(),
            attempts: dispatch.attempts + 1,
            lastError: null,
        }), { isCompletion: true });
        return true;
    }
    async recordFailure(dispatch, error) {
        const { retryBaseSeconds, maxSendAttempts } = this.config.game.gazette;
        const attempts = dispatch.attempts + 1;
        const isFinal = attempts >= maxSendAttempts;
        const delaySeconds = retryBaseSeconds * 2 ** Math.min(attempts - 1, 10);
        const nextAttemptAt = new Date(this.clock.now().getTime() + delaySeconds * 1000);
        await this.writes.run((manager) => manager.update(dispatch_entity_1.Dispatch, dispatch.id, {
            attempts,
            nextAttemptAt,
            status: isFinal ? 'failed' : 'pending',
            lastError: error.message.slice(0, 500),
        }), { isCompletion: true });
        const fields = {
            dispatchId: dispatch.id,
            channelId: dispatch.channelId,
            attempts,
            error: error.message,
        };
        if (isFinal) {
            this.logger.error({ message: 'gazette post abandoned after retries', ...fields });
        }
        else {
            this.logger.warn({ message: 'gazette post failed; will retry', delaySeconds, ...fields });
        }
    }
};
exports.GazetteDeliveryService = GazetteDeliveryService;
exports.GazetteDeliveryService = GazetteDeliveryService = GazetteDeliveryService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(dispatch_entity_1.Dispatch)),
    __param(3, (0, common_1.Inject)(outgoing_message_1.CHANNEL_POSTER)),
    __param(4, (0, common_1.Inject)(clock_1.CLOCK)),
    __metadata("design:paramtypes", [Function, write_queue_1.WriteQueue,
        app_config_1.AppConfig, Object, Object, metrics_service_1.MetricsService])
], GazetteDeliveryService);
//# sourceMappingURL=gazette-delivery.service.js.map