import { RandomStream, type RandomSource } from '../../common/random';

/** A stream whose every integer draw returns one value; floats derive from it. */
class FixedStream extends RandomStream {
  constructor(
    seed: string,
    private readonly value: number,
  ) {
    super(seed);
  }

  override int(min: number, max: number): number {
    if (this.value < min || this.value > max) {
      throw new RangeError(`forced draw ${this.value} is outside ${min}..${max}`);
    }
    return this.value;
  }
}

/**
 * A random source for tests: a seed ending in `:<purpose>` (such as `:d100` or `:site`) draws the
 * value set for that purpose; every other seed draws as in production.
 */
export class FixedRolls implements RandomSource {
  private readonly forced = new Map<string, number>();

  /** Forces every later draw for the purpose to `value`. */
  set(purpose: string, value: number): this {
    this.forced.set(purpose, value);
    return this;
  }

  clear(): void {
    this.forced.clear();
  }

  stream(seed: string): RandomStream {
    const purpose = seed.slice(seed.lastIndexOf(':') + 1);
    const value = this.forced.get(purpose);

    return value === undefined ? new RandomStream(seed) : new FixedStream(seed, value);
  }
}
