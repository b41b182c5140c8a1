import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Player } from '../campaigns/player.entity';
import { wagerPayout, type WagerOutcome } from '../theories/confidence';
import { Theory } from '../theories/theory.entity';
import { Challenge, type ChallengeOutcome } from './challenge.entity';
import { challengeLine } from './expedition-press';
import { STAKE_COOLDOWN_DIGESTS, challengeOutcome } from './expedition-rules';
import { shiftReputation } from './player-ledger';

/** Payout of judging a theory to its owner, and the lines of the challenges it settled. */
export interface Judgement {
  change: number;
  reputationAfter: number;
  challengeLines: string[];
}

const THEORY_STATUS: Record<WagerOutcome, 'vindicated' | 'partial' | 'refuted'> = {
  vindicated: 'vindicated',
  partial: 'partial',
  refuted: 'refuted',
};

/**
 * Judges theories and settles the challenges against them. A theory is judged once: the caller
 * checks that it is still open, and this marks it closed in the same transaction.
 */
@Injectable()
export class TheoryJudgement {
  /** Closes the theory with the outcome, pays its owner the wager and settles its challenges. */
  async judge(
    manager: EntityManager,
    theory: Theory,
    outcome: WagerOutcome,
    at: Date,
  ): Promise<Judgement> {
    await manager.update(Theory, theory.id, { status: THEORY_STATUS[outcome], resolvedAt: at });
    theory.status = THEORY_STATUS[outcome];
    const change = wagerPayout(theory.confidence, outcome);
    const reputationAfter = await shiftReputation(manager, theory.playerId, change);
    if (theory.confidence === 'stake_my_career') {
      await startStakeCooldown(manager, theory.playerId);
    }
    const challengeLines = await this.settleChallenges(manager, theory, outcome, at);

    return { change, reputationAfter, challengeLines };
  }

  /**
   * Voids the open challenges of theories that lapsed untested: no result judged them, so nothing is
   * paid. Returns how many were voided.
   */
  async voidLapsedChallenges(
    manager: EntityManager,
    campaignId: number,
    at: Date,
  ): Promise<number> {
    const open = await manager.find(Challenge, { where: { campaignId, isSettled: false } });
    if (open.length === 0) {
      return 0;
    }
    const lapsed = await manager.find(Theory, {
      where: { id: In(open.map((challenge) => challenge.theoryId)), status: 'lapsed' },
    });
    const lapsedIds = new Set(lapsed.map((theory) => theory.id));
    const voided = open.filter((challenge) => lapsedIds.has(challenge.theoryId));
    for (const challenge of voided) {
      await manager.update(Challenge, challenge.id, {
        isSettled: true,
        outcome: 'void',
        reputationChange: 0,
        settledAt: at,
      });
    }

    return voided.length;
  }

  private async settleChallenges(
    manager: EntityManager,
    theory: Theory,
    outcome: WagerOutcome,
    at: Date,
  ): Promise<string[]> {
    const challenges = await manager.find(Challenge, {
      where: { theoryId: theory.id, isSettled: false },
      order: { id: 'ASC' },
    });
    const lines: string[] = [];
    for (const challenge of challenges) {
      const result = challengeOutcome(outcome);
      const change = result === null ? 0 : wagerPayout(challenge.confidence, result);
      const settled = settledOutcome(result);
      if (change !== 0) {
        await shiftReputation(manager, challenge.challengerId, change);
      }
      if (result !== null && challenge.confidence === 'stake_my_career') {
        await startStakeCooldown(manager, challenge.challengerId);
      }
      await manager.update(Challenge, challenge.id, {
        isSettled: true,
        outcome: settled,
        reputationChange: change,
        settledAt: at,
      });
      const challenger = await manager.findOneByOrFail(Player, { id: challenge.challengerId });
      lines.push(challengeLine(challenger.displayName, settled, change));
    }

    return lines;
  }
}

/**
 * Halves the player's recruitment chances for the next 2 digests after a stake-my-career result.
 * The digest ticks cooldowns before it resolves orders, so the full 2 digests follow this one.
 */
export async function startStakeCooldown(manager: EntityManager, playerId: number): Promise<void> {
  await manager.update(Player, playerId, { stakeCooldownDigests: STAKE_COOLDOWN_DIGESTS });
}

/** Names a settled challenge from the challenger's side; null means a partial result. */
function settledOutcome(result: ReturnType<typeof challengeOutcome>): ChallengeOutcome {
  if (result === null) {
    return 'drawn';
  }

  return result === 'vindicated' ? 'won' : 'lost';
}
