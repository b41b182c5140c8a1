import { CircuitBreaker } from './circuit-breaker';

describe('CircuitBreaker', () => {
  let now: number;
  let breaker: CircuitBreaker;

  beforeEach(() => {
    now = 0;
    breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 30_000, now: () => now });
  });

  function fail(times: number): void {
    for (let i = 0; i < times; i += 1) {
      expect(breaker.tryAcquire()).toBe(true);
      breaker.recordFailure();
    }
  }

  describe('state', () => {
    it('starts closed and lets requests through', () => {
      expect(breaker.state).toBe('closed');
      expect(breaker.tryAcquire()).toBe(true);
    });

    it('stays closed below the failure threshold', () => {
      fail(2);

      expect(breaker.state).toBe('closed');
    });

    it('opens after the threshold of consecutive failures', () => {
      fail(3);

      expect(breaker.state).toBe('open');
      expect(breaker.tryAcquire()).toBe(false);
    });

    it('counts only consecutive failures', () => {
      fail(2);
      breaker.recordSuccess();
      fail(2);

      expect(breaker.state).toBe('closed');
    });

    it('stays open until the cool-down has passed', () => {
      fail(3);
      now = 29_999;

      expect(breaker.state).toBe('open');
      expect(breaker.tryAcquire()).toBe(false);
    });

    it('half-opens after the cool-down and allows one trial', () => {
      fail(3);
      now = 30_000;

      expect(breaker.state).toBe('half_open');
      expect(breaker.tryAcquire()).toBe(true);
      expect(breaker.tryAcquire()).toBe(false);
    });

    it('closes when the trial succeeds', () => {
      fail(3);
      now = 30_000;
      breaker.tryAcquire();
      breaker.recordSuccess();

      expect(breaker.state).toBe('closed');
      expect(breaker.tryAcquire()).toBe(true);
    });

    it('reopens for a full cool-down when the trial fails', () => {
      fail(3);
      now = 30_000;
      breaker.tryAcquire();
      breaker.recordFailure();

      expect(breaker.state).toBe('open');
      now = 59_999;
      expect(breaker.state).toBe('open');
      now = 60_000;
      expect(breaker.state).toBe('half_open');
    });
  });
});
