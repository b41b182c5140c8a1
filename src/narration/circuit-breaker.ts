/** Closed lets requests through; open rejects them; half-open lets one trial request through. */
export type CircuitState = 'closed' | 'open' | 'half_open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** Milliseconds the circuit stays open before one trial request is allowed. */
  cooldownMs: number;
  /** Milliseconds since an arbitrary origin; injectable so tests set the time. */
  now?: () => number;
}

/**
 * Stops calls to a failing endpoint. After `failureThreshold` consecutive failures the circuit
 * opens and every call is rejected at once; after `cooldownMs` one trial call is let through
 * (half-open). A success closes the circuit again, and a failure reopens it for another cool-down.
 */
export class CircuitBreaker {
  private currentState: CircuitState = 'closed';
  private consecutiveFailures = 0;
  private openedAt = 0;
  private isTrialInFlight = false;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.now = options.now ?? (() => Date.now());
  }

  /** The state now, moving from open to half-open once the cool-down has passed. */
  get state(): CircuitState {
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
  tryAcquire(): boolean {
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

  recordSuccess(): void {
    this.currentState = 'closed';
    this.consecutiveFailures = 0;
    this.isTrialInFlight = false;
  }

  recordFailure(): void {
    this.consecutiveFailures += 1;
    this.isTrialInFlight = false;
    const isTrialFailure = this.currentState === 'half_open';
    if (isTrialFailure || this.consecutiveFailures >= this.options.failureThreshold) {
      this.currentState = 'open';
      this.openedAt = this.now();
    }
  }
}
