export interface Summary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of the samples; null when there are none. */
export function summarize(samples: Float64Array): Summary | null {
  if (samples.length === 0) return null;
  const sorted = Float64Array.from(samples).sort();
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  let sum = 0;
  for (const v of sorted) sum += v;
  return { count: sorted.length, p50: rank(50), p99: rank(99), max: sorted[sorted.length - 1], mean: sum / sorted.length };
}

/** Rounds for reports: enough digits to compare, not so many that tables become noise. */
export const round = (v: number, digits = 2): number => Number(v.toFixed(digits));
