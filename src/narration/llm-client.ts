import { Logger } from '@nestjs/common';
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MetricsService } from '../metrics/metrics.service';
import type { CircuitBreaker } from './circuit-breaker';
import type { ChatMessage } from './llm-budget';
import { LlmRequestError } from './llm-errors';

/** Settings of the OpenAI-compatible endpoint, from the environment. */
export interface LlmSettings {
  baseUrl: string;
  /** Never logged. */
  apiKey: string;
  model: string;
  /** Milliseconds one attempt may take before it is abandoned. */
  timeoutMs: number;
  /** Extra attempts after a 429 or 5xx response. */
  maxRetries: number;
  /** Estimated price per 1,000 prompt and completion tokens, for the cost counter; 0 when unknown. */
  pricePer1kPrompt: number;
  pricePer1kCompletion: number;
}

export interface ChatJsonRequest {
  messages: ChatMessage[];
  temperature: number;
  maxTokens: number;
}

export interface ChatJsonResult {
  /** Response text, which the caller parses and validates. */
  content: string;
  /** `length` when the response was cut at `maxTokens`. */
  finishReason: string | null;
  promptTokens: number;
  completionTokens: number;
}

/** Maximum wait honoured from a `retry-after` header, in milliseconds; a longer one gives up. */
const MAX_RETRY_DELAY_MS = 2000;
/** Wait before a retry when the endpoint names none, doubled on each further attempt. */
const BASE_RETRY_DELAY_MS = 100;

/**
 * Sends chat completion requests whose responses are JSON. Each attempt is bounded by the timeout,
 * retries are made only on 429 and 5xx responses, and a circuit breaker rejects requests at once
 * while the endpoint keeps failing. Every attempt is counted in the metrics.
 */
export class LlmClient {
  private readonly logger = new Logger(LlmClient.name);
  private readonly openai: OpenAI;

  constructor(
    private readonly settings: LlmSettings,
    private readonly breaker: CircuitBreaker,
    private readonly metrics: MetricsService,
  ) {
    this.openai = new OpenAI({
      baseURL: settings.baseUrl,
      // Local servers often need no key, but the client requires a value.
      apiKey: settings.apiKey || 'no-key',
      timeout: settings.timeoutMs,
      // Retries are made here, only for 429 and 5xx, never after a timeout.
      maxRetries: 0,
    });
  }

  get model(): string {
    return this.settings.model;
  }

  async chatJson(request: ChatJsonRequest): Promise<ChatJsonResult> {
    for (let attempt = 0; ; attempt += 1) {
      if (!this.breaker.tryAcquire()) {
        throw new LlmRequestError('circuit_open', 'the language model circuit is open');
      }
      try {
        const result = await this.attempt(request);
        this.breaker.recordSuccess();
        return result;
      } catch (error) {
        this.breaker.recordFailure();
        const delayMs = this.retryDelay(error, attempt);
        if (delayMs === null) {
          throw toRequestError(error);
        }
        this.logger.warn({
          message: 'language model request retried',
          status: statusOf(error),
          attempt: attempt + 1,
          delayMs,
        });
        await sleep(delayMs);
      }
    }
  }

  private async attempt(request: ChatJsonRequest): Promise<ChatJsonResult> {
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
    } catch (error) {
      const isTimeout = isTimeoutError(
        error,
        performance.now() - startedAt,
        this.settings.timeoutMs,
      );
      this.metrics.llmRequests.inc({ outcome: isTimeout ? 'timeout' : 'error' });
      throw isTimeout
        ? new LlmRequestError('timeout', 'the language model request timed out')
        : error;
    } finally {
      stopTimer();
    }
  }

  private recordUsage(promptTokens: number, completionTokens: number): void {
    this.metrics.llmTokens.inc({ kind: 'prompt' }, promptTokens);
    this.metrics.llmTokens.inc({ kind: 'completion' }, completionTokens);
    const cost =
      (promptTokens / 1000) * this.settings.pricePer1kPrompt +
      (completionTokens / 1000) * this.settings.pricePer1kCompletion;
    if (cost > 0) {
      this.metrics.llmEstimatedCost.inc(cost);
    }
  }

  /** Milliseconds to wait before retrying `error`, or null when it must not be retried. */
  private retryDelay(error: unknown, attempt: number): number | null {
    if (attempt >= this.settings.maxRetries || !(error instanceof APIError)) {
      return null;
    }
    const status = statusOf(error) ?? 0;
    if (status !== 429 && status < 500) {
      return null;
    }
    const headers = error.headers as Headers | undefined;
    const retryAfter = headers?.get('retry-after');
    const retryAfterSeconds = retryAfter ? Number(retryAfter) : Number.NaN;
    const delayMs = Number.isFinite(retryAfterSeconds)
      ? retryAfterSeconds * 1000
      : BASE_RETRY_DELAY_MS * 2 ** attempt;

    return delayMs <= MAX_RETRY_DELAY_MS ? Math.max(0, delayMs) : null;
  }
}

/** Returns the HTTP status of an API error, or undefined for other errors and connection failures. */
function statusOf(error: unknown): number | undefined {
  const status: unknown = error instanceof APIError ? error.status : undefined;

  return typeof status === 'number' ? status : undefined;
}

/**
 * True for an attempt abandoned at its timeout. The client reports it as
 * `APIConnectionTimeoutError`, but where the abort is raised with another realm's error class (as
 * under Jest) it arrives as a plain connection error, so the elapsed time decides.
 */
function isTimeoutError(error: unknown, elapsedMs: number, timeoutMs: number): boolean {
  if (error instanceof APIConnectionTimeoutError) {
    return true;
  }

  return error instanceof APIConnectionError && elapsedMs >= timeoutMs;
}

function toRequestError(error: unknown): LlmRequestError {
  if (error instanceof LlmRequestError) {
    return error;
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new LlmRequestError('timeout', 'the language model request timed out');
  }
  if (error instanceof APIError) {
    return new LlmRequestError(
      'error',
      `the language model request failed with status ${statusOf(error) ?? 'unknown'}`,
    );
  }

  return new LlmRequestError('error', error instanceof Error ? error.message : String(error));
}
