import type { SymposiumConfig } from '../config/game-config';
import { FACTIONS, type Faction } from '../scholars/scholar-profile';

export const SYMPOSIUM_STANCES = ['support', 'oppose', 'further_study'] as const;
export type SymposiumStance = (typeof SYMPOSIUM_STANCES)[number];

export const STANCE_LABELS: Record<SymposiumStance, string> = {
  support: 'Support',
  oppose: 'Oppose',
  further_study: 'Further study',
};

/** `kept` by a voter, `forgiven` under the grace rule, `forfeited` by a non-voter. */
export type PledgeOutcome = 'kept' | 'forgiven' | 'forfeited';

const DAY_MS = 86_400_000;

/** A pending proposal, with the fields the topic choice reads. */
export interface TopicCandidate {
  id: number;
  proposerId: number | null;
  proposedAt: Date;
}

/**
 * Score of a proposal: freshness `max(0, (L − age_days) / L)` with L the proposal lifetime
 * (28 days by default), plus the fresh-proposer bonus if the proposer had none of the recent
 * topics, else minus the repeat penalty.
 */
export function topicScore(
  ageDays: number,
  proposerHadRecentTopic: boolean,
  config: SymposiumConfig,
): number {
  const lifetime = config.proposalLifetimeDays;
  const freshness = Math.max(0, (lifetime - ageDays) / lifetime);

  return (
    freshness + (proposerHadRecentTopic ? -config.repeatProposerPenalty : config.freshProposerBonus)
  );
}

/**
 * Picks the best-scoring proposal, or null when there is none. `recentProposerIds` are the
 * proposers of the latest topics (built-in topics as null). Ties go to the older proposal, then
 * to the lower id.
 */
export function pickTopic<T extends TopicCandidate>(
  candidates: readonly T[],
  recentProposerIds: readonly (number | null)[],
  at: Date,
  config: SymposiumConfig,
): T | null {
  let best: { candidate: T; score: number } | null = null;
  for (const candidate of candidates) {
    const ageDays = (at.getTime() - candidate.proposedAt.getTime()) / DAY_MS;
    const hadRecent =
      candidate.proposerId !== null && recentProposerIds.includes(candidate.proposerId);
    const score = topicScore(ageDays, hadRecent, config);
    if (
      !best ||
      score > best.score ||
      (score === best.score && isOlder(candidate, best.candidate))
    ) {
      best = { candidate, score };
    }
  }

  return best?.candidate ?? null;
}

function isOlder(a: TopicCandidate, b: TopicCandidate): boolean {
  const difference = a.proposedAt.getTime() - b.proposedAt.getTime();

  return difference < 0 || (difference === 0 && a.id < b.id);
}

/** Influence a player pledges to a symposium: `base + min(miss streak, max surcharge)`. */
export function pledgeSize(missStreak: number, config: SymposiumConfig): number {
  return config.basePledge + Math.min(Math.max(0, missStreak), config.maxMissSurcharge);
}

/** True when no missed vote was forgiven within the grace window before `at`. */
export function isGraceAvailable(
  lastGraceAt: Date | null,
  at: Date,
  config: SymposiumConfig,
): boolean {
  return lastGraceAt === null || at.getTime() - lastGraceAt.getTime() >= config.graceDays * DAY_MS;
}

/** The faction with the largest balance; ties go to the first in the canonical faction order. */
export function largestFaction(influence: Record<Faction, number>): Faction {
  return FACTIONS.reduce((best, faction) =>
    influence[faction] > influence[best] ? faction : best,
  );
}

/** A player's symposium standing before one close. */
export interface PledgeStanding {
  influence: Record<Faction, number>;
  missStreak: number;
  debt: number;
  lastGraceAt: Date | null;
}

/** Outcome of one close for one player. */
export interface PledgeSettlement {
  outcome: PledgeOutcome;
  amount: number;
  /** Faction the forfeit was taken from; null when nothing was taken. */
  faction: Faction | null;
  taken: number;
  shortfall: number;
  missStreak: number;
  debt: number;
  lastGraceAt: Date | null;
  /** Reputation change from the reprisal; 0 or negative. */
  reputationChange: number;
}

/**
 * Settles a player's pledge when a symposium closes. A voter keeps the pledge and their miss
 * streak resets. A non-voter's miss is forgiven once per grace window; otherwise the pledge is
 * taken from the largest balance and the part it cannot cover becomes debt. Debt at or above the
 * reprisal threshold costs reputation once per close.
 */
export function settlePledge(
  standing: PledgeStanding,
  voted: boolean,
  at: Date,
  config: SymposiumConfig,
): PledgeSettlement {
  const amount = pledgeSize(standing.missStreak, config);
  const settlement: PledgeSettlement = {
    outcome: 'kept',
    amount,
    faction: null,
    taken: 0,
    shortfall: 0,
    missStreak: voted ? 0 : standing.missStreak + 1,
    debt: standing.debt,
    lastGraceAt: standing.lastGraceAt,
    reputationChange: 0,
  };

  if (!voted && isGraceAvailable(standing.lastGraceAt, at, config)) {
    settlement.outcome = 'forgiven';
    settlement.lastGraceAt = at;
  } else if (!voted) {
    const faction = largestFaction(standing.influence);
    const taken = Math.min(amount, Math.max(0, standing.influence[faction]));
    settlement.outcome = 'forfeited';
    settlement.faction = taken > 0 ? faction : null;
    settlement.taken = taken;
    settlement.shortfall = amount - taken;
    settlement.debt = standing.debt + settlement.shortfall;
  }
  if (settlement.debt >= config.reprisalDebt) {
    settlement.reputationChange = -config.reprisalReputation;
  }

  return settlement;
}

/**
 * Pays debt from the largest balance, as far as it goes. Returns the faction and amount paid, or
 * null when there is no debt or no balance to pay it from.
 */
export function repayDebt(
  influence: Record<Faction, number>,
  debt: number,
): { faction: Faction; paid: number } | null {
  if (debt <= 0) {
    return null;
  }
  const faction = largestFaction(influence);
  const paid = Math.min(debt, Math.max(0, influence[faction]));

  return paid > 0 ? { faction, paid } : null;
}

/** The winning stance: most votes; a tie, or no votes at all, sends the topic to further study. */
export function winningStance(counts: Record<SymposiumStance, number>): SymposiumStance {
  const { support, oppose, further_study: furtherStudy } = counts;
  if (support > oppose && support > furtherStudy) {
    return 'support';
  }
  if (oppose > support && oppose > furtherStudy) {
    return 'oppose';
  }

  return 'further_study';
}
