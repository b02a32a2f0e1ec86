// The pure parts of the alternated pairs: median, spread, the median pair, budgets read on the median,
// and the targets built from them.
import { describe, expect, it } from 'vitest';
import { alternation, median, medianPair, metOnMedian, pairsParam, spreadOf } from './lib/pairs.js';
import { combinePairs, distribution, pairFailures, pairedTarget } from './report/paired.js';
import type { BenchResult } from './types.js';

describe('median and spread of the pairs', () => {
  it.each([
    [[3], 3],
    [[0.5, 0.2, 0.4], 0.4],
    [[1, 4, 2, 3], 2.5],
    [[5, Number.NaN, 1], 3],
    [[], Number.NaN],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('gives min, max and the relative spread around the median', () => {
    const s = spreadOf([0.5, 0.4, 0.6]);
    expect(s).toMatchObject({ values: [0.5, 0.4, 0.6], median: 0.5, min: 0.4, max: 0.6 });
    expect(s.relative).toBeCloseTo(0.4);
  });

  it('has no spread with one pair, and an unknown one around a zero median', () => {
    expect(spreadOf([7]).relative).toBe(0);
    expect(spreadOf([-1, 0, 1]).relative).toBeNaN();
  });

  it('names the pair whose value is the median (the lower middle one for an even count)', () => {
    expect(medianPair([0.9, 0.3, 0.5])).toBe(2);
    expect(medianPair([4, 1, 3, 2])).toBe(3);
    expect(medianPair([Number.NaN, 2, 1])).toBe(2);
    expect(medianPair([Number.NaN])).toBe(0);
  });

  it('alternates the sides, platform first', () => {
    expect(alternation(3)).toEqual(['platform', 'baseline', 'platform', 'baseline', 'platform', 'baseline']);
  });

  it.each([[undefined, 3], [1, 1], [5, 5]])('reads pairs=%s as %d', (value, n) => expect(pairsParam(value, 'x')).toBe(n));
  it.each([0, 1.5, -2, Number.NaN])('refuses pairs=%d', (value) => expect(() => pairsParam(value, 'x')).toThrow(/pairs must be/));
});

describe('a budget is met on the median', () => {
  it.each([
    // One pair below a "≥ 60 %" limit does not miss it when the median meets it, and the reverse.
    [[0.55, 0.62, 0.7], 0.6, 'higher', true],
    [[0.5, 0.58, 0.9], 0.6, 'higher', false],
    [[40, 120, 48], 50, 'lower', true],
    [[60, 20, 55], 50, 'lower', false],
    [[50, 50, 50], 50, 'lower', true],
    [[Number.NaN], 50, 'lower', false],
  ] as const)('%j against %d (%s is better): %s', (values, limit, better, met) => {
    expect(metOnMedian(spreadOf([...values]), { limit, better })).toBe(met);
  });

  it('builds a target that states the median, the pairs\' range and the spread, in the unit shown', () => {
    const t = pairedTarget({ name: 'throughput', target: '≥ 60 % of baseline', values: [0.55, 0.62, 0.7], limit: { limit: 0.6, better: 'higher' }, unit: '%', scale: 100, digits: 0 });
    expect(t.met).toBe(true);
    expect(t.actual).toBe('62 % median of 3 (pairs 55–70 %, spread 24 %)');
    expect(t.spread).toMatchObject({ median: 62, min: 55, max: 70, unit: '%', limit: 60, better: 'higher' });
  });

  it('counts a pair that measured nothing (infinite) against a "≤" budget', () => {
    const t = pairedTarget({ name: 'p99', target: '≤ 100 ms', values: [90, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY], limit: { limit: 100, better: 'lower' }, unit: 'ms' });
    expect(t.met).toBe(false);
  });
});

const result = (label: string, failures: string[] = []): BenchResult => ({
  benchmark: 'x', budget: 'B9', date: '2026-12-07T00:00:00.000Z', durationS: 1, revision: 'r', smoke: false,
  machine: { cores: 2, cpuModel: 'cpu', memoryGiB: 1, node: 'v20', postgres: 'PostgreSQL 17', os: 'Linux' },
  params: {}, workload: 'w', columns: ['a'], rows: [{ label, cells: [1] }], targets: [], failures, notes: [`note of ${label}`], details: { label },
});

describe('one result from the pairs', () => {
  it('lists each failure once, with the pairs it happened in', () => {
    expect(pairFailures([['exit 1', 'lost 2'], ['exit 1'], ['exit 1', 'lost 2']])).toEqual(['every pair: exit 1', 'pairs 1, 3: lost 2']);
    expect(pairFailures([[], ['late']])).toEqual(['pair 2: late']);
    expect(pairFailures([['only']])).toEqual(['only']);
    expect(pairFailures([[], [], []])).toEqual([]);
  });

  it('shows the median pair\'s table, keeps every pair\'s failures and the targets on the medians', () => {
    const target = pairedTarget({ name: 't', target: '≥ 1', values: [3, 1, 2], limit: { limit: 1, better: 'higher' }, unit: '×' });
    const d = distribution('lat', 'latency', 'ms', 2, [[null, null], [null, null], [{ count: 1, p50: 1, p99: 1, max: 1, mean: 1, curve: [[0, 1], [100, 1]] }, null]]);
    const r = combinePairs({ pairs: [result('first'), result('second', ['lost 1']), result('third')], primary: [3, 1, 2], targets: [target], distributions: [d], durationS: 12.34 });
    expect(r.rows[0].label).toBe('third');
    expect(r.failures).toEqual(['pair 2: lost 1']);
    expect(r.targets).toEqual([target]);
    expect(r.pairs).toBe(3);
    expect(r.durationS).toBe(12.3);
    expect(r.notes[0]).toMatch(/pair 3's, the median pair/);
    expect(r.details).toEqual({ medianPair: 3, pairs: [{ label: 'first' }, { label: 'second' }, { label: 'third' }] });
    expect(r.distributions?.[0]).toMatchObject({ name: 'lat', medianPair: 3, curves: [{ side: 'platform', pair: 3 }] });
  });
});
