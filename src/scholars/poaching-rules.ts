import type { Scholar } from './scholar.entity';
import type { Faction } from './scholar-profile';
import { DIGESTS_PER_RUNG } from './scholar-rules';

/**
 * Pure inputs of the defection formula in `scholar-rules.ts`: each turns game state into one
 * factor within the range the formula expects.
 */

/** Reputation a player needs to recruit (fixed). */
export const RECRUIT_REPUTATION_GATE = -10;

/** Hours between an offer and the first digest that may decide it (fixed). */
export const OFFER_DECISION_HOURS = 24;

/** Loyalty stat ceiling. */
export const MAX_LOYALTY = 10;

/**
 * How good the best offer looks beside the employer's counter, 0–1:
 * `offer / (offer + counter + 2)`. The 2 stands for the plain comfort of staying put, so even an
 * uncontested offer of 1 is only a third of the way to irresistible.
 */
export function offerQuality(offer: number, counter: number): number {
  if (offer <= 0) {
    return 0;
  }

  return offer / (offer + Math.max(0, counter) + 2);
}

/** Mistreatment from the scholar's feeling toward the employer: −10 or worse is 1, 0 or warmer 0. */
export function mistreatment(feelingTowardEmployer: number): number {
  return Math.min(1, Math.max(0, -feelingTowardEmployer / 10));
}

/** Alignment with the offer's faction: politics −3..+3 map to −0.3..+0.3. */
export function alignment(politics: Record<Faction, number>, faction: Faction): number {
  return Math.min(0.3, Math.max(-0.3, (politics[faction] ?? 0) / 10));
}

/**
 * Career stagnation, 0–0.4. A mentored scholar sees a future (0). An unmentored junior grows
 * restless with each neglected digest up to 0.4 after three. An established scholar without a
 * mentor sits at 0.1: comfortable, but not climbing.
 */
export function careerPlateau(
  scholar: Pick<Scholar, 'mentorId' | 'careerRung' | 'digestsWithoutMentorship'>,
): number {
  if (scholar.mentorId !== null) {
    return 0;
  }
  if (scholar.careerRung !== null) {
    return 0.4 * Math.min(1, scholar.digestsWithoutMentorship / DIGESTS_PER_RUNG);
  }

  return 0.1;
}

/** Scar a defector leaves on its feeling toward the employer it left (fixed at 2 below neutral). */
export function defectionScarLevel(feelingTowardOldEmployer: number): number {
  return Math.min(0, feelingTowardOldEmployer) - 2;
}

/**
 * Picks the best of several offers for one scholar: the largest amount, and on a tie the oldest
 * offer, then the lowest id, so the choice never depends on row order.
 */
export function bestOffer<T extends { id: number; amount: number; createdAt: Date }>(
  offers: readonly T[],
): T | null {
  let best: T | null = null;
  for (const offer of offers) {
    if (
      best === null ||
      offer.amount > best.amount ||
      (offer.amount === best.amount &&
        (offer.createdAt.getTime() < best.createdAt.getTime() ||
          (offer.createdAt.getTime() === best.createdAt.getTime() && offer.id < best.id)))
    ) {
      best = offer;
    }
  }

  return best;
}
