import { createHash } from 'node:crypto';
import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';

/** Injection token for the factory of seeded random streams. */
export const RANDOM = Symbol('RANDOM');

/** A deterministic stream of draws. The same seed always yields the same sequence. */
export class RandomStream {
  private readonly generator: RandomGenerator;

  constructor(seed: string) {
    // A SHA-256 digest spreads similar seeds ("guild:1", "guild:2") across the generator's state.
    const digest = createHash('sha256').update(seed).digest();
    this.generator = xoroshiro128plus(digest.readInt32LE(0) ^ digest.readInt32LE(4));
  }

  /** Returns an integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.generator);
  }

  /** Returns a float in [0, 1) with 2^-30 resolution. */
  float(): number {
    return this.int(0, 2 ** 30 - 1) / 2 ** 30;
  }

  /** Returns one element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new RangeError('cannot pick from an empty list');
    }
    return items[this.int(0, items.length - 1)];
  }

  /** Returns `count` distinct elements of the list, in draw order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      chosen.push(pool.splice(this.int(0, pool.length - 1), 1)[0]);
    }
    return chosen;
  }
}

/** Creates seeded random streams; tests swap it to force exact rolls. */
export interface RandomSource {
  stream(seed: string): RandomStream;
}

export const seededRandomSource: RandomSource = { stream: (seed) => new RandomStream(seed) };
