import { canAfford, standingAdvice, type StandingSituation } from './standing-advice';

const COSTS = {
  thinkTank: { academia: 1 },
  field: { academia: 1, government: 1 },
  conference: { academia: 1 },
};
const FULL = { academia: 3, government: 3, industry: 3, religion: 3, foreign: 3 };
const EMPTY = { academia: 0, government: 0, industry: 0, religion: 0, foreign: 0 };

function situation(overrides: Partial<StandingSituation>): StandingSituation {
  return {
    reputation: 0,
    influence: FULL,
    hasRivalTheoryToChallenge: false,
    mayRecruit: true,
    ...overrides,
  };
}

describe('standingAdvice', () => {
  it.each([
    [9, 'a shallow field expedition (academia 1, government 1)'],
    [0, 'a shallow field expedition (academia 1, government 1)'],
    [-1, 'a shallow think tank (academia 1)'],
    [-5, 'a shallow think tank (academia 1)'],
    [-6, 'a /conference (academia 1) on a theory of yours'],
    [-50, 'a /conference (academia 1) on a theory of yours'],
  ])('names the best open move at reputation %i', (reputation, move) => {
    const advice = standingAdvice(situation({ reputation }), COSTS);

    expect(advice).toContain(`To win back standing, try ${move}`);
  });

  it('never names a gated expedition below its gate', () => {
    for (let reputation = -50; reputation < 0; reputation += 1) {
      const advice = standingAdvice(situation({ reputation }), COSTS);
      expect(advice).not.toContain('field expedition');
      if (reputation < -5) {
        expect(advice).not.toContain('think tank');
      }
    }
  });

  it('skips an expedition the player cannot pay for', () => {
    const influence = { ...FULL, government: 0 };

    const advice = standingAdvice(situation({ reputation: 3, influence }), COSTS);

    expect(advice).toContain('a shallow think tank (academia 1)');
    expect(advice).not.toContain('field expedition');
  });

  it('offers a challenge beside a paid move', () => {
    const advice = standingAdvice(
      situation({ reputation: -20, hasRivalTheoryToChallenge: true }),
      COSTS,
    );

    expect(advice).toContain('a /conference (academia 1)');
    expect(advice).toContain("or a /challenge against a rival's open theory");
  });

  it('offers only a challenge without academia', () => {
    const advice = standingAdvice(
      situation({ reputation: -50, influence: EMPTY, hasRivalTheoryToChallenge: true }),
      COSTS,
    );

    expect(advice).toBe(
      "To win back standing, try a /challenge against a rival's open theory, which costs no influence.",
    );
  });

  it('names recruiting for academia when nothing else is open', () => {
    const advice = standingAdvice(situation({ reputation: -8, influence: EMPTY }), COSTS);

    expect(advice).toContain('No move that raises reputation is open to you now');
    expect(advice).toContain('/recruit through academia');
  });

  it('says to wait for a rival theory below the recruit gate', () => {
    const advice = standingAdvice(
      situation({ reputation: -50, influence: EMPTY, mayRecruit: false }),
      COSTS,
    );

    expect(advice).toContain('No move that raises reputation is open to you now');
    expect(advice).toContain('When a rival publishes a theory, /challenge it');
    expect(advice).not.toContain('/recruit');
  });
});

describe('canAfford', () => {
  it('needs every faction of the cost', () => {
    expect(canAfford(FULL, COSTS.field)).toBe(true);
    expect(canAfford({ ...FULL, government: 0 }, COSTS.field)).toBe(false);
    expect(canAfford(EMPTY, {})).toBe(true);
  });
});
