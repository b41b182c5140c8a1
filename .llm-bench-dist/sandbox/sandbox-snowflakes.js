"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SnowflakeGenerator = void 0;
/** Milliseconds since the Unix epoch at which Discord snowflakes start (2015-01-01T00:00:00Z). */
const DISCORD_EPOCH_MS = 1420070400000n;
/** Snowflakes carry 12 bits of per-millisecond increment. */
const MAX_INCREMENT = 4095;
/**
 * Generates snowflake ids shaped like Discord's: a millisecond timestamp shifted left by 22 bits
 * plus an increment, so they sort by creation time and have 18–19 digits, as discord.js expects.
 */
class SnowflakeGenerator {
    lastTimestamp = 0;
    increment = 0;
    next() {
        let timestamp = Math.max(Date.now(), this.lastTimestamp);
        if (timestamp === this.lastTimestamp) {
            this.increment += 1;
            if (this.increment > MAX_INCREMENT) {
                // More than 4096 ids in one millisecond: borrow the next millisecond to stay unique.
                timestamp += 1;
                this.increment = 0;
            }
        }
        else {
            this.increment = 0;
        }
        this.lastTimestamp = timestamp;
        return (((BigInt(timestamp) - DISCORD_EPOCH_MS) << 22n) | BigInt(this.increment)).toString();
    }
}
exports.SnowflakeGenerator = SnowflakeGenerator;
//# sourceMappingURL=sandbox-snowflakes.js.map