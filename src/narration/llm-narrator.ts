import { Logger } from '@nestjs/common';
import Joi from 'joi';
import type { MetricsService } from '../metrics/metrics.service';
import type { CircuitBreaker, CircuitState } from './circuit-breaker';
import type { TokenCounter } from './llm-budget';
import type { LlmClient } from './llm-client';
import { LlmRequestError } from './llm-errors';
import { buildReactionsPrompt, PersonaSheets } from './llm-prompts';
import type {
  DigestFacts,
  Narrator,
  PressText,
  ScholarReactionFacts,
  TheoryBulletinFacts,
  TheoryLapseFacts,
  YearTurnFacts,
} from './narrator';
import { REACTION_MAX_LENGTH, type TemplateNarrator } from './template-narrator';
import { inventedNumbers, TextGuard } from './text-guard';

/** Reactions are in character, so they run warmer than official press. */
const REACTIONS_TEMPERATURE = 0.5;

/** Reason a reaction used its template; the label values of `greatwork_llm_fallbacks_total`. */
type FallbackReason =
  'error' | 'timeout' | 'invalid_response' | 'budget' | 'guard' | 'circuit_open';

const reactionsAnswerSchema = Joi.object<{ lines: string[] }>({
  lines: Joi.array().items(Joi.string().allow('')).required(),
}).unknown(true);

export interface LlmNarratorOptions {
  /** Prompt plus completion tokens one digest may spend. */
  digestTokenBudget: number;
  /** Milliseconds after which a request is abandoned even if the client has not given up. */
  deadlineMs: number;
}

/** Language model state reported by the health probe. */
export interface LanguageModelStatus {
  model: string;
  circuit: CircuitState;
}

/**
 * Voices scholar reactions with a language model, all reactions of a digest in one request, and
 * falls back to the template narrator for every line that fails: no response, a malformed response, a
 * blocked word, an over-long line or a number not in the facts. Bulletins, lapses, the year's turn
 * and mastheads are written inside write transactions or carry exact numbers, so they keep the
 * template text.
 */
export class LlmNarrator implements Narrator {
  private readonly logger = new Logger(LlmNarrator.name);
  private readonly personas = new PersonaSheets();
  private readonly guard = new TextGuard();

  constructor(
    private readonly templates: TemplateNarrator,
    private readonly client: LlmClient,
    private readonly breaker: CircuitBreaker,
    private readonly countTokens: TokenCounter,
    private readonly metrics: MetricsService,
    private readonly options: LlmNarratorOptions,
  ) {}

  status(): LanguageModelStatus {
    return { model: this.client.model, circuit: this.breaker.state };
  }

  theoryBulletin(facts: TheoryBulletinFacts): Promise<PressText> {
    return this.templates.theoryBulletin(facts);
  }

  theoryLapse(facts: TheoryLapseFacts): Promise<PressText> {
    return this.templates.theoryLapse(facts);
  }

  yearTurn(facts: YearTurnFacts): Promise<PressText> {
    return this.templates.yearTurn(facts);
  }

  digestMasthead(facts: DigestFacts): Promise<PressText> {
    return this.templates.digestMasthead(facts);
  }

  /**
   * Returns one line per fact, in order. Never rejects: every line the model does not deliver,
   * or delivers in a form that fails the checks, is the template line.
   */
  async scholarReactions(facts: ScholarReactionFacts[]): Promise<string[]> {
    const lines = await this.templates.scholarReactions(facts);
    if (facts.length === 0) {
      return lines;
    }

    const prompt = buildReactionsPrompt(
      facts,
      this.options.digestTokenBudget,
      this.countTokens,
      this.personas,
    );
    if (!prompt) {
      this.fallBack('budget', facts.length);
      return lines;
    }
    this.fallBack('budget', facts.length - prompt.itemCount);

    const response = await this.requestLines(prompt.messages, prompt.maxTokens, prompt.itemCount);
    if (!response) {
      return lines;
    }
    for (const [index, line] of response.entries()) {
      const checked = this.checkLine(line.trim(), facts[index]);
      if (checked === null) {
        this.fallBack('guard', 1);
      } else {
        lines[index] = checked;
      }
    }

    return lines;
  }

  /** Sends the request and returns exactly `itemCount` lines, or null after counting a fallback. */
  private async requestLines(
    messages: Parameters<LlmClient['chatJson']>[0]['messages'],
    maxTokens: number,
    itemCount: number,
  ): Promise<string[] | null> {
    try {
      const result = await withDeadline(
        this.client.chatJson({ messages, temperature: REACTIONS_TEMPERATURE, maxTokens }),
        this.options.deadlineMs,
      );
      const lines = parseLines(result.content, result.finishReason, itemCount);
      if (!lines) {
        this.logger.warn({ message: 'language model response invalid', items: itemCount });
        this.fallBack('invalid_response', itemCount);
      }
      return lines;
    } catch (error) {
      const reason = error instanceof LlmRequestError ? error.reason : 'error';
      const log = reason === 'circuit_open' ? 'debug' : 'warn';
      this.logger[log]({
        message: 'language model unavailable, reactions use templates',
        reason,
        error: error instanceof Error ? error.message : String(error),
      });
      this.fallBack(reason, itemCount);
      return null;
    }
  }

  /** Returns the line if it may be posted, or null if the template must be used instead. */
  private checkLine(line: string, facts: ScholarReactionFacts): string | null {
    const verdict = this.guard.checkLine(line, REACTION_MAX_LENGTH);
    if (!verdict.isAccepted) {
      this.logger.debug({ message: 'reaction rejected', problem: verdict.problem });
      return null;
    }
    const known = facts.allowedNumbers?.map(String) ?? [facts.event];
    const invented = inventedNumbers(line, [...known, facts.scholarName, facts.catchphrase]);
    if (invented.length > 0) {
      this.logger.debug({ message: 'reaction rejected', problem: 'invented numbers', invented });
      return null;
    }

    return line;
  }

  private fallBack(reason: FallbackReason, count: number): void {
    if (count > 0) {
      this.metrics.llmFallbacks.inc({ reason }, count);
    }
  }
}

/** Returns the lines of a complete, well-formed response, or null. */
export function parseLines(
  content: string,
  finishReason: string | null,
  itemCount: number,
): string[] | null {
  if (finishReason === 'length') {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return null;
  }
  const result: Joi.ValidationResult<{ lines: string[] }> = reactionsAnswerSchema.validate(parsed);
  if (result.error) {
    return null;
  }
  const lines = result.value.lines;

  return lines.length === itemCount ? lines : null;
}

async function withDeadline<T>(work: Promise<T>, deadlineMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new LlmRequestError('timeout', `no response within ${deadlineMs} ms`)),
      deadlineMs,
    );
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
