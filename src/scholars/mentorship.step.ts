import { Injectable } from '@nestjs/common';
import {
  DIGEST_ORDER,
  DigestStepRegistry,
  type DigestContext,
  type DigestStep,
} from '../gazette/digest-step';
import { MentorshipService } from './mentorship.service';

/** The digest step that credits a digest of mentorship to every mentee. */
@Injectable()
export class MentorshipStep implements DigestStep {
  readonly name = 'mentored-careers';
  readonly order = DIGEST_ORDER.mentoredCareers;

  constructor(
    registry: DigestStepRegistry,
    private readonly mentorship: MentorshipService,
  ) {
    registry.register(this);
  }

  async run({ manager, campaign, slotAt, reactions }: DigestContext): Promise<void> {
    await this.mentorship.creditMentoredDigest(manager, campaign, slotAt, reactions);
  }
}
