import { Injectable } from '@nestjs/common';
import {
  DIGEST_ORDER,
  DigestStepRegistry,
  type DigestContext,
  type DigestStep,
} from '../gazette/digest-step';
import { ScholarMemoryService } from './scholar-memory.service';

/** The digest step that fades every scholar's feelings by one digest. */
@Injectable()
export class FeelingDecayStep implements DigestStep {
  readonly name = 'decay-feelings';
  readonly order = DIGEST_ORDER.decayFeelings;

  constructor(
    registry: DigestStepRegistry,
    private readonly memory: ScholarMemoryService,
  ) {
    registry.register(this);
  }

  async run({ manager, campaign }: DigestContext): Promise<void> {
    await this.memory.decayFeelings(manager, campaign.id);
  }
}
