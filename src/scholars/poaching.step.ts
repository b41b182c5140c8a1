import { Injectable } from '@nestjs/common';
import {
  DIGEST_ORDER,
  DigestStepRegistry,
  type DigestContext,
  type DigestStep,
} from '../gazette/digest-step';
import { PoachingService } from './poaching.service';

/** The digest step that decides poaching offers made at least 24 hours before the edition. */
@Injectable()
export class PoachingStep implements DigestStep {
  readonly name = 'resolve-offers';
  readonly order = DIGEST_ORDER.resolveOffers;

  constructor(
    registry: DigestStepRegistry,
    private readonly poaching: PoachingService,
  ) {
    registry.register(this);
  }

  async run({ manager, campaign, slotAt, reactions }: DigestContext): Promise<void> {
    await this.poaching.decideDueOffers(manager, campaign, slotAt, reactions);
  }
}
