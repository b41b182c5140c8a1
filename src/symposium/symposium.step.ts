import { Injectable } from '@nestjs/common';
import {
  DIGEST_ORDER,
  DigestStepRegistry,
  type DigestContext,
  type DigestStep,
} from '../gazette/digest-step';
import { SymposiumWeekService } from './symposium-week.service';

/**
 * The digest step that runs the weekly symposium. It runs after theories lapse, so a result
 * printed in the same edition already reflects the week's reputation changes.
 */
@Injectable()
export class SymposiumStep implements DigestStep {
  readonly name = 'weekly-symposium';
  readonly order = DIGEST_ORDER.lapseTheories + 5;

  constructor(
    registry: DigestStepRegistry,
    private readonly week: SymposiumWeekService,
  ) {
    registry.register(this);
  }

  async run({ manager, campaign, slotAt }: DigestContext): Promise<void> {
    await this.week.runDueCall(manager, campaign, slotAt);
  }
}
