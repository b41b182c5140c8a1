import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';

/**
 * Reports the language model used by the narrator. Always `up`, because narration falls back to
 * its templates when the model is missing or failing, so the model never makes the service
 * unready.
 */
@Injectable()
export class LanguageModelHealthIndicator {
  constructor(private readonly health: HealthIndicatorService) {}

  check<Key extends string>(key: Key): HealthIndicatorResult<Key> {
    // TODO: report the API's reachability once the narrator calls a language model.
    return this.health.check(key).up({ model: 'not configured', narration: 'templates' });
  }
}
