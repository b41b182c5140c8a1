import { SnowflakeGenerator } from './sandbox-snowflakes';

describe('SnowflakeGenerator', () => {
  it('gives unique, increasing ids', () => {
    const generator = new SnowflakeGenerator();
    const ids = Array.from({ length: 5000 }, () => BigInt(generator.next()));

    expect(new Set(ids).size).toBe(5000);
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1])).toBe(true);
  });

  it('repeats the same sequence when stable', () => {
    const first = SnowflakeGenerator.stable();
    const second = SnowflakeGenerator.stable();
    const a = Array.from({ length: 3 }, () => first.next());
    const b = Array.from({ length: 3 }, () => second.next());

    expect(a).toEqual(b);
    expect(a[0]).toMatch(/^\d{17,19}$/);
  });
});
