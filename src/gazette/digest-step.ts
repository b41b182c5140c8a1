import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Campaign } from '../campaigns/campaign.entity';
import type { ScholarReactionFacts } from '../narration/narrator';

/**
 * Positions of the digest steps. The game resolves a digest in this order: advance the year,
 * tick cooldowns, decay feelings, resolve expeditions, conferences and offers, mentorship and
 * sidecasts, lapse overdue theories, keep the roster within 20–30; then it publishes.
 */
export const DIGEST_ORDER = {
  advanceYear: 10,
  tickCooldowns: 20,
  decayFeelings: 30,
  resolveOrders: 40,
  /** Poaching offers, after expeditions so a scholar's result of this digest counts. */
  resolveOffers: 45,
  mentorship: 50,
  /** Mentorship credit, after the junior-neglect count of `mentorship` so it can reset it. */
  mentoredCareers: 55,
  lapseTheories: 60,
  keepRoster: 70,
  bulletinReactions: 80,
} as const;

/** A scholar reaction that a step requests the narrator to voice in this edition. */
export interface ReactionRequest extends ScholarReactionFacts {
  /** Number of the press release the reaction responds to, so it can be printed beside it. */
  pressNumber: number | null;
}

/** State every step of one digest shares, inside the digest's write transaction. */
export interface DigestContext {
  manager: EntityManager;
  /** The campaign row as read inside the transaction; steps may update `currentYear` on it. */
  campaign: Campaign;
  /** The scheduled instant of the edition; steps use it as "now" so a rerun decides the same. */
  slotAt: Date;
  /** Reactions collected from every step, voiced in one narrator call before publishing. */
  reactions: ReactionRequest[];
}

/** One stage of a digest, registered by the module that owns the rule. */
export interface DigestStep {
  /** Short name for logs, such as `lapse-theories`. */
  readonly name: string;
  /** Position from `DIGEST_ORDER`; lower runs first. */
  readonly order: number;
  run(context: DigestContext): Promise<void>;
}

/**
 * Collects the digest steps of every module. A step registers itself in its constructor, so the
 * Gazette runs rules it does not import, even in a module that is compiled but never initialised.
 */
@Injectable()
export class DigestStepRegistry {
  private readonly steps: DigestStep[] = [];

  register(step: DigestStep): void {
    if (this.steps.some((known) => known.name === step.name)) {
      throw new Error(`digest step ${step.name} is registered twice`);
    }
    this.steps.push(step);
    this.steps.sort((a, b) => a.order - b.order);
  }

  /** The steps in the order they run. */
  list(): readonly DigestStep[] {
    return this.steps;
  }
}
