import {
  REPUTATION_MAX,
  REPUTATION_MIN,
  applyInfluenceGain,
  clampReputation,
  influenceSoftCap,
  isFaction,
} from './influence';

describe('clampReputation', () => {
  it('keeps values inside [−50, +50] unchanged', () => {
    expect(clampReputation(0)).toBe(0);
    expect(clampReputation(49)).toBe(49);
    expect(clampReputation(-49)).toBe(-49);
  });

  it('caps a gain at +50', () => {
    expect(clampReputation(49 + 5)).toBe(50);
  });

  it('floors a loss at −50', () => {
    expect(clampReputation(-48 - 7)).toBe(-50);
  });

  it('keeps the bounds themselves', () => {
    expect(clampReputation(REPUTATION_MAX)).toBe(50);
    expect(clampReputation(REPUTATION_MIN)).toBe(-50);
  });

  it('drops a fraction toward zero', () => {
    expect(clampReputation(3.7)).toBe(3);
    expect(clampReputation(-3.7)).toBe(-3);
  });
});

describe('influenceSoftCap', () => {
  it.each([
    [-50, 6],
    [-10, 6],
    [0, 6],
    [4, 6],
    [5, 7],
    [9, 7],
    [10, 8],
    [12, 8],
    [25, 11],
    [49, 15],
    [50, 16],
  ])('at reputation %i is %i', (reputation, cap) => {
    expect(influenceSoftCap(reputation)).toBe(cap);
  });
});

describe('applyInfluenceGain', () => {
  it('adds a gain that stays under the cap', () => {
    expect(applyInfluenceGain(3, 2, 0)).toBe(5);
  });

  it('stops a gain at the cap', () => {
    expect(applyInfluenceGain(5, 4, 0)).toBe(6);
    expect(applyInfluenceGain(7, 5, 12)).toBe(8);
    expect(applyInfluenceGain(15, 3, 50)).toBe(16);
  });

  it('leaves a balance at the cap unchanged', () => {
    expect(applyInfluenceGain(6, 1, 4)).toBe(6);
  });

  it('never lowers a balance above the cap', () => {
    expect(applyInfluenceGain(10, 2, 0)).toBe(10);
    expect(applyInfluenceGain(9, 1, -20)).toBe(9);
  });

  it('subtracts spending even above the cap', () => {
    expect(applyInfluenceGain(5, -2, 0)).toBe(3);
    expect(applyInfluenceGain(10, -3, 0)).toBe(7);
  });

  it('leaves the balance alone on a zero gain', () => {
    expect(applyInfluenceGain(4, 0, 0)).toBe(4);
  });
});

describe('isFaction', () => {
  it('accepts the five canonical keys', () => {
    for (const faction of ['academia', 'government', 'industry', 'religion', 'foreign']) {
      expect(isFaction(faction)).toBe(true);
    }
  });

  it('rejects other spellings', () => {
    expect(isFaction('Academia')).toBe(false);
    expect(isFaction('church')).toBe(false);
    expect(isFaction('')).toBe(false);
  });
});
