import {
  CONFIDENCES,
  CONFIDENCE_LABELS,
  CONFIDENCE_TABLE,
  partialReward,
  wagerPayout,
  type Confidence,
  type WagerOutcome,
} from './confidence';

describe('CONFIDENCE_TABLE', () => {
  it('lists the three confidences in order', () => {
    expect(CONFIDENCES).toEqual(['suspect', 'certain', 'stake_my_career']);
  });

  it('pays suspect +2 and charges −1', () => {
    expect(CONFIDENCE_TABLE.suspect).toEqual({ vindicated: 2, refuted: -1 });
  });

  it('pays certain +5 and charges −7', () => {
    expect(CONFIDENCE_TABLE.certain).toEqual({ vindicated: 5, refuted: -7 });
  });

  it('pays stake my career +15 and charges −25', () => {
    expect(CONFIDENCE_TABLE.stake_my_career).toEqual({ vindicated: 15, refuted: -25 });
  });

  it('labels stake my career in words', () => {
    expect(CONFIDENCE_LABELS.stake_my_career).toBe('stake my career');
  });
});

describe('partialReward', () => {
  it('pays max(1, floor(reward / 2)) for each confidence', () => {
    expect(partialReward('suspect')).toBe(1);
    expect(partialReward('certain')).toBe(2);
    expect(partialReward('stake_my_career')).toBe(7);
  });
});

describe('wagerPayout', () => {
  const table: [Confidence, WagerOutcome, number][] = [
    ['suspect', 'vindicated', 2],
    ['suspect', 'partial', 1],
    ['suspect', 'refuted', -1],
    ['certain', 'vindicated', 5],
    ['certain', 'partial', 2],
    ['certain', 'refuted', -7],
    ['stake_my_career', 'vindicated', 15],
    ['stake_my_career', 'partial', 7],
    ['stake_my_career', 'refuted', -25],
  ];

  it.each(table)('pays %s %s as %i', (confidence, outcome, payout) => {
    expect(wagerPayout(confidence, outcome)).toBe(payout);
  });
});
