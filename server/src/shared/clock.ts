/**
 * The time the domain runs on: when a voting round, a decision, an extension notice or a removal
 * is due, when scheduled jobs are due and retried, the times decisions, signatures and compliance
 * are recorded at, retention and idempotency-key lifetimes. The platform owns one (AppDeps.clock)
 * and services take it from there; tests pass a TestClock and move time instead of waiting or
 * rewriting rows.
 *
 * Deliberately on the real clock (Date.now): log timestamps, metrics durations and lag, rate-limit,
 * login-guard and backpressure windows, caches, presence and typing expiry, access-token and
 * invitation expiry (signed and checked against real time), HTTP and re-check timeouts, the job
 * runner's polling interval, and the rows' own bookkeeping times (created_at, updated_at, the
 * event log's `at`, edits of comments, superseded votes), which PostgreSQL or the ORM set.
 */
export interface Clock {
  now(): Date;
  nowMs(): number;
}

export const systemClock: Clock = {
  now: () => new Date(),
  nowMs: () => Date.now(),
};

/** A clock that stands still until a test sets or advances it. */
export class TestClock implements Clock {
  private ms: number;

  constructor(start: Date | number = Date.now()) {
    this.ms = typeof start === 'number' ? start : start.getTime();
  }

  now(): Date {
    return new Date(this.ms);
  }

  nowMs(): number {
    return this.ms;
  }

  /** Moves to a given time (backwards too: a test may replay a day). */
  set(at: Date | number): Date {
    this.ms = typeof at === 'number' ? at : at.getTime();
    return this.now();
  }

  /** Moves forward by `ms` and returns the new time. */
  advance(ms: number): Date {
    if (!(ms >= 0)) throw new Error('a test clock only moves forward with advance(); use set() to go back');
    this.ms += ms;
    return this.now();
  }
}
