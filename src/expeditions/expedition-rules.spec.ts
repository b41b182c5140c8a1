import type { Faction } from '../scholars/scholar-profile';
import {
  bandOf,
  challengeOutcome,
  conferenceBand,
  conferenceScore,
  expeditionScore,
  failureKindFor,
  meetsGate,
  scoreModifiers,
  wagerOutcomeOf,
  type Depth,
  type FailureKind,
  type ScoreInputs,
  type TeamMember,
} from './expedition-rules';

const NEUTRAL: Record<Faction, number> = {
  academia: 0,
  government: 0,
  industry: 0,
  religion: 0,
  foreign: 0,
};

function member(disciplines: TeamMember['disciplines'], politics = NEUTRAL): TeamMember {
  return { disciplines, politics };
}

function inputs(overrides: Partial<ScoreInputs> = {}): ScoreInputs {
  return {
    type: 'field',
    depth: 'shallow',
    discipline: 'Epigraphy',
    team: [member(['Geodesy'])],
    fundingFactions: [],
    priorThinkTank: false,
    siteDraw: 0,
    ...overrides,
  };
}

describe('meetsGate', () => {
  it.each([
    ['think_tank', -6, false],
    ['think_tank', -5, true],
    ['field', -1, false],
    ['field', 0, true],
    ['great_project', 9, false],
    ['great_project', 10, true],
  ] as const)('%s at reputation %i is %s', (type, reputation, allowed) => {
    expect(meetsGate(type, reputation)).toBe(allowed);
  });
});

describe('bandOf', () => {
  it.each([
    [39, 'failure'],
    [40, 'partial'],
    [64, 'partial'],
    [65, 'success'],
    [84, 'success'],
    [85, 'landmark'],
    [-10, 'failure'],
    [145, 'landmark'],
  ] as const)('score %i is %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });
});

describe('wagerOutcomeOf', () => {
  it('maps bands to wager outcomes', () => {
    expect(wagerOutcomeOf('failure')).toBe('refuted');
    expect(wagerOutcomeOf('partial')).toBe('partial');
    expect(wagerOutcomeOf('success')).toBe('vindicated');
    expect(wagerOutcomeOf('landmark')).toBe('vindicated');
  });
});

describe('scoreModifiers', () => {
  it('gives 0, 10 and 20 preparation by depth', () => {
    expect(scoreModifiers(inputs({ depth: 'shallow' })).preparation).toBe(0);
    expect(scoreModifiers(inputs({ depth: 'standard' })).preparation).toBe(10);
    expect(scoreModifiers(inputs({ depth: 'deep' })).preparation).toBe(20);
  });

  it('adds 10 for a prior think tank and caps preparation at 30', () => {
    expect(scoreModifiers(inputs({ depth: 'standard', priorThinkTank: true })).preparation).toBe(
      20,
    );
    expect(scoreModifiers(inputs({ depth: 'deep', priorThinkTank: true })).preparation).toBe(30);
  });

  it('gives 5 expertise per matching scholar, capped at 15', () => {
    const expert = member(['Epigraphy', 'Geodesy']);
    expect(scoreModifiers(inputs({ team: [expert] })).expertise).toBe(5);
    expect(scoreModifiers(inputs({ team: [expert, expert, expert] })).expertise).toBe(15);
    expect(scoreModifiers(inputs({ team: [expert, expert, expert, expert] })).expertise).toBe(15);
  });

  it('uses the site draw for field work and ignores it for think tanks', () => {
    expect(scoreModifiers(inputs({ siteDraw: 15 })).siteFriction).toBe(15);
    expect(scoreModifiers(inputs({ type: 'great_project', siteDraw: 7 })).siteFriction).toBe(7);
    expect(scoreModifiers(inputs({ type: 'think_tank', siteDraw: 15 })).siteFriction).toBe(0);
  });

  it('adds 5 political friction per opposed funding faction, capped at 10', () => {
    const hostile = member(['Geodesy'], { ...NEUTRAL, government: -2, industry: -3, religion: -3 });
    const mild = member(['Geodesy'], { ...NEUTRAL, government: -1 });
    expect(
      scoreModifiers(inputs({ team: [mild], fundingFactions: ['government'] })).politicalFriction,
    ).toBe(0);
    expect(
      scoreModifiers(inputs({ team: [hostile], fundingFactions: ['government'] }))
        .politicalFriction,
    ).toBe(5);
    expect(
      scoreModifiers(
        inputs({ team: [hostile], fundingFactions: ['government', 'industry', 'religion'] }),
      ).politicalFriction,
    ).toBe(10);
  });

  it('caps friction at 25', () => {
    const hostile = member(['Geodesy'], { ...NEUTRAL, government: -3, industry: -3, religion: -3 });
    const modifiers = scoreModifiers(
      inputs({
        team: [hostile],
        siteDraw: 15,
        fundingFactions: ['government', 'industry', 'religion'],
      }),
    );
    expect(modifiers.friction).toBe(25);
  });

  it('adds roll, preparation and expertise and subtracts friction', () => {
    const modifiers = scoreModifiers(
      inputs({ depth: 'standard', team: [member(['Epigraphy'])], siteDraw: 4 }),
    );
    expect(expeditionScore(39, modifiers)).toBe(39 + 10 + 5 - 4);
  });
});

describe('failureKindFor', () => {
  const edges: [Depth, number, FailureKind][] = [
    ['shallow', 1, 'nothing'],
    ['shallow', 60, 'nothing'],
    ['shallow', 61, 'minor_clue'],
    ['shallow', 90, 'minor_clue'],
    ['shallow', 91, 'funny_disaster'],
    ['shallow', 100, 'funny_disaster'],
    ['standard', 50, 'nothing'],
    ['standard', 51, 'minor_clue'],
    ['standard', 85, 'minor_clue'],
    ['standard', 86, 'adjacent_discovery'],
    ['standard', 100, 'adjacent_discovery'],
    ['deep', 1, 'minor_clue'],
    ['deep', 40, 'minor_clue'],
    ['deep', 41, 'adjacent_discovery'],
    ['deep', 80, 'adjacent_discovery'],
    ['deep', 81, 'major_sideways'],
    ['deep', 100, 'major_sideways'],
  ];

  it.each(edges)('%s draw %i gives %s', (depth, draw, kind) => {
    expect(failureKindFor(depth, draw)).toBe(kind);
  });
});

describe('conference rules', () => {
  const rules = { supporterBonus: 5, oppositionPenalty: 5, successFrom: 60, partialFrom: 40 };

  it('scores d100 + 5 per supporter − 5 per opponent', () => {
    expect(conferenceScore(50, 3, 1, rules)).toBe(60);
  });

  it.each([
    [39, 'failure'],
    [40, 'partial'],
    [59, 'partial'],
    [60, 'success'],
  ] as const)('score %i is %s', (score, band) => {
    expect(conferenceBand(score, rules)).toBe(band);
  });
});

describe('challengeOutcome', () => {
  it('pays the challenger on a refutation and charges on a vindication', () => {
    expect(challengeOutcome('refuted')).toBe('vindicated');
    expect(challengeOutcome('vindicated')).toBe('refuted');
    expect(challengeOutcome('partial')).toBeNull();
  });
});
