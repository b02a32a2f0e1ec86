import { describe, expect, it } from 'vitest';
import { Role } from '../members/role.js';
import { ageBand, AgeBand } from './age-band.js';
import { groupHistograms, histogramPercentiles } from './histogram.js';
import { periodBounds } from './period.js';
import { topRepeated } from './repeat-targets.js';
import { countFor, seesExactCounts, shareFor } from './suppression.js';

describe('suppression of small counts', () => {
  it.each([
    [0, false, { value: 0, suppressed: false }],
    [1, false, { value: null, suppressed: true }],
    [4, false, { value: null, suppressed: true }],
    [5, false, { value: 5, suppressed: false }],
    [3, true, { value: 3, suppressed: false }],
  ])('%i seen exactly=%s → %j', (n, exact, view) => {
    expect(countFor(n, exact)).toEqual(view);
  });

  it.each([
    [2, 4, false, null], [2, 4, true, 0.5], [1, 3, true, 0.333], [0, 0, true, null], [3, 10, false, 0.3],
  ])('share %i of %i exact=%s → %s', (part, whole, exact, share) => {
    expect(shareFor(part, whole, exact)).toBe(share);
  });

  it.each([[Role.CHAIR, true], [Role.DEPUTY_CHAIR, true], [Role.ANALYST, false], [Role.ADMIN, false], [Role.MEMBER, false]])('%s sees exact counts: %s', (role, exact) => {
    expect(seesExactCounts(role)).toBe(exact);
  });
});

describe('age bands', () => {
  it.each([
    [null, AgeBand.UNKNOWN], [-1, AgeBand.UNKNOWN], [0, AgeBand.UNDER_10], [9, AgeBand.UNDER_10], [10, AgeBand.AGE_10_13],
    [13, AgeBand.AGE_10_13], [14, AgeBand.AGE_14_15], [15, AgeBand.AGE_14_15], [16, AgeBand.AGE_16_17], [17, AgeBand.AGE_16_17], [18, AgeBand.ADULT],
  ])('%s → %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });
});

describe('periods', () => {
  it('covers whole Kazakhstan days, from midnight to midnight (UTC+5)', () => {
    expect(periodBounds({ from: '2026-01-01', to: '2026-01-31' })).toEqual({
      start: new Date('2025-12-31T19:00:00.000Z'),
      end: new Date('2026-01-31T19:00:00.000Z'),
    });
  });

  it.each([
    [{ from: '2026-02-01', to: '2026-01-01' }, /ends before it starts/],
    [{ from: '2016-01-01', to: '2026-01-01' }, /at most 10 years/],
  ])('refuses %j', (p, message) => {
    expect(() => periodBounds(p)).toThrow(message);
  });

  it('accepts a period of just under 10 years', () => {
    expect(() => periodBounds({ from: '2016-01-02', to: '2026-01-01' })).not.toThrow();
  });
});

describe('percentiles from whole-hour histograms', () => {
  it.each([
    [[], [0.5], [null]],
    [[{ h: 5, n: 1 }], [0.5, 0.9], [5.5, 5.5]],
    [[{ h: 0, n: 1 }, { h: 10, n: 1 }], [0.5], [5.5]],
    [[{ h: 2, n: 4 }], [0, 0.5, 1], [2.125, 2.5, 2.875]],
    [[{ h: 3, n: 0 }, { h: 1, n: 2 }, { h: 0, n: 2 }], [0.5], [1]],
    [[{ h: 24, n: 9 }, { h: 100, n: 1 }], [0.5, 0.9], [24.556, 32.5]],
  ])('%j at %j → %j', (buckets, ps, expected) => {
    expect(histogramPercentiles(buckets, ps).map((x) => (x === null ? null : Math.round(x * 1000) / 1000))).toEqual(expected);
  });

  it('stays within an hour of the exact percentile', () => {
    const values = Array.from({ length: 999 }, (_, i) => (i * 7.31) % 96);
    const sorted = [...values].sort((a, b) => a - b);
    const buckets = [...groupHistograms(values.map((v) => ({ key: null, h: Math.floor(v), n: 1 })))][0][1];
    for (const p of [0.1, 0.5, 0.9]) {
      const rank = p * (sorted.length - 1);
      const exact = sorted[Math.floor(rank)] + (rank % 1) * (sorted[Math.ceil(rank)] - sorted[Math.floor(rank)]);
      expect(Math.abs(histogramPercentiles(buckets, [p])[0]! - exact)).toBeLessThan(1);
    }
  });
});

describe('most repeated targets by candidates', () => {
  // Candidates by their count over all time (an upper bound), counted in the period in batches of two.
  const run = async (all: Record<string, number>, inPeriod: Record<string, number>, limit: number, unbounded: string[] = []) => {
    const order = Object.entries(all).map(([target, bound]) => ({ target, bound })).sort((a, b) => b.bound - a.bound || (a.target < b.target ? -1 : 1));
    const counted: string[] = [];
    const top = await topRepeated(
      unbounded,
      async (after) => order.slice(after ? order.indexOf(after) + 1 : 0).filter((c) => c.bound > 1).slice(0, 2),
      async (targets) => { counted.push(...targets); return new Map(targets.map((t) => [t, inPeriod[t] ?? 0])); },
      limit,
    );
    return { top: top.map((r) => `${r.target}:${r.n}`), counted: counted.length };
  };

  it.each([
    [{ a: 9, b: 8, c: 7, d: 3, e: 2 }, { a: 5, b: 6, c: 1, d: 3, e: 2 }, 2, ['b:6', 'a:5'], 4], // stops once d (bound 3) cannot reach 5
    [{ a: 9, b: 8, c: 7, d: 3, e: 2 }, { a: 5, b: 6, c: 1, d: 3, e: 2 }, 3, ['b:6', 'a:5', 'd:3'], 5],
    [{ a: 4, b: 4, c: 4 }, { a: 4, b: 4, c: 4 }, 2, ['a:4', 'b:4'], 3], // a tie at the bound is still counted
    [{ a: 5, b: 1 }, { a: 1, b: 1 }, 5, [], 1], // once-named targets are not candidates; a count of 1 is no repeat
    [{}, {}, 5, [], 0],
  ])('%j in all, %j in the period, top %i → %j after counting %i', async (all, inPeriod, limit, top, counted) => {
    expect(await run(all, inPeriod, limit)).toEqual({ top, counted });
  });

  it('counts first the targets whose bound is stale, and each target once', async () => {
    // z's total was taken before it was named 7 more times: with a stale bound of 2 it would be missed.
    expect(await run({ a: 9, b: 8, z: 2 }, { a: 5, b: 6, z: 7 }, 2, ['z', 'a'])).toEqual({ top: ['z:7', 'b:6'], counted: 3 });
  });
});
