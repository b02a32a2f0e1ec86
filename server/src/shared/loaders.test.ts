import { describe, expect, it } from 'vitest';
import { mapLoader } from './loaders.js';

describe('mapLoader', () => {
  it('reads its keys in one batch, and knows (without a promise) what it read or was primed with', async () => {
    const batches: string[][] = [];
    const loader = mapLoader(async (keys) => {
      batches.push([...keys]);
      return new Map(keys.map((k) => [k, k.toUpperCase()]));
    });
    expect(loader.known('a')).toBeUndefined();
    expect(await Promise.all([loader.load('a'), loader.load('b')])).toEqual(['A', 'B']);
    expect(batches).toEqual([['a', 'b']]);
    expect([loader.known('a'), loader.known('b'), loader.known('c')]).toEqual(['A', 'B', undefined]);
    loader.prime('c', 'primed');
    expect(loader.known('c')).toBe('primed');
    expect(await loader.load('c')).toBe('primed');
    expect(batches).toHaveLength(1);
  });

  it('does not know a key primed with an error or a promise, nor change what it knows', async () => {
    const loader = mapLoader(async (keys) => new Map(keys.map((k) => [k, 'read'])));
    loader.prime('failed', new Error('gone'));
    loader.prime('pending', Promise.resolve('later'));
    expect([loader.known('failed'), loader.known('pending')]).toEqual([undefined, undefined]);
    await loader.load('a');
    loader.prime('a', 'other');
    expect(loader.known('a')).toBe('read');
  });
});
