"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.seededRandomSource = exports.RandomStream = exports.RANDOM = void 0;
const node_crypto_1 = require("node:crypto");
const pure_rand_1 = require("pure-rand");
/** Injection token for the factory of seeded random streams. */
exports.RANDOM = Symbol('RANDOM');
/** A deterministic stream of draws. The same seed always yields the same sequence. */
class RandomStream {
    generator;
    constructor(seed) {
        // A SHA-256 digest spreads similar seeds ("guild:1", "guild:2") across the generator's state.
        const digest = (0, node_crypto_1.createHash)('sha256').update(seed).digest();
        this.generator = (0, pure_rand_1.xoroshiro128plus)(digest.readInt32LE(0) ^ digest.readInt32LE(4));
    }
    /** Returns an integer in [min, max], both ends included. */
    int(min, max) {
        return (0, pure_rand_1.unsafeUniformIntDistribution)(min, max, this.generator);
    }
    /** Returns a float in [0, 1) with 2^-30 resolution. */
    float() {
        return this.int(0, 2 ** 30 - 1) / 2 ** 30;
    }
    /** Returns one element of a non-empty list. */
    pick(items) {
        if (items.length === 0) {
            throw new RangeError('cannot pick from an empty list');
        }
        return items[this.int(0, items.length - 1)];
    }
    /** Returns `count` distinct elements of the list, in draw order. */
    sample(items, count) {
        const pool = [...items];
        const chosen = [];
        while (chosen.length < count && pool.length > 0) {
            chosen.push(pool.splice(this.int(0, pool.length - 1), 1)[0]);
        }
        return chosen;
    }
}
exports.RandomStream = RandomStream;
exports.seededRandomSource = { stream: (seed) => new RandomStream(seed) };
//# sourceMappingURL=random.js.map