/**
 * Pure rules of scholars' loyalty and careers. Numbers marked fixed are part of the game design:
 * changing them changes how often scholars change sides.
 */

/** Feelings shrink by this factor at every digest (fixed). */
export const FEELING_DECAY = 0.98;

/** Recruitment chance bounds (fixed). */
export const RECRUIT_CHANCE_MIN = 0.05;
export const RECRUIT_CHANCE_MAX = 0.95;
/** Base recruitment chance before modifiers (fixed). */
export const RECRUIT_BASE_CHANCE = 0.6;
/** Chance per point of influence in the chosen faction (fixed). */
export const RECRUIT_CHANCE_PER_INFLUENCE = 0.05;
/** Feeling's contribution per point, and its bound (fixed). */
export const RELATIONSHIP_PER_FEELING = 0.02;
export const RELATIONSHIP_FEELING_BOUND = 0.2;
/** The whole relationship term, feeling plus mentorship, stays within ±0.25 (fixed). */
export const RELATIONSHIP_BOUND = 0.25;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Applies one digest of decay: feelings move toward zero by 2% and never change sign. */
export function decayFeeling(feeling: number): number {
  return feeling * FEELING_DECAY;
}

/**
 * Caps a feeling at the level a scar set: a betrayed scholar's feeling may recover up to the
 * scar's level and no further, and a scar never decays.
 */
export function applyScar(feeling: number, scarLevel: number | null): number {
  return scarLevel === null ? feeling : Math.min(feeling, scarLevel);
}

export interface RecruitmentOdds {
  /** True while the player's stake-my-career cooldown halves the base chance. */
  isCooldownActive: boolean;
  /** The player's influence in the faction the offer leans on. */
  influence: number;
  /** The scholar's feeling toward the player. */
  feeling: number;
  /** Bonus for a scholar the player has mentored, within the relationship bound. */
  mentorshipBonus: number;
}

/** The relationship term: feeling × 0.02 within ±0.2, plus the mentorship bonus, within ±0.25. */
export function relationshipTerm(feeling: number, mentorshipBonus: number): number {
  const fromFeeling = clamp(
    feeling * RELATIONSHIP_PER_FEELING,
    -RELATIONSHIP_FEELING_BOUND,
    RELATIONSHIP_FEELING_BOUND,
  );

  return clamp(fromFeeling + mentorshipBonus, -RELATIONSHIP_BOUND, RELATIONSHIP_BOUND);
}

/**
 * Chance that an unaffiliated scholar accepts: `0.6 × (0.5 if the stake cooldown is active) +
 * 0.05 × influence + relationship`, clamped to [0.05, 0.95].
 */
export function recruitmentChance(odds: RecruitmentOdds): number {
  const base = RECRUIT_BASE_CHANCE * (odds.isCooldownActive ? 0.5 : 1);
  const chance =
    base +
    RECRUIT_CHANCE_PER_INFLUENCE * odds.influence +
    relationshipTerm(odds.feeling, odds.mentorshipBonus);

  return clamp(chance, RECRUIT_CHANCE_MIN, RECRUIT_CHANCE_MAX);
}

export interface DefectionFactors {
  /** Quality of the rival's offer, 0–1. */
  quality: number;
  /** Mistreatment by the employer, 0–1. */
  mistreatment: number;
  /** Fit between the rival's politics and the scholar's, −0.3..+0.3. */
  alignment: number;
  /** Career stagnation the scholar feels, 0–0.4. */
  plateau: number;
  /** Stats on the 0–10 scale. */
  loyalty: number;
  integrity: number;
}

/**
 * Probability that a scholar defects to a rival's offer (fixed form):
 * `x = quality + mistreatment + alignment + plateau − 0.6 × loyalty/10 − 0.4 × integrity/10`,
 * `p = 1 / (1 + e^(−6(x − 0.5)))`. Inputs are clamped to their documented ranges.
 */
export function defectionProbability(factors: DefectionFactors): number {
  const x =
    clamp(factors.quality, 0, 1) +
    clamp(factors.mistreatment, 0, 1) +
    clamp(factors.alignment, -0.3, 0.3) +
    clamp(factors.plateau, 0, 0.4) -
    (0.6 * clamp(factors.loyalty, 0, 10)) / 10 -
    (0.4 * clamp(factors.integrity, 0, 10)) / 10;

  return 1 / (1 + Math.exp(-6 * (x - 0.5)));
}

/** Career tracks; academia is the default ladder, the others follow `/assign_lab`. */
export const CAREER_TRACKS = {
  academia: ['Postdoc', 'Lecturer', 'Associate Professor', 'Chair'],
  industry: ['Postdoc', 'Research Engineer', 'Laboratory Director', 'Chief Scientist'],
  government: ['Postdoc', 'Survey Officer', 'Deputy Commissioner', 'Commissioner of Antiquities'],
  religion: ['Postdoc', 'Lay Reader', 'Canon Archivist', 'Keeper of the Reliquary Library'],
  foreign: ['Postdoc', 'Visiting Fellow', 'Attaché for Learning', 'Ambassador of Letters'],
} as const;
export type CareerTrack = keyof typeof CAREER_TRACKS;

/** Mentored digests per rung (fixed): one promotion every 3 digests of active mentorship. */
export const DIGESTS_PER_RUNG = 3;

/**
 * Returns the rung (0-based) after `mentoredDigests` digests of active mentorship, capped at the
 * top of the track.
 */
export function careerRung(track: CareerTrack, mentoredDigests: number): number {
  const top = CAREER_TRACKS[track].length - 1;

  return Math.min(top, Math.floor(Math.max(0, mentoredDigests) / DIGESTS_PER_RUNG));
}

/** True when the digest that brings the count to `mentoredDigests` is a promotion. */
export function isPromotionDigest(track: CareerTrack, mentoredDigests: number): boolean {
  return (
    mentoredDigests > 0 &&
    careerRung(track, mentoredDigests) > careerRung(track, mentoredDigests - 1)
  );
}
