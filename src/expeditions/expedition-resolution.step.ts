import { Injectable } from '@nestjs/common';
import {
  DIGEST_ORDER,
  DigestStepRegistry,
  type DigestContext,
  type DigestStep,
} from '../gazette/digest-step';
import { ExpeditionResolver } from './expedition-resolver';

/** The digest step that resolves queued expeditions and conferences and settles challenges. */
@Injectable()
export class ExpeditionResolutionStep implements DigestStep {
  readonly name = 'resolve-expeditions';
  readonly order = DIGEST_ORDER.resolveOrders;

  constructor(
    registry: DigestStepRegistry,
    private readonly resolver: ExpeditionResolver,
  ) {
    registry.register(this);
  }

  async run(context: DigestContext): Promise<void> {
    await this.resolver.resolveQueued(context);
  }
}
