import { defaultGameConfig } from '../config/game-config';
import {
  isGraceAvailable,
  largestFaction,
  pickTopic,
  pledgeSize,
  settlePledge,
  topicScore,
  winningStance,
  type PledgeStanding,
} from './symposium-rules';

const CONFIG = defaultGameConfig().symposium;
const DAY_MS = 86_400_000;
const NOW = new Date('2027-01-08T12:00:00Z');

function daysBefore(days: number): Date {
  return new Date(NOW.getTime() - days * DAY_MS);
}

function standing(overrides: Partial<PledgeStanding> = {}): PledgeStanding {
  return {
    influence: { academia: 3, government: 3, industry: 3, religion: 3, foreign: 3 },
    missStreak: 0,
    debt: 0,
    lastGraceAt: null,
    ...overrides,
  };
}

describe('topicScore', () => {
  it('gives a new proposal by a fresh proposer 1.5', () => {
    expect(topicScore(0, false, CONFIG)).toBe(1.5);
  });

  it('gives a new proposal by a repeat proposer 0.25', () => {
    expect(topicScore(0, true, CONFIG)).toBe(0.25);
  });

  it('loses freshness linearly over 28 days', () => {
    expect(topicScore(14, false, CONFIG)).toBeCloseTo(1.0);
    expect(topicScore(7, true, CONFIG)).toBeCloseTo(0.75 - 0.75);
  });

  it('keeps freshness at zero past 28 days', () => {
    expect(topicScore(28, false, CONFIG)).toBe(0.5);
    expect(topicScore(40, true, CONFIG)).toBe(-0.75);
  });
});

describe('pickTopic', () => {
  it('prefers a fresh proposer over a newer repeat one', () => {
    const candidates = [
      { id: 1, proposerId: 10, proposedAt: daysBefore(1) },
      { id: 2, proposerId: 20, proposedAt: daysBefore(20) },
    ];

    // 10 had a recent topic: 27/28 − 0.75 ≈ 0.21; 20 did not: 8/28 + 0.5 ≈ 0.79.
    expect(pickTopic(candidates, [10, null], NOW, CONFIG)?.id).toBe(2);
  });

  it('prefers the fresher proposal when both proposers are fresh', () => {
    const candidates = [
      { id: 1, proposerId: 10, proposedAt: daysBefore(10) },
      { id: 2, proposerId: 20, proposedAt: daysBefore(2) },
    ];

    expect(pickTopic(candidates, [], NOW, CONFIG)?.id).toBe(2);
  });

  it('breaks a tie in favour of the older proposal', () => {
    // Both past 28 days score exactly 0.5; the older one wins.
    const candidates = [
      { id: 5, proposerId: 10, proposedAt: daysBefore(29) },
      { id: 4, proposerId: 20, proposedAt: daysBefore(30) },
    ];

    expect(pickTopic(candidates, [], NOW, CONFIG)?.id).toBe(4);
  });

  it('returns null without proposals', () => {
    expect(pickTopic([], [], NOW, CONFIG)).toBeNull();
  });
});

describe('pledgeSize', () => {
  it.each([
    [0, 2],
    [1, 3],
    [4, 6],
    [5, 7],
    [9, 7],
  ])('is %i missed → %i', (streak, size) => {
    expect(pledgeSize(streak, CONFIG)).toBe(size);
  });
});

describe('isGraceAvailable', () => {
  it('is available when no miss was ever forgiven', () => {
    expect(isGraceAvailable(null, NOW, CONFIG)).toBe(true);
  });

  it('is used up for 28 days after a forgiven miss', () => {
    expect(isGraceAvailable(daysBefore(7), NOW, CONFIG)).toBe(false);
    expect(isGraceAvailable(daysBefore(27.9), NOW, CONFIG)).toBe(false);
  });

  it('returns 28 days after a forgiven miss', () => {
    expect(isGraceAvailable(daysBefore(28), NOW, CONFIG)).toBe(true);
  });
});

describe('largestFaction', () => {
  it('takes the largest balance, ties in faction order', () => {
    expect(
      largestFaction({ academia: 1, government: 4, industry: 4, religion: 0, foreign: 2 }),
    ).toBe('government');
  });
});

describe('settlePledge', () => {
  it('lets a voter keep the pledge and resets the streak', () => {
    const result = settlePledge(standing({ missStreak: 3 }), true, NOW, CONFIG);

    expect(result.outcome).toBe('kept');
    expect(result.amount).toBe(5);
    expect(result.taken).toBe(0);
    expect(result.missStreak).toBe(0);
  });

  it('forgives a first miss and records the grace', () => {
    const result = settlePledge(standing(), false, NOW, CONFIG);

    expect(result.outcome).toBe('forgiven');
    expect(result.taken).toBe(0);
    expect(result.lastGraceAt).toEqual(NOW);
    expect(result.missStreak).toBe(1);
  });

  it('forgives only once in 28 days', () => {
    const first = settlePledge(standing(), false, daysBefore(7), CONFIG);
    const second = settlePledge(
      standing({ missStreak: first.missStreak, lastGraceAt: first.lastGraceAt }),
      false,
      NOW,
      CONFIG,
    );

    expect(first.outcome).toBe('forgiven');
    expect(second.outcome).toBe('forfeited');
    expect(second.amount).toBe(3);
    expect(second.faction).toBe('academia');
    expect(second.taken).toBe(3);
    expect(second.shortfall).toBe(0);
  });

  it('turns a shortfall into debt once, over three weeks', () => {
    const broke = { academia: 1, government: 0, industry: 0, religion: 0, foreign: 0 };
    let state = standing({ influence: broke, lastGraceAt: daysBefore(1) });
    const weeks = [];
    for (let week = 0; week < 3; week += 1) {
      const at = new Date(NOW.getTime() + week * 7 * DAY_MS);
      const result = settlePledge(state, false, at, CONFIG);
      weeks.push(result);
      const influence = { ...state.influence };
      if (result.faction) {
        influence[result.faction] -= result.taken;
      }
      state = {
        influence,
        missStreak: result.missStreak,
        debt: result.debt,
        lastGraceAt: result.lastGraceAt,
      };
    }

    // Week 1: pledge 2, 1 taken, 1 owed. Week 2: pledge 3, nothing left, 3 owed. Week 3: 4 owed.
    expect(weeks.map((week) => week.outcome)).toEqual(['forfeited', 'forfeited', 'forfeited']);
    expect(weeks.map((week) => week.amount)).toEqual([2, 3, 4]);
    expect(weeks.map((week) => week.taken)).toEqual([1, 0, 0]);
    expect(weeks.map((week) => week.shortfall)).toEqual([1, 3, 4]);
    expect(weeks.map((week) => week.debt)).toEqual([1, 4, 8]);
    expect(weeks.map((week) => week.reputationChange)).toEqual([0, 0, -1]);
  });

  it('starts the reprisal at a debt of exactly 6', () => {
    expect(settlePledge(standing({ debt: 5 }), true, NOW, CONFIG).reputationChange).toBe(0);
    expect(settlePledge(standing({ debt: 6 }), true, NOW, CONFIG).reputationChange).toBe(-1);
  });
});

describe('winningStance', () => {
  it('takes the stance with the most votes', () => {
    expect(winningStance({ support: 2, oppose: 1, further_study: 0 })).toBe('support');
    expect(winningStance({ support: 0, oppose: 1, further_study: 0 })).toBe('oppose');
  });

  it('sends a tie or an empty floor to further study', () => {
    expect(winningStance({ support: 1, oppose: 1, further_study: 0 })).toBe('further_study');
    expect(winningStance({ support: 0, oppose: 0, further_study: 0 })).toBe('further_study');
  });
});
