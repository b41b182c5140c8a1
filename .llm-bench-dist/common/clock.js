"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ManualClock = exports.systemClock = exports.CLOCK = void 0;
/** Injection token for the clock, so tests and the demo can set the time. */
exports.CLOCK = Symbol('CLOCK');
exports.systemClock = { now: () => new Date() };
/** A clock that tests and the demo move by hand. */
class ManualClock {
    current;
    constructor(start) {
        this.current = new Date(start.getTime());
    }
    now() {
        return new Date(this.current.getTime());
    }
    set(to) {
        this.current = new Date(to.getTime());
    }
    advance(milliseconds) {
        this.current = new Date(this.current.getTime() + milliseconds);
    }
}
exports.ManualClock = ManualClock;
//# sourceMappingURL=clock.js.map