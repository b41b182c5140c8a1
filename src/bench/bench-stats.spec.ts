import { histogramQuantile, percentile, summarize } from './bench-stats';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);

    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile(sorted, 1)).toBe(100);
  });

  it('is NaN for an empty sample', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('summarize', () => {
  it('sorts before ranking', () => {
    const summary = summarize([5, 1, 3]);

    expect(summary.p50).toBe(3);
    expect(summary.max).toBe(5);
    expect(summary.mean).toBe(3);
    expect(summary.count).toBe(3);
  });
});

describe('histogramQuantile', () => {
  it('interpolates inside the bucket that holds the rank', () => {
    const buckets = [
      { le: 0.001, count: 50 },
      { le: 0.002, count: 100 },
      { le: Infinity, count: 100 },
    ];

    expect(histogramQuantile(buckets, 0.5)).toBeCloseTo(0.001, 6);
    expect(histogramQuantile(buckets, 0.75)).toBeCloseTo(0.0015, 6);
  });

  it('returns the last finite bound when the rank falls in +Inf', () => {
    const buckets = [
      { le: 0.1, count: 1 },
      { le: Infinity, count: 10 },
    ];

    expect(histogramQuantile(buckets, 0.99)).toBe(0.1);
  });
});
