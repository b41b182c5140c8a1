import { Injectable } from '@nestjs/common';
import {
  DIGEST_ORDER,
  DigestStepRegistry,
  type DigestContext,
  type DigestStep,
} from '../gazette/digest-step';
import { TheoriesService } from './theories.service';

/** The digest step that lapses theories left untested past their deadline. */
@Injectable()
export class TheoryLapseStep implements DigestStep {
  readonly name = 'lapse-theories';
  readonly order = DIGEST_ORDER.lapseTheories;

  constructor(
    registry: DigestStepRegistry,
    private readonly theories: TheoriesService,
  ) {
    registry.register(this);
  }

  async run({ manager, campaign, slotAt }: DigestContext): Promise<void> {
    await this.theories.lapseOverdueTheories(manager, campaign, slotAt);
  }
}
