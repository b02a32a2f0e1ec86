import { DomainError, type Localized } from './domain-error.js';

/**
 * Token buckets: a budget of `limit` calls that refills evenly over `windowMs` (so `limit` calls may
 * come at once, then one every windowMs/limit). Pure arithmetic on plain data; the keyed store below
 * only remembers buckets, in memory, per instance.
 */
export interface Rate {
  limit: number;
  windowMs: number;
}

export interface Bucket {
  tokens: number;
  /** When `tokens` was computed (ms). */
  at: number;
}

export interface Taken {
  allowed: boolean;
  /** The bucket after the call: spent when allowed, only refilled when refused. */
  bucket: Bucket;
  /** How long until the call would be allowed (0 when it was). */
  retryAfterMs: number;
}

/** Parses `count/window` as written in the environment: `10/15m`, `120/1m`, `5/30s`, `1000/1h`. */
export function parseRate(text: string): Rate | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)?\s*(ms|s|m|h)\s*$/.exec(text);
  if (!m) return null;
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[m[3] as 'ms' | 's' | 'm' | 'h'];
  const limit = Number(m[1]);
  const windowMs = Number(m[2] ?? 1) * unit;
  return limit >= 1 && windowMs >= 1 ? { limit, windowMs } : null;
}

/** The bucket as it stands at `now`: refilled for the time passed, never above the limit. */
export function refill(bucket: Bucket | undefined, rate: Rate, now: number): Bucket {
  if (!bucket) return { tokens: rate.limit, at: now };
  const elapsed = Math.max(0, now - bucket.at);
  return { tokens: Math.min(rate.limit, bucket.tokens + (elapsed * rate.limit) / rate.windowMs), at: Math.max(now, bucket.at) };
}

/**
 * Takes `cost` tokens if there are enough. A cost above the limit is taken as the whole limit, so
 * one large call waits for a full bucket instead of never passing.
 */
export function take(bucket: Bucket | undefined, rate: Rate, now: number, cost = 1): Taken {
  const current = refill(bucket, rate, now);
  const need = Math.min(Math.max(cost, 0), rate.limit);
  // A hair of tolerance: refills are fractions, and 0.9999999 tokens should count as 1.
  if (current.tokens + 1e-9 >= need) {
    return { allowed: true, bucket: { tokens: Math.max(0, current.tokens - need), at: current.at }, retryAfterMs: 0 };
  }
  // (Less a hair as well, so that 300.0000001 ms of float noise does not round up to 301.)
  return { allowed: false, bucket: current, retryAfterMs: Math.max(1, Math.ceil(((need - current.tokens) * rate.windowMs) / rate.limit - 1e-6)) };
}

/** Seconds for `Retry-After` and `extensions.retryAfter`: whole seconds, at least 1. */
export const retryAfterSeconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1_000));

/** One rate applied per key (an account, an address, an email), in this instance's memory. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly rate: Rate,
    /** Beyond this many keys, full buckets (which equal no bucket) are forgotten, then the oldest. */
    private readonly maxKeys = 50_000,
  ) {}

  /** What taking would give, without spending. */
  peek(key: string, now: number, cost = 1): Taken {
    return take(this.buckets.get(key), this.rate, now, cost);
  }

  /** Stores the outcome of a `peek` that the caller decided to spend. */
  commit(key: string, taken: Taken, now: number): void {
    this.buckets.delete(key); // re-inserted last: the Map's order is the order of use
    this.buckets.set(key, taken.bucket);
    if (this.buckets.size > this.maxKeys) this.sweep(now);
  }

  /** Gives back `cost` tokens taken for a call that turned out not to count (never above the limit). */
  refund(key: string, now: number, cost = 1): void {
    const bucket = this.buckets.get(key);
    if (!bucket) return; // a forgotten bucket is a full one
    const current = refill(bucket, this.rate, now);
    this.buckets.set(key, { tokens: Math.min(this.rate.limit, current.tokens + cost), at: current.at });
  }

  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (refill(bucket, this.rate, now).tokens >= this.rate.limit) this.buckets.delete(key);
    }
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}

export interface Charge {
  limiter: RateLimiter;
  key: string;
  cost?: number;
}

/**
 * Takes from every bucket or from none: a call refused by one limit spends nothing from the others.
 * Returns the wait (ms) of the slowest refusing bucket, or 0 when the call may go ahead.
 */
export function takeAll(charges: readonly Charge[], now: number): number {
  // Two charges on one bucket are one charge of both costs.
  const merged = new Map<RateLimiter, Map<string, number>>();
  for (const c of charges) {
    const byKey = merged.get(c.limiter) ?? new Map<string, number>();
    merged.set(c.limiter, byKey.set(c.key, (byKey.get(c.key) ?? 0) + (c.cost ?? 1)));
  }
  const peeks = [...merged].flatMap(([limiter, byKey]) =>
    [...byKey].map(([key, cost]) => ({ c: { limiter, key }, taken: limiter.peek(key, now, cost) })));
  const wait = Math.max(0, ...peeks.map((p) => p.taken.retryAfterMs));
  if (wait > 0) return wait;
  for (const { c, taken } of peeks) c.limiter.commit(c.key, taken, now);
  return 0;
}

/** RATE_LIMITED with `extensions.retryAfter` in whole seconds. */
export function rateLimited(message: Localized, retryAfter?: number, details?: Record<string, unknown>): DomainError {
  const error = new DomainError('RATE_LIMITED', message, details);
  if (retryAfter !== undefined) Object.assign(error.extensions, { retryAfter });
  return error;
}
