"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FixedRolls = void 0;
const random_1 = require("../../common/random");
/** A stream whose every integer draw returns one value; floats derive from it. */
class FixedStream extends random_1.RandomStream {
    value;
    constructor(seed, value) {
        super(seed);
        this.value = value;
    }
    int(min, max) {
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
class FixedRolls {
    forced = new Map();
    /** Forces every later draw for the purpose to `value`. */
    set(purpose, value) {
        this.forced.set(purpose, value);
        return this;
    }
    clear() {
        this.forced.clear();
    }
    stream(seed) {
        const purpose = seed.slice(seed.lastIndexOf(':') + 1);
        const value = this.forced.get(purpose);
        return value === undefined ? new random_1.RandomStream(seed) : new FixedStream(seed, value);
    }
}
exports.FixedRolls = FixedRolls;
//# sourceMappingURL=fixed-rolls.js.map