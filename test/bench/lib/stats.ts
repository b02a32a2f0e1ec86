export interface Summary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
  /** [percentile, value] at CURVE_PERCENTILES, for plots of the distribution. */
  curve?: [number, number][];
}

/** Where a distribution is sampled for its plot: dense in the tail, where the sides differ most. */
export const CURVE_PERCENTILES = [0, 5, 10, 20, 30, 40, 50, 60, 70, 80, 85, 90, 95, 97, 98, 99, 99.5, 99.9, 100];

/** Nearest-rank percentile of sorted samples. */
const rankOf = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/** Nearest-rank percentiles of the samples; null when there are none. */
export function summarize(samples: Float64Array): Summary | null {
  if (samples.length === 0) return null;
  const sorted = Float64Array.from(samples).sort();
  const rank = (p: number) => rankOf(sorted, p);
  let sum = 0;
  for (const v of sorted) sum += v;
  const curve = CURVE_PERCENTILES.map((p): [number, number] => [p, round(p === 0 ? sorted[0] : rank(p), 3)]);
  return { count: sorted.length, p50: rank(50), p99: rank(99), max: sorted[sorted.length - 1], mean: sum / sorted.length, curve };
}

/** Rounds for reports: enough digits to compare, not so many that tables become noise. */
export const round = (v: number, digits = 2): number => Number(v.toFixed(digits));
