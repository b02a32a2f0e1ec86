/**
 * Figures that hold still: every benchmark alternates its sides (platform, baseline, platform,
 * baseline …), one pair after the other, and reads each budget on the median over the pairs,
 * with the spread of the pairs beside it. Pure functions, unit-tested in pairs.test.ts.
 */

/** How the pairs' values of one figure spread around their median. */
export interface Spread {
  /** One value per pair, in the order the pairs ran. */
  values: number[];
  median: number;
  min: number;
  max: number;
  /** (max − min) / |median|: how much the figure moved between pairs; 0 with one pair; NaN when the median is 0. */
  relative: number;
}

/** Values that were measured: NaN is "not measured"; an infinite value (e.g. a p99 of deliveries that never came) stays. */
const measured = (values: readonly number[]) => values.filter((v) => typeof v === 'number' && !Number.isNaN(v));

/** The median of the measured values (the mean of the two middle ones for an even count); NaN when there are none. */
export function median(values: readonly number[]): number {
  const xs = measured(values).sort((a, b) => a - b);
  if (xs.length === 0) return Number.NaN;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** The spread of one figure over the pairs; values not measured (NaN) are left out. */
export function spreadOf(values: readonly number[]): Spread {
  const xs = measured(values);
  const m = median(xs);
  const min = xs.length ? Math.min(...xs) : Number.NaN;
  const max = xs.length ? Math.max(...xs) : Number.NaN;
  const relative = xs.length < 2 || max === min ? 0 : m === 0 || !Number.isFinite(m) ? Number.NaN : (max - min) / Math.abs(m);
  return { values: [...values], median: m, min, max, relative };
}

/**
 * Which pair is the median one (its tables are shown): the pair whose value is the median, the lower
 * of the two middle ones for an even count; the first pair when no value is finite.
 */
export function medianPair(values: readonly number[]): number {
  const order = values.map((v, i) => ({ v, i })).filter((x) => !Number.isNaN(x.v)).sort((a, b) => (a.v === b.v ? a.i - b.i : a.v < b.v ? -1 : 1));
  if (order.length === 0) return 0;
  return order[Math.floor((order.length - 1) / 2)].i;
}

/** A budget on one figure: met when the median is at least (`higher`) or at most (`lower`) the limit. */
export interface Limit {
  limit: number;
  better: 'higher' | 'lower';
}

/** Whether the median over the pairs meets the limit (never when nothing was measured). */
export function metOnMedian(s: Spread, l: Limit): boolean {
  if (Number.isNaN(s.median)) return false;
  return l.better === 'higher' ? s.median >= l.limit : s.median <= l.limit;
}

/** The sides in the order they run: platform, baseline, platform, baseline … (`pairs` of each). */
export function alternation(pairs: number): ('platform' | 'baseline')[] {
  return Array.from({ length: pairs * 2 }, (_, k) => (k % 2 === 0 ? 'platform' : 'baseline'));
}

/** The number of pairs from a benchmark's params: a whole number ≥ 1. */
export function pairsParam(value: number | undefined, benchmark: string): number {
  const n = value ?? 3;
  if (!(Number.isInteger(n) && n >= 1)) throw new Error(`${benchmark}: pairs must be a whole number ≥ 1 (got ${value})`);
  return n;
}
