import { describe, expect, it } from 'vitest';
import { KnownAddresses } from './known-addresses.js';

const DAY = 86_400_000;

describe('KnownAddresses', () => {
  it('knows an address for its email only, from its sign-in for the remembered period', () => {
    const known = new KnownAddresses(30 * DAY);
    known.remember('x@demo.kz', '198.51.100.1', 0);
    expect(known.has('x@demo.kz', '198.51.100.1', 30 * DAY - 1)).toBe(true);
    expect(known.has('y@demo.kz', '198.51.100.1', 0)).toBe(false);
    expect(known.has('x@demo.kz', '198.51.100.2', 0)).toBe(false);
    expect(known.has('x@demo.kz', '198.51.100.1', 30 * DAY)).toBe(false); // expired, and forgotten
    expect(known.size).toBe(0);
  });

  it('counts the period from the last sign-in', () => {
    const known = new KnownAddresses(10 * DAY);
    known.remember('x@demo.kz', '198.51.100.1', 0);
    known.remember('x@demo.kz', '198.51.100.1', 8 * DAY);
    expect(known.has('x@demo.kz', '198.51.100.1', 17 * DAY)).toBe(true);
    expect(known.has('x@demo.kz', '198.51.100.1', 18 * DAY)).toBe(false);
  });

  it('bounds its memory: expired pairs go first, then the least recently signed-in', () => {
    const known = new KnownAddresses(10 * DAY, 3);
    known.remember('a@demo.kz', '1', 0);
    known.remember('b@demo.kz', '1', 5 * DAY);
    known.remember('c@demo.kz', '1', 6 * DAY);
    known.remember('a@demo.kz', '1', 7 * DAY); // a signs in again: now the most recent
    known.remember('d@demo.kz', '1', 7 * DAY); // 4 > 3: b, the least recent, goes
    expect(known.size).toBe(3);
    expect(['a', 'b', 'c', 'd'].map((e) => known.has(`${e}@demo.kz`, '1', 7 * DAY))).toEqual([true, false, true, true]);
    known.remember('e@demo.kz', '1', 17 * DAY + 1); // c, a and d have all expired by now: gone, not only the one over the bound
    expect(known.size).toBe(1);
    expect(known.has('e@demo.kz', '1', 17 * DAY + 1)).toBe(true);
  });

  it('never vouches for an unknown address', () => {
    const known = new KnownAddresses();
    known.remember('x@demo.kz', '', 0);
    expect(known.has('x@demo.kz', '', 0)).toBe(false);
    expect(known.size).toBe(0);
  });

  it('keeps the parts of a pair apart whatever they hold', () => {
    const known = new KnownAddresses();
    known.remember('a","b', 'c', 0);
    expect(known.has('a', 'b","c', 0)).toBe(false);
  });
});
