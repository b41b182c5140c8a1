import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { LlmNarrator } from '../narration/llm-narrator';
import { NARRATOR, type Narrator } from '../narration/narrator';

/**
 * Reports the language model used by the narrator: its model name and the circuit breaker's
 * state. Always `up`, because narration falls back to its templates when the model is missing
 * or failing, so the model never makes the service unready.
 */
@Injectable()
export class LanguageModelHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly modules: ModuleRef,
  ) {}

  check<Key extends string>(key: Key): HealthIndicatorResult<Key> {
    const indicator = this.health.check(key);
    const narrator = this.findNarrator();
    if (!(narrator instanceof LlmNarrator)) {
      return indicator.up({ model: 'not configured', narration: 'templates' });
    }
    const { model, circuit } = narrator.status();

    return indicator.up({
      model,
      circuit,
      narration: circuit === 'open' ? 'templates until the model answers again' : 'language model',
    });
  }

  private findNarrator(): Narrator | null {
    try {
      return this.modules.get<Narrator>(NARRATOR, { strict: false });
    } catch {
      // The health module also runs in applications built without narration.
      return null;
    }
  }
}
