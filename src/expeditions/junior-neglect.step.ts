import { Injectable } from '@nestjs/common';
import { IsNull, LessThan, Not } from 'typeorm';
import { AppConfig } from '../config/app-config';
import {
  DIGEST_ORDER,
  DigestStepRegistry,
  type DigestContext,
  type DigestStep,
} from '../gazette/digest-step';
import { Scholar } from '../scholars/scholar.entity';

/**
 * The digest step that counts digests a sponsored Postdoc goes without mentorship. After the
 * configured number (3 by default) the junior's loyalty drops, which leaves them open to poaching.
 * Juniors who joined in this very digest start counting at the next one.
 */
@Injectable()
export class JuniorNeglectStep implements DigestStep {
  readonly name = 'junior-neglect';
  readonly order = DIGEST_ORDER.mentorship;

  constructor(
    registry: DigestStepRegistry,
    private readonly config: AppConfig,
  ) {
    registry.register(this);
  }

  async run({ manager, campaign, slotAt }: DigestContext): Promise<void> {
    const rules = this.config.game.expeditions;
    // Counts every digest; the mentorship step, which runs after this one, resets the count of
    // a junior who was mentored in the same digest.
    const juniors = await manager.find(Scholar, {
      where: {
        campaignId: campaign.id,
        sponsorId: Not(IsNull()),
        careerRung: 'Postdoc',
        sponsoredAt: LessThan(slotAt),
        digestsWithoutMentorship: LessThan(rules.juniorNeglectDigests),
      },
    });
    for (const junior of juniors) {
      const digests = junior.digestsWithoutMentorship + 1;
      const stats =
        digests >= rules.juniorNeglectDigests
          ? {
              ...junior.stats,
              loyalty: Math.min(junior.stats.loyalty, rules.juniorNeglectedLoyalty),
            }
          : junior.stats;
      await manager.update(Scholar, junior.id, { digestsWithoutMentorship: digests, stats });
    }
  }
}
