import { describe, expect, it } from 'vitest';
import { RenderCache } from './render.cache.js';

const bytes = (n: number) => Buffer.alloc(n);

describe('RenderCache', () => {
  it('keeps documents within its byte budget, dropping the least recently used first', () => {
    const cache = new RenderCache(100);
    cache.set('a', bytes(40));
    cache.set('b', bytes(40));
    cache.get('a'); // a is now the most recently used
    cache.set('c', bytes(40));
    expect([cache.get('a')?.length, cache.get('b'), cache.get('c')?.length]).toEqual([40, undefined, 40]);
    expect(cache.size).toBe(80);
  });

  it.each([
    ['a document larger than the budget is not kept', [['a', 30], ['big', 101]], { a: 30, big: undefined }, 30],
    ['replacing a key counts its bytes once', [['a', 30], ['a', 50]], { a: 50 }, 50],
    ['a zero budget keeps nothing', [['a', 1]], { a: undefined }, 0],
  ] as const)('%s', (_what, writes, expected, size) => {
    const cache = new RenderCache(size === 0 ? 0 : 100);
    for (const [key, n] of writes) cache.set(key, bytes(n));
    for (const [key, n] of Object.entries(expected)) expect(cache.get(key)?.length).toBe(n);
    expect(cache.size).toBe(size);
  });
});
