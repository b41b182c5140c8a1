import {
  applyScar,
  careerRung,
  decayFeeling,
  defectionProbability,
  isPromotionDigest,
  recruitmentChance,
  relationshipTerm,
} from './scholar-rules';

describe('decayFeeling', () => {
  it('keeps 98% per digest', () => {
    expect(decayFeeling(10)).toBeCloseTo(9.8, 10);
    expect(decayFeeling(-5)).toBeCloseTo(-4.9, 10);
  });

  it('leaves about 81.7% after 10 digests and never reaches zero', () => {
    let feeling = 10;
    for (let digest = 0; digest < 10; digest++) {
      feeling = decayFeeling(feeling);
    }

    expect(feeling).toBeCloseTo(8.1707, 4);
    expect(feeling).toBeGreaterThan(0);
  });

  it('keeps the sign over a long decay', () => {
    let feeling = -3;
    for (let digest = 0; digest < 1000; digest++) {
      feeling = decayFeeling(feeling);
    }

    expect(feeling).toBeLessThan(0);
  });
});

describe('applyScar', () => {
  it('holds a feeling down at the scar level', () => {
    expect(applyScar(6, -2)).toBe(-2);
  });

  it('leaves a feeling below the scar alone', () => {
    expect(applyScar(-4, -2)).toBe(-4);
  });

  it('does nothing without a scar', () => {
    expect(applyScar(6, null)).toBe(6);
  });
});

describe('relationshipTerm', () => {
  it('counts 0.02 per point of feeling', () => {
    expect(relationshipTerm(5, 0)).toBeCloseTo(0.1, 10);
  });

  it('bounds the feeling part at ±0.2', () => {
    expect(relationshipTerm(40, 0)).toBeCloseTo(0.2, 10);
    expect(relationshipTerm(-40, 0)).toBeCloseTo(-0.2, 10);
  });

  it('bounds feeling plus mentorship at ±0.25', () => {
    expect(relationshipTerm(40, 0.1)).toBeCloseTo(0.25, 10);
  });
});

describe('recruitmentChance', () => {
  const neutral = { isCooldownActive: false, influence: 0, feeling: 0, mentorshipBonus: 0 };

  it('starts at 0.6', () => {
    expect(recruitmentChance(neutral)).toBeCloseTo(0.6, 10);
  });

  it('halves the base during the stake cooldown', () => {
    expect(recruitmentChance({ ...neutral, isCooldownActive: true })).toBeCloseTo(0.3, 10);
  });

  it('adds 0.05 per influence and the relationship', () => {
    expect(recruitmentChance({ ...neutral, influence: 3, feeling: 5 })).toBeCloseTo(0.85, 10);
  });

  it('clamps to 0.95 and 0.05', () => {
    expect(recruitmentChance({ ...neutral, influence: 10, feeling: 20 })).toBe(0.95);
    expect(
      recruitmentChance({ ...neutral, isCooldownActive: true, feeling: -40, mentorshipBonus: 0 }),
    ).toBeCloseTo(0.1, 10);
    expect(
      recruitmentChance({ ...neutral, isCooldownActive: true, influence: -10, feeling: -40 }),
    ).toBe(0.05);
  });
});

describe('defectionProbability', () => {
  it('is one half at x = 0.5', () => {
    const p = defectionProbability({
      quality: 0.5,
      mistreatment: 0,
      alignment: 0,
      plateau: 0,
      loyalty: 0,
      integrity: 0,
    });

    expect(p).toBeCloseTo(0.5, 10);
  });

  it('is about 0.41 for a loyal, upright scholar', () => {
    const p = defectionProbability({
      quality: 0.8,
      mistreatment: 0.2,
      alignment: 0.1,
      plateau: 0.2,
      loyalty: 9,
      integrity: 8,
    });

    expect(p).toBeCloseTo(0.41, 2);
  });

  it('is about 0.97 for a disloyal one', () => {
    const p = defectionProbability({
      quality: 0.8,
      mistreatment: 0.2,
      alignment: 0.1,
      plateau: 0.2,
      loyalty: 2,
      integrity: 3,
    });

    expect(p).toBeCloseTo(0.97, 2);
  });
});

describe('careerRung', () => {
  it('promotes on the third mentored digest', () => {
    expect(careerRung('academia', 2)).toBe(0);
    expect(careerRung('academia', 3)).toBe(1);
    expect(isPromotionDigest('academia', 3)).toBe(true);
    expect(isPromotionDigest('academia', 4)).toBe(false);
  });

  it('stops at the top of the track', () => {
    expect(careerRung('industry', 30)).toBe(3);
    expect(isPromotionDigest('industry', 12)).toBe(false);
  });
});
