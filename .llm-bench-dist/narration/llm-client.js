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
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.LlmClient = exports.LlmRequestError = void 0;
const common_1 = require("@nestjs/common");
const openai_1 = __importStar(require("openai"));
const promises_1 = require("node:timers/promises");
/** Thrown when the language model gave no answer; the caller falls back to templates. */
class LlmRequestError extends Error {
    reason;
    constructor(reason, message) {
        super(message);
        this.reason = reason;
        this.name = 'LlmRequestError';
    }
}
exports.LlmRequestError = LlmRequestError;
/** Longest wait honoured from a `retry-after` header, in milliseconds; longer waits give up. */
const MAX_RETRY_DELAY_MS = 2000;
/** Wait before a retry when the endpoint names none, doubled on each further attempt. */
const BASE_RETRY_DELAY_MS = 100;
/**
 * Sends chat completion requests that answer in JSON. Each attempt is bounded by the timeout,
 * retries are made only on 429 and 5xx answers, and a circuit breaker rejects requests at once
 * while the endpoint keeps failing. Every attempt is counted in the metrics.
 */
class LlmClient {
    settings;
    breaker;
    metrics;
    logger = new common_1.Logger(LlmClient.name);
    openai;
    constructor(settings, breaker, metrics) {
        this.settings = settings;
        this.breaker = breaker;
        this.metrics = metrics;
        this.openai = new openai_1.default({
            baseURL: settings.baseUrl,
            // Local servers often need no key, but the client requires a value.
            apiKey: settings.apiKey || 'no-key',
            timeout: settings.timeoutMs,
            // Retries are made here, only for 429 and 5xx, never after a timeout.
            maxRetries: 0,
        });
    }
    get model() {
        return this.settings.model;
    }
    async chatJson(request) {
        for (let attempt = 0;; attempt += 1) {
            if (!this.breaker.tryAcquire()) {
                throw new LlmRequestError('circuit_open', 'the language model circuit is open');
            }
            try {
                const result = await this.attempt(request);
                this.breaker.recordSuccess();
                return result;
            }
            catch (error) {
                this.breaker.recordFailure();
                const delayMs = this.retryDelay(error, attempt);
                if (delayMs === null) {
                    throw toRequestError(error);
                }
                this.logger.warn({
                    message: 'language model request retried',
                    status: error instanceof openai_1.APIError ? error.status : undefined,
                    attempt: attempt + 1,
                    delayMs,
                });
                await (0, promises_1.setTimeout)(delayMs);
            }
        }
    }
    async attempt(request) {
        const stopTimer = this.metrics.llmRequestDuration.startTimer();
        const startedAt = performance.now();
        try {
            const completion = await this.openai.chat.completions.create({
                model: this.settings.model,
                messages: request.messages,
                temperature: request.temperature,
                max_tokens: request.maxTokens,
                response_format: { type: 'json_object' },
            });
            this.metrics.llmRequests.inc({ outcome: 'ok' });
            const usage = completion.usage;
            const promptTokens = usage?.prompt_tokens ?? 0;
            const completionTokens = usage?.completion_tokens ?? 0;
            this.recordUsage(promptTokens, completionTokens);
            const choice = completion.choices[0];
            return {
                content: choice?.message.content ?? '',
                finishReason: choice?.finish_reason ?? null,
                promptTokens,
                completionTokens,
            };
        }
        catch (error) {
            const isTimeout = isTimeoutError(error, performance.now() - startedAt, this.settings.timeoutMs);
            this.metrics.llmRequests.inc({ outcome: isTimeout ? 'timeout' : 'error' });
            throw isTimeout
                ? new LlmRequestError('timeout', 'the language model did not answer in time')
                : error;
        }
        finally {
            stopTimer();
        }
    }
    recordUsage(promptTokens, completionTokens) {
        this.metrics.llmTokens.inc({ kind: 'prompt' }, promptTokens);
        this.metrics.llmTokens.inc({ kind: 'completion' }, completionTokens);
        const cost = (promptTokens / 1000) * this.settings.pricePer1kPrompt +
            (completionTokens / 1000) * this.settings.pricePer1kCompletion;
        if (cost > 0) {
            this.metrics.llmEstimatedCost.inc(cost);
        }
    }
    /** Milliseconds to wait before retrying `error`, or null when it must not be retried. */
    retryDelay(error, attempt) {
        if (attempt >= this.settings.maxRetries || !(error instanceof openai_1.APIError)) {
            return null;
        }
        const status = error.status ?? 0;
        if (status !== 429 && status < 500) {
            return null;
        }
        const retryAfter = error.headers?.get('retry-after');
        const retryAfterSeconds = retryAfter ? Number(retryAfter) : Number.NaN;
        const delayMs = Number.isFinite(retryAfterSeconds)
            ? retryAfterSeconds * 1000
            : BASE_RETRY_DELAY_MS * 2 ** attempt;
        return delayMs <= MAX_RETRY_DELAY_MS ? Math.max(0, delayMs) : null;
    }
}
exports.LlmClient = LlmClient;
/**
 * True for an attempt abandoned at its timeout. The client reports it as
 * `APIConnectionTimeoutError`, but where the abort is raised with another realm's error class (as
 * under Jest) it arrives as a plain connection error, so the elapsed time decides.
 */
function isTimeoutError(error, elapsedMs, timeoutMs) {
    if (error instanceof openai_1.APIConnectionTimeoutError) {
        return true;
    }
    return error instanceof openai_1.APIConnectionError && elapsedMs >= timeoutMs;
}
function toRequestError(error) {
    if (error instanceof LlmRequestError) {
        return error;
    }
    if (error instanceof openai_1.APIConnectionTimeoutError) {
        return new LlmRequestError('timeout', 'the language model did not answer in time');
    }
    if (error instanceof openai_1.APIError) {
        return new LlmRequestError('error', `the language model answered ${error.status ?? 'no status'}`);
    }
    return new LlmRequestError('error', error instanceof Error ? error.message : String(error));
}
//# sourceMappingURL=llm-client.js.map