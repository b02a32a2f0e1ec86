import { describe, expect, it } from 'vitest';
import { cellKey, KEY_RANGE, MAX_NOISE, NOISE, perturb, SMALL } from './perturbation.js';

const KEYS = Array.from({ length: KEY_RANGE }, (_, k) => k);
const COUNTS = Array.from({ length: 60 }, (_, n) => n);

/** Every published value of a true count, with how many of the 256 cell keys give it. */
const outcomes = (n: number) => KEYS.reduce((m, k) => m.set(perturb(n, k), (m.get(perturb(n, k)) ?? 0) + 1), new Map<number, number>());
/** The true counts (up to 60) that some cell key publishes as `v`: what an attacker who knows the table can tell from `v` alone. */
const candidates = (v: number) => COUNTS.filter((n) => KEYS.some((k) => perturb(n, k) === v));

describe('the perturbation table', () => {
  it.each(COUNTS)('never publishes 1 to 4 for a true count of %i, whatever the cell key', (n) => {
    for (const k of KEYS) expect(perturb(n, k) === 0 || perturb(n, k) >= SMALL).toBe(true);
  });

  it.each(KEYS.filter((k) => k % 17 === 0))('keeps 0 at 0 (cell key %i)', (k) => {
    expect(perturb(0, k)).toBe(0);
  });

  it.each([
    // n, key → published
    [1, 0, 5], [1, 50, 5], [1, 51, 0], [1, 255, 0],
    [2, 101, 5], [2, 102, 0], [3, 153, 5], [3, 154, 0], [4, 204, 5], [4, 205, 0],
    [5, 0, 5], [5, 31, 5], [5, 100, 5], [5, 200, 6], [5, 230, 7], [5, 255, 13],
    [7, 1, 5], [7, 60, 6], [20, 0, 12], [20, 10, 18], [20, 40, 19], [20, 120, 20], [20, 170, 21], [20, 240, 22], [20, 255, 28],
  ])('publishes a count of %i with cell key %i as %i', (n, k, v) => {
    expect(perturb(n, k)).toBe(v);
  });

  it('is a function: the same count and key always give the same figure', () => {
    for (const n of COUNTS) for (const k of KEYS) expect(perturb(n, k)).toBe(perturb(n, k));
  });

  it.each([1, 2, 3, 4])('turns a count of %i into 0 or 5, right on average', (n) => {
    const o = outcomes(n);
    expect([...o.keys()].sort()).toEqual([0, 5]);
    expect(Math.abs((5 * o.get(5)!) / KEY_RANGE - n)).toBeLessThan(0.02);
  });

  it.each([13, 20, 30, 59])('moves a count of %i by −8 … +8, mostly by at most 2, unbiased', (n) => {
    const o = outcomes(n);
    const mean = [...o].reduce((s, [v, w]) => s + v * w, 0) / KEY_RANGE;
    expect(mean).toBeCloseTo(n, 5);
    expect(Math.min(...o.keys())).toBe(n - MAX_NOISE);
    expect(Math.max(...o.keys())).toBe(n + MAX_NOISE);
    const within2 = [...o].filter(([v]) => Math.abs(v - n) <= 2).reduce((s, [, w]) => s + w, 0);
    expect(within2).toBe(KEY_RANGE - 2);
    expect(o.get(n)).toBe(80); // the true count itself for less than a third of the keys
  });

  it('covers every cell key exactly once', () => {
    expect(NOISE[0].from).toBe(0);
    expect(NOISE[NOISE.length - 1].to).toBe(KEY_RANGE);
    for (let i = 1; i < NOISE.length; i++) expect(NOISE[i].from).toBe(NOISE[i - 1].to);
    expect(NOISE.map((r) => r.to - r.from)).toEqual([...NOISE].reverse().map((r) => r.to - r.from)); // symmetric
  });

  it.each([
    // published → every true count it may come from (≤ 60)
    [0, [0, 1, 2, 3, 4]],
    [5, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]],
    [6, [5, 6, 7, 8, 14]],
    [13, [5, 11, 12, 13, 14, 15, 21]],
  ])('leaves an attacker who sees %i with the true counts %j', (v, ns) => {
    expect(candidates(v)).toEqual(ns);
  });

  it('never lets a published figure name a true count from 1 to 4', () => {
    for (let v = 0; v <= 50; v++) {
      const small = candidates(v).filter((n) => n >= 1 && n <= 4);
      if (small.length) expect(candidates(v).length).toBeGreaterThanOrEqual(5);
    }
  });

  it.each([[0, 0], [255, 255], [256, 0], [300, 44], [-1, 255], [1000, 232]])('takes key sum %i to cell key %i', (sum, key) => {
    expect(cellKey(sum)).toBe(key);
  });

  it.each([[-1, 0], [1.5, 0], [3, 256], [3, -1], [3, 0.5]])('refuses count %s with key %s', (n, k) => {
    expect(() => perturb(n, k)).toThrow(RangeError);
  });
});
