import { MoreThan, Not, type EntityManager } from 'typeorm';
import type { Player } from '../campaigns/player.entity';
import type { ExpeditionsConfig, FactionAmounts } from '../config/game-config';
import { RECRUIT_REPUTATION_GATE } from '../scholars/poaching-rules';
import { FACTIONS, type Faction } from '../scholars/scholar-profile';
import { Theory } from '../theories/theory.entity';
import { Challenge } from './challenge.entity';
import { meetsGate } from './expedition-rules';

/** What decides which moves that raise reputation are open to a player right now. */
export interface StandingSituation {
  reputation: number;
  influence: Readonly<Record<Faction, number>>;
  /** True when a rival's theory is open, before its deadline and not yet challenged by them. */
  hasRivalTheoryToChallenge: boolean;
  /** True when the player's reputation meets the recruit gate. */
  mayRecruit: boolean;
}

/** Shallow costs of the moves the advice can name. */
export interface StandingCosts {
  thinkTank: FactionAmounts;
  field: FactionAmounts;
  conference: FactionAmounts;
}

/** Shallow costs from the campaign's expedition rules; shallow preparation adds no academia. */
export function standingCosts(rules: ExpeditionsConfig): StandingCosts {
  return {
    thinkTank: rules.costs.think_tank,
    field: rules.costs.field,
    conference: rules.conference.cost,
  };
}

/**
 * Reads, inside the caller's transaction, what `standingAdvice` needs about the player: a rival
 * theory counts when it is open, before its deadline at `now` and not challenged by the player.
 */
export async function readStandingSituation(
  manager: EntityManager,
  player: Player,
  now: Date,
): Promise<StandingSituation> {
  const rivalTheories = await manager.find(Theory, {
    select: { id: true },
    where: {
      campaignId: player.campaignId,
      status: 'open',
      playerId: Not(player.id),
      deadlineAt: MoreThan(now),
    },
  });
  const challenged = await manager.find(Challenge, {
    select: { theoryId: true },
    where: { challengerId: player.id },
  });
  const challengedIds = new Set(challenged.map((challenge) => challenge.theoryId));

  return {
    reputation: player.reputation,
    influence: player.influence,
    hasRivalTheoryToChallenge: rivalTheories.some((theory) => !challengedIds.has(theory.id)),
    mayRecruit: player.reputation >= RECRUIT_REPUTATION_GATE,
  };
}

/** Returns true if every faction of `cost` is covered by `influence`. */
export function canAfford(
  influence: Readonly<Record<Faction, number>>,
  cost: FactionAmounts,
): boolean {
  return FACTIONS.every((faction) => influence[faction] >= (cost[faction] ?? 0));
}

function describeCost(cost: FactionAmounts): string {
  return FACTIONS.filter((faction) => (cost[faction] ?? 0) > 0)
    .map((faction) => `${faction} ${cost[faction]}`)
    .join(', ');
}

/**
 * Builds the sentence a gate refusal ends with: up to two moves that can raise the player's
 * reputation and that their reputation and influence allow today. Only results that judge a
 * wager move reputation, so the moves are expeditions, a conference on the player's own theory
 * and a challenge of a rival's theory. With none open, the sentence states that and names the way back.
 */
export function standingAdvice(situation: StandingSituation, costs: StandingCosts): string {
  const { reputation, influence } = situation;
  const moves: string[] = [];
  if (meetsGate('field', reputation) && canAfford(influence, costs.field)) {
    moves.push(`a shallow field expedition (${describeCost(costs.field)})`);
  } else if (meetsGate('think_tank', reputation) && canAfford(influence, costs.thinkTank)) {
    moves.push(`a shallow think tank (${describeCost(costs.thinkTank)})`);
  }
  if (moves.length === 0 && canAfford(influence, costs.conference)) {
    moves.push(
      `a /conference (${describeCost(costs.conference)}) on a theory of yours; publish one with /submit_theory first if you have none, at suspect confidence to risk least`,
    );
  }
  if (situation.hasRivalTheoryToChallenge) {
    moves.push("a /challenge against a rival's open theory, which costs no influence");
  }
  if (moves.length > 0) {
    return `To win back standing, try ${moves.join(', or ')}.`;
  }
  const conferenceCost = describeCost(costs.conference);
  if (situation.mayRecruit) {
    return `No move that raises reputation is open to you now: a conference costs ${conferenceCost} and no rival theory is open to challenge. A scholar recruited with /recruit through academia brings academia +1 when they join.`;
  }

  return `No move that raises reputation is open to you now: a conference costs ${conferenceCost} and no rival theory is open to challenge. When a rival publishes a theory, /challenge it; that costs no influence.`;
}
