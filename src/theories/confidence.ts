/** Confidence levels a theory or expedition can be wagered at, by the key players choose. */
export const CONFIDENCES = ['suspect', 'certain', 'stake_my_career'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Human label for each confidence level. */
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  suspect: 'suspect',
  certain: 'certain',
  stake_my_career: 'stake my career',
};

/**
 * The confidence wager table. Fixed by the game design: changing it changes the game's balance
 * between bold and timid claims.
 */
export const CONFIDENCE_TABLE: Record<Confidence, { vindicated: number; refuted: number }> = {
  suspect: { vindicated: 2, refuted: -1 },
  certain: { vindicated: 5, refuted: -7 },
  stake_my_career: { vindicated: 15, refuted: -25 },
};

/** Partial results pay half the reward, rounded down, and never less than 1. */
export function partialReward(confidence: Confidence): number {
  return Math.max(1, Math.floor(CONFIDENCE_TABLE[confidence].vindicated / 2));
}

export type WagerOutcome = 'vindicated' | 'partial' | 'refuted';

/** Reputation change for the owner of a wager judged with the given outcome. */
export function wagerPayout(confidence: Confidence, outcome: WagerOutcome): number {
  switch (outcome) {
    case 'vindicated':
      return CONFIDENCE_TABLE[confidence].vindicated;
    case 'partial':
      return partialReward(confidence);
    case 'refuted':
      return CONFIDENCE_TABLE[confidence].refuted;
  }
}
