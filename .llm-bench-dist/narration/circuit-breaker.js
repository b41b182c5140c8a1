"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CircuitBreaker = void 0;
/**
 * Stops calls to a failing endpoint. After `failureThreshold` consecutive failures the circuit
 * opens and every call is rejected at once; after `cooldownMs` one trial call is let through
 * (half-open). A success closes the circuit again, and a failure reopens it for another cool-down.
 */
class CircuitBreaker {
    options;
    currentState = 'closed';
    consecutiveFailures = 0;
    openedAt = 0;
    isTrialInFlight = false;
    now;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? (() => Date.now());
    }
    /** The state now, moving from open to half-open once the cool-down has passed. */
    get state() {
        if (this.currentState === 'open' && this.now() - this.openedAt >= this.options.cooldownMs) {
            this.currentState = 'half_open';
            this.isTrialInFlight = false;
        }
        return this.currentState;
    }
    /**
     * Returns true if a request may be sent now. In the half-open state only the first caller gets
     * true, until that trial reports its result.
     */
    tryAcquire() {
        const state = this.state;
        if (state === 'closed') {
            return true;
        }
        if (state === 'half_open' && !this.isTrialInFlight) {
            this.isTrialInFlight = true;
            return true;
        }
        return false;
    }
    recordSuccess() {
        this.currentState = 'closed';
        this.consecutiveFailures = 0;
        this.isTrialInFlight = false;
    }
    recordFailure() {
        this.consecutiveFailures += 1;
        this.isTrialInFlight = false;
        const isTrialFailure = this.currentState === 'half_open';
        if (isTrialFailure || this.consecutiveFailures >= this.options.failureThreshold) {
            this.currentState = 'open';
            this.openedAt = this.now();
        }
    }
}
exports.CircuitBreaker = CircuitBreaker;
//# sourceMappingURL=circuit-breaker.js.map