import { Logger, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { MetricsService } from '../metrics/metrics.service';
import { CircuitBreaker } from './circuit-breaker';
import { loadTokenCounter } from './llm-budget';
import { LlmNarrator } from './llm-narrator';
import { NARRATOR, type Narrator } from './narrator';
import { TemplateNarrator } from './template-narrator';

/** Consecutive failed requests that switch narration to templates. */
const BREAKER_FAILURE_THRESHOLD = 3;
/** Milliseconds before a trial request is sent to an endpoint that kept failing. */
const BREAKER_COOLDOWN_MS = 30_000;

/**
 * Builds the narrator: the language-model narrator when `LLM_BASE_URL` is set, else the template
 * narrator. The OpenAI SDK and the tokenizer are loaded only in the first case.
 */
async function createNarrator(
  config: AppConfig,
  templates: TemplateNarrator,
  metrics: MetricsService,
): Promise<Narrator> {
  const { llm } = config;
  if (!llm.baseUrl) {
    return templates;
  }
  const breaker = new CircuitBreaker({
    failureThreshold: BREAKER_FAILURE_THRESHOLD,
    cooldownMs: BREAKER_COOLDOWN_MS,
  });
  // The OpenAI SDK is loaded only here: a service on templates never needs its memory.
  const { LlmClient } = await import('./llm-client');
  const client = new LlmClient({ ...llm, baseUrl: llm.baseUrl }, breaker, metrics);
  const countTokens = await loadTokenCounter();
  // Every attempt times out on its own; this ceiling also covers the waits between retries.
  const deadlineMs = llm.timeoutMs * (llm.maxRetries + 1) + 2000 * llm.maxRetries;
  new Logger('NarrationModule').log({
    message: 'narration uses a language model',
    model: llm.model,
    timeoutMs: llm.timeoutMs,
    digestTokenBudget: llm.digestTokenBudget,
  });

  return new LlmNarrator(templates, client, breaker, countTokens, metrics, {
    digestTokenBudget: llm.digestTokenBudget,
    deadlineMs,
  });
}

/**
 * Provides the narrator behind NARRATOR, and the template narrator itself for text that is
 * stored before a language model is asked.
 */
@Module({
  providers: [
    TemplateNarrator,
    {
      provide: NARRATOR,
      useFactory: createNarrator,
      inject: [AppConfig, TemplateNarrator, MetricsService],
    },
  ],
  exports: [NARRATOR, TemplateNarrator],
})
export class NarrationModule {}
