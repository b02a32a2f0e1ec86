import { describe, expect, it } from 'vitest';
import { LOG_TOPIC } from './events/event-log.js';
import type { LiveFeed } from './events/live-feed.js';
import { ReferenceCache } from './reference-cache.js';

/** A feed whose topic wake-ups and reconnects the test fires by hand. */
function fakeFeed() {
  const topics = new Map<string, (() => void)[]>();
  const reconnects: (() => void)[] = [];
  const feed = {
    onTopic: (topic: string, wake: () => void) => { topics.set(topic, [...(topics.get(topic) ?? []), wake]); return () => undefined; },
    onReconnect: (h: () => void) => { reconnects.push(h); },
  } as unknown as LiveFeed;
  return { feed, wake: (topic: string) => topics.get(topic)?.forEach((w) => w()), reconnect: () => reconnects.forEach((h) => h()) };
}

function counter(feed: LiveFeed, ttlMs = 60_000, now = () => 0) {
  let reads = 0;
  const cache = new ReferenceCache(async () => { reads += 1; return reads; }, feed, ttlMs, now);
  return { cache, reads: () => reads };
}

describe('ReferenceCache', () => {
  it('reads once for any number of concurrent and later callers', async () => {
    const { feed } = fakeFeed();
    const { cache, reads } = counter(feed);
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual([1, 1, 1]);
    expect(await cache.get()).toBe(1);
    expect(reads()).toBe(1);
  });

  it.each([
    ['a notification on the log topic', (f: ReturnType<typeof fakeFeed>) => f.wake(LOG_TOPIC)],
    ['a reconnect of the LISTEN connection', (f: ReturnType<typeof fakeFeed>) => f.reconnect()],
  ])('reads again after %s', async (_what, fire) => {
    const f = fakeFeed();
    const { cache } = counter(f.feed);
    expect(await cache.get()).toBe(1);
    fire(f);
    expect(await cache.get()).toBe(2);
  });

  it('does not read again on a case topic', async () => {
    const f = fakeFeed();
    const { cache } = counter(f.feed);
    await cache.get();
    f.wake('5b7e2f4c-0000-4000-8000-000000000000');
    expect(await cache.get()).toBe(1);
  });

  it('reads again once its lifetime is over, and after invalidate()', async () => {
    let t = 0;
    const { cache } = counter(fakeFeed().feed, 1_000, () => t);
    expect(await cache.get()).toBe(1);
    t = 999;
    expect(await cache.get()).toBe(1);
    t = 1_000;
    expect(await cache.get()).toBe(2);
    cache.invalidate();
    expect(await cache.get()).toBe(3);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const cache = new ReferenceCache(async () => { if (fail) throw new Error('database unreachable'); return 'ok'; }, fakeFeed().feed, 60_000);
    await expect(cache.get()).rejects.toThrow('database unreachable');
    fail = false;
    expect(await cache.get()).toBe('ok');
  });

  it('answers without a promise only a copy that is read and current', async () => {
    let t = 0;
    const f = fakeFeed();
    const { cache } = counter(f.feed, 1_000, () => t);
    expect(cache.settled()).toBeUndefined();
    const reading = cache.get();
    expect(cache.settled()).toBeUndefined(); // asked for, not read yet
    await reading;
    expect(cache.settled()).toBe(1);
    f.wake(LOG_TOPIC);
    expect(cache.settled()).toBeUndefined();
    expect(await cache.get()).toBe(2);
    t = 1_000;
    expect(cache.settled()).toBeUndefined(); // its lifetime is over
  });

  it('answers entries by key from the copy, and reads it again once for a key it lacks', async () => {
    let rows = new Map([['a', 'A']]);
    let reads = 0;
    const cache = new ReferenceCache(async () => { reads += 1; return rows; }, fakeFeed().feed, 60_000);
    expect(await cache.many(['a'], (m) => m)).toEqual(['A']);
    expect(reads).toBe(1);
    rows = new Map([['a', 'A'], ['b', 'B']]); // made on another instance; its notification has not arrived
    expect(await cache.many(['b', 'a'], (m) => m)).toEqual(['B', 'A']);
    expect(reads).toBe(2);
    expect(await cache.many(['a', 'gone'], (m) => m)).toEqual(['A', null]);
    expect(reads).toBe(3);
    expect(await cache.many(['b'], (m) => m)).toEqual(['B']);
    expect(reads).toBe(3);
  });
});
