import type { Faction, Discipline } from '../scholars/scholar-profile';

/** Expedition types, by the key players choose. */
export const EXPEDITION_TYPES = ['think_tank', 'field', 'great_project'] as const;
export type ExpeditionType = (typeof EXPEDITION_TYPES)[number];

export const EXPEDITION_TYPE_LABELS: Record<ExpeditionType, string> = {
  think_tank: 'think tank',
  field: 'field expedition',
  great_project: 'great project',
};

/** Preparation depths, shallowest first. */
export const DEPTHS = ['shallow', 'standard', 'deep'] as const;
export type Depth = (typeof DEPTHS)[number];

export const BANDS = ['failure', 'partial', 'success', 'landmark'] as const;
export type Band = (typeof BANDS)[number];

export const BAND_LABELS: Record<Band, string> = {
  failure: 'failure',
  partial: 'partial success',
  success: 'solid success',
  landmark: 'landmark',
};

/**
 * Minimum reputation to launch each type. Fixed by the game design: the gates make a disgraced
 * lead rebuild standing with cheap work before attempting great projects.
 */
export const EXPEDITION_GATES: Record<ExpeditionType, number> = {
  think_tank: -5,
  field: 0,
  great_project: 10,
};

/** Returns true if a player at `reputation` may launch an expedition of `type`. */
export function meetsGate(type: ExpeditionType, reputation: number): boolean {
  return reputation >= EXPEDITION_GATES[type];
}

/** Preparation points per depth. Fixed by the game design. */
export const DEPTH_PREPARATION: Record<Depth, number> = { shallow: 0, standard: 10, deep: 20 };
/** Extra preparation after a non-failed think tank on the same theory. Fixed by the game design. */
export const THINK_TANK_PREPARATION = 10;
/** Fixed by the game design. */
export const MAX_PREPARATION = 30;
/** Expertise per team scholar of the expedition's discipline, and its cap. Fixed by the design. */
export const EXPERTISE_PER_SCHOLAR = 5;
export const MAX_EXPERTISE = 15;
/** Site friction is a seeded draw in 0..15 for field work and great projects. Fixed. */
export const MAX_SITE_FRICTION = 15;
/** A team scholar opposes a funding faction at politics −2 or below. Fixed by the design. */
export const OPPOSED_POLITICS = -2;
export const POLITICAL_FRICTION_PER_FACTION = 5;
export const MAX_POLITICAL_FRICTION = 10;

/** Score bands. Fixed by the game design: below 40 fails, 85 and above is a landmark. */
export const PARTIAL_FROM = 40;
export const SUCCESS_FROM = 65;
export const LANDMARK_FROM = 85;

/** The part of a scholar the resolution reads. */
export interface TeamMember {
  disciplines: readonly Discipline[];
  politics: Readonly<Record<Faction, number>>;
}

/** Every term of an expedition's score, as printed in its report. */
export interface ScoreModifiers {
  /** Depth preparation plus the think-tank bonus, capped at 30. */
  preparation: number;
  thinkTankBonus: boolean;
  expertise: number;
  siteFriction: number;
  politicalFriction: number;
  /** Site plus political friction, 0..25. */
  friction: number;
}

export interface ScoreInputs {
  type: ExpeditionType;
  depth: Depth;
  discipline: Discipline;
  team: readonly TeamMember[];
  fundingFactions: readonly Faction[];
  /** True when the same player ran a think tank on the same theory that did not fail. */
  priorThinkTank: boolean;
  /** The seeded site draw in 0..15; ignored for think tanks. */
  siteDraw: number;
}

/** Computes the modifiers of `score = d100 + preparation + expertise − friction`. */
export function scoreModifiers(inputs: ScoreInputs): ScoreModifiers {
  const preparation = Math.min(
    MAX_PREPARATION,
    DEPTH_PREPARATION[inputs.depth] + (inputs.priorThinkTank ? THINK_TANK_PREPARATION : 0),
  );
  const experts = inputs.team.filter((member) => member.disciplines.includes(inputs.discipline));
  const expertise = Math.min(MAX_EXPERTISE, EXPERTISE_PER_SCHOLAR * experts.length);
  const siteFriction =
    inputs.type === 'think_tank' ? 0 : Math.min(MAX_SITE_FRICTION, Math.max(0, inputs.siteDraw));
  const opposed = inputs.fundingFactions.filter((faction) =>
    inputs.team.some((member) => member.politics[faction] <= OPPOSED_POLITICS),
  );
  const politicalFriction = Math.min(
    MAX_POLITICAL_FRICTION,
    POLITICAL_FRICTION_PER_FACTION * opposed.length,
  );

  return {
    preparation,
    thinkTankBonus: inputs.priorThinkTank,
    expertise,
    siteFriction,
    politicalFriction,
    friction: siteFriction + politicalFriction,
  };
}

export function expeditionScore(d100: number, modifiers: ScoreModifiers): number {
  return d100 + modifiers.preparation + modifiers.expertise - modifiers.friction;
}

export function bandOf(score: number): Band {
  if (score >= LANDMARK_FROM) {
    return 'landmark';
  }
  if (score >= SUCCESS_FROM) {
    return 'success';
  }
  if (score >= PARTIAL_FROM) {
    return 'partial';
  }

  return 'failure';
}

/** How a band judges a theory: success or landmark vindicates, partial half-vindicates. */
export function wagerOutcomeOf(band: Band): 'vindicated' | 'partial' | 'refuted' {
  if (band === 'failure') {
    return 'refuted';
  }

  return band === 'partial' ? 'partial' : 'vindicated';
}

/** Finds of a failed expedition, from least to most useful. */
export const FAILURE_KINDS = [
  'nothing',
  'minor_clue',
  'funny_disaster',
  'adjacent_discovery',
  'major_sideways',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/**
 * Failure table by preparation depth, in percent. Fixed by the game design: deeper preparation
 * turns a failure into something useful more often. Standard is the midpoint of the other two.
 */
export const FAILURE_TABLES: Record<Depth, readonly { kind: FailureKind; weight: number }[]> = {
  shallow: [
    { kind: 'nothing', weight: 60 },
    { kind: 'minor_clue', weight: 30 },
    { kind: 'funny_disaster', weight: 10 },
  ],
  standard: [
    { kind: 'nothing', weight: 50 },
    { kind: 'minor_clue', weight: 35 },
    { kind: 'adjacent_discovery', weight: 15 },
  ],
  deep: [
    { kind: 'minor_clue', weight: 40 },
    { kind: 'adjacent_discovery', weight: 40 },
    { kind: 'major_sideways', weight: 20 },
  ],
};

/**
 * Picks the row of a weighted table for a d100 draw in 1..100: with weights 60/30/10, draws 1–60
 * give the first row, 61–90 the second and 91–100 the third.
 */
export function pickWeighted<T extends { weight: number }>(rows: readonly T[], d100: number): T {
  let remaining = d100;
  for (const row of rows) {
    remaining -= row.weight;
    if (remaining <= 0) {
      return row;
    }
  }

  return rows[rows.length - 1];
}

/** The failure kind a d100 draw selects for a depth. */
export function failureKindFor(depth: Depth, d100: number): FailureKind {
  return pickWeighted(FAILURE_TABLES[depth], d100).kind;
}

/** Conference score: `d100 + 5 × supporters − 5 × opposition`, with tunable weights and bands. */
export interface ConferenceRules {
  supporterBonus: number;
  oppositionPenalty: number;
  successFrom: number;
  partialFrom: number;
}

export function conferenceScore(
  d100: number,
  supporters: number,
  opposition: number,
  rules: ConferenceRules,
): number {
  return d100 + rules.supporterBonus * supporters - rules.oppositionPenalty * opposition;
}

export function conferenceBand(score: number, rules: ConferenceRules): Band {
  if (score >= rules.successFrom) {
    return 'success';
  }

  return score >= rules.partialFrom ? 'partial' : 'failure';
}

/**
 * Reputation change for a rival who challenged a theory: the challenger collects their reward if
 * the theory is refuted and pays their penalty if it is vindicated; a partial result pays nothing.
 */
export function challengeOutcome(
  theoryOutcome: 'vindicated' | 'partial' | 'refuted',
): 'vindicated' | 'refuted' | null {
  if (theoryOutcome === 'partial') {
    return null;
  }

  return theoryOutcome === 'refuted' ? 'vindicated' : 'refuted';
}

/** Digests of halved recruitment after any stake-my-career result. Fixed by the game design. */
export const STAKE_COOLDOWN_DIGESTS = 2;
