import { describe, expect, it } from 'vitest';
import { parseRate, RateLimiter, refill, retryAfterSeconds, take, takeAll, type Bucket, type Rate } from './rate-limit.js';

const TEN_PER_MINUTE: Rate = { limit: 10, windowMs: 60_000 }; // one token every 6 s

describe('parseRate', () => {
  it.each([
    ['10/15m', { limit: 10, windowMs: 900_000 }],
    ['120/1m', { limit: 120, windowMs: 60_000 }],
    ['5/30s', { limit: 5, windowMs: 30_000 }],
    ['1000/1h', { limit: 1000, windowMs: 3_600_000 }],
    ['3/m', { limit: 3, windowMs: 60_000 }],
    [' 7 / 250ms ', { limit: 7, windowMs: 250 }],
    ['0/1m', null],
    ['10/0s', null],
    ['10', null],
    ['10/15d', null],
    ['ten/1m', null],
    ['-1/1m', null],
  ])('%s → %j', (text, rate) => {
    expect(parseRate(text)).toEqual(rate);
  });
});

describe('take: a token bucket of 10 per minute', () => {
  it.each<[string, Bucket | undefined, number, number, boolean, number, number]>([
    // what, bucket before, now, cost, allowed, tokens after, retry after (ms)
    ['a first call finds a full bucket', undefined, 0, 1, true, 9, 0],
    ['a burst may take the whole bucket at once', undefined, 0, 10, true, 0, 0],
    ['an empty bucket refuses and says when one token is back', { tokens: 0, at: 0 }, 0, 1, false, 0, 6_000],
    ['half a token is not enough', { tokens: 0, at: 0 }, 3_000, 1, false, 0.5, 3_000],
    ['6 s refill one token', { tokens: 0, at: 0 }, 6_000, 1, true, 0, 0],
    ['refill stops at the limit', { tokens: 5, at: 0 }, 3_600_000, 1, true, 9, 0],
    ['a cost of 3 waits for 3 tokens', { tokens: 1, at: 0 }, 0, 3, false, 1, 12_000],
    ['a cost above the limit takes a full bucket', { tokens: 10, at: 0 }, 0, 25, true, 0, 0],
    ['… and waits for one when it is not full', { tokens: 4, at: 0 }, 0, 25, false, 4, 36_000],
    ['a clock that went back refills nothing', { tokens: 2, at: 10_000 }, 5_000, 1, true, 1, 0],
  ])('%s', (_what, before, now, cost, allowed, tokens, retryAfterMs) => {
    const r = take(before, TEN_PER_MINUTE, now, cost);
    expect(r.allowed).toBe(allowed);
    expect(r.bucket.tokens).toBeCloseTo(tokens, 6);
    expect(r.retryAfterMs).toBe(retryAfterMs);
  });

  it('lets exactly `limit` calls through per window in a steady stream', () => {
    let bucket: Bucket | undefined;
    let allowed = 0;
    for (let t = 0; t < 600_000; t += 100) {
      const r = take(bucket, TEN_PER_MINUTE, t);
      bucket = r.bucket;
      if (r.allowed) allowed++;
    }
    // 10 at once, then one every 6 s for the remaining 594 s (99 more, the first at 6 s).
    expect(allowed).toBe(10 + 99);
  });

  it('refill never goes above the limit and never back in time', () => {
    expect(refill({ tokens: 9.5, at: 0 }, TEN_PER_MINUTE, 60_000)).toEqual({ tokens: 10, at: 60_000 });
    expect(refill({ tokens: 1, at: 5_000 }, TEN_PER_MINUTE, 0)).toEqual({ tokens: 1, at: 5_000 });
  });
});

describe('retryAfterSeconds', () => {
  it.each([[1, 1], [999, 1], [1_000, 1], [1_001, 2], [6_000, 6], [0, 1]])('%i ms → %i s', (ms, s) => {
    expect(retryAfterSeconds(ms)).toBe(s);
  });
});

describe('RateLimiter and takeAll', () => {
  it('keeps one bucket per key', () => {
    const l = new RateLimiter({ limit: 2, windowMs: 60_000 });
    expect(takeAll([{ limiter: l, key: 'a' }], 0)).toBe(0);
    expect(takeAll([{ limiter: l, key: 'a' }], 0)).toBe(0);
    expect(takeAll([{ limiter: l, key: 'a' }], 0)).toBe(30_000);
    expect(takeAll([{ limiter: l, key: 'b' }], 0)).toBe(0);
  });

  it('takes from every bucket or from none: a refusal by one spends nothing of the others', () => {
    const perIp = new RateLimiter({ limit: 5, windowMs: 60_000 });
    const perEmail = new RateLimiter({ limit: 1, windowMs: 60_000 });
    expect(takeAll([{ limiter: perIp, key: 'ip' }, { limiter: perEmail, key: 'x@demo.kz' }], 0)).toBe(0);
    expect(takeAll([{ limiter: perIp, key: 'ip' }, { limiter: perEmail, key: 'x@demo.kz' }], 0)).toBe(60_000);
    // The refused call took nothing from the address: 4 tokens are left there, not 3.
    expect(perIp.peek('ip', 0, 4).allowed).toBe(true);
    expect(perIp.peek('ip', 0, 5).allowed).toBe(false);
  });

  it('adds up charges on one bucket', () => {
    const l = new RateLimiter({ limit: 5, windowMs: 60_000 }); // one token every 12 s
    expect(takeAll([{ limiter: l, key: 'a' }, { limiter: l, key: 'a', cost: 2 }, { limiter: l, key: 'a' }], 0)).toBe(0);
    expect(takeAll([{ limiter: l, key: 'a' }, { limiter: l, key: 'a' }], 0)).toBe(12_000); // 2 asked, 1 left
    expect(takeAll([{ limiter: l, key: 'a' }], 0)).toBe(0);
    expect(l.peek('a', 0).allowed).toBe(false);
  });

  it('refund gives back a token taken, never above the limit, and keeps the refill', () => {
    const l = new RateLimiter({ limit: 2, windowMs: 60_000 }); // one token every 30 s
    takeAll([{ limiter: l, key: 'a' }, { limiter: l, key: 'a' }], 0);
    l.refund('a', 15_000); // 0.5 refilled + 1 given back
    expect(l.peek('a', 15_000)).toMatchObject({ allowed: true, bucket: { tokens: 0.5 } });
    l.refund('a', 15_000);
    l.refund('a', 15_000);
    expect(l.peek('a', 15_000, 2).allowed).toBe(true);
    expect(l.peek('a', 15_000).bucket.tokens).toBe(1); // 2 at most, less the one peeked
    l.refund('never-taken', 0);
    expect(l.size).toBe(1);
  });

  it('bounds its memory: full buckets are forgotten first, then the least recently used', () => {
    const l = new RateLimiter({ limit: 2, windowMs: 1_000 }, 3);
    for (const key of ['a', 'b', 'c']) takeAll([{ limiter: l, key }], 0);
    takeAll([{ limiter: l, key: 'a' }], 200); // a is used again: most recent
    takeAll([{ limiter: l, key: 'd' }], 200); // 4 keys > 3: none is full yet, so b (least recent) goes
    expect(l.size).toBe(3);
    expect(l.peek('b', 200, 2).allowed).toBe(true); // forgotten: a full bucket again
    expect(l.peek('c', 200, 2)).toMatchObject({ allowed: false, retryAfterMs: 300 }); // remembered: 1.4 tokens
    takeAll([{ limiter: l, key: 'e' }], 5_000); // by now every bucket is full again: all forgotten but e
    expect(l.size).toBe(1);
  });
});
