/** Milliseconds since the Unix epoch at which Discord snowflakes start (2015-01-01T00:00:00Z). */
const DISCORD_EPOCH_MS = 1420070400000n;

/** Snowflakes carry 12 bits of per-millisecond increment. */
const MAX_INCREMENT = 4095;

/**
 * Generates snowflake ids shaped like Discord's: a millisecond timestamp shifted left by 22 bits
 * plus an increment, so they sort by creation time and have 18–19 digits, as discord.js expects.
 */
export class SnowflakeGenerator {
  private lastTimestamp = 0;
  private increment = 0;

  /**
   * @param now source of milliseconds; a counter instead of the wall clock makes the ids the same
   *   on every run, so a sandbox server keeps its ids across restarts
   */
  constructor(private readonly now: () => number = Date.now) {}

  /** Ids from a counter that starts at a fixed instant: the same sequence on every run. */
  static stable(startMs = Date.UTC(2026, 0, 1)): SnowflakeGenerator {
    let tick = startMs;

    return new SnowflakeGenerator(() => tick++);
  }

  next(): string {
    let timestamp = Math.max(this.now(), this.lastTimestamp);
    if (timestamp === this.lastTimestamp) {
      this.increment += 1;
      if (this.increment > MAX_INCREMENT) {
        // More than 4096 ids in one millisecond: borrow the next millisecond to stay unique.
        timestamp += 1;
        this.increment = 0;
      }
    } else {
      this.increment = 0;
    }
    this.lastTimestamp = timestamp;

    return (((BigInt(timestamp) - DISCORD_EPOCH_MS) << 22n) | BigInt(this.increment)).toString();
  }
}
