/** Durations counted in whole-hour buckets: `n` values in [h, h + 1) hours. */
export interface HourBucket {
  h: number;
  n: number;
}

/**
 * The p-quantiles (0–1) of durations kept as whole-hour counts, as `percentile_cont` would give
 * them if the n values of bucket h lay evenly spread over [h, h + 1): within an hour of the exact
 * figure. Null for an empty histogram.
 */
export function histogramPercentiles(buckets: HourBucket[], ps: number[]): (number | null)[] {
  const sorted = buckets.filter((b) => b.n > 0).sort((a, b) => a.h - b.h);
  const total = sorted.reduce((s, b) => s + b.n, 0);
  if (!total) return ps.map(() => null);
  // The k-th smallest value (0-based), k < total.
  const valueAt = (k: number) => {
    let before = 0;
    for (const b of sorted) {
      if (k < before + b.n) return b.h + (k - before + 0.5) / b.n;
      before += b.n;
    }
    throw new Error(`rank ${k} beyond ${total}`);
  };
  return ps.map((p) => {
    const rank = p * (total - 1);
    const lo = Math.floor(rank);
    const v = valueAt(lo);
    return rank === lo ? v : v + (rank - lo) * (valueAt(lo + 1) - v);
  });
}

/** Histogram rows of several groups (a month, a platform, or one group keyed null) → buckets per group, in row order of first appearance; rows of the same hour (of several cells) add up. */
export function groupHistograms<K>(rows: { key: K; h: number | string; n: number | string }[]): Map<K, HourBucket[]> {
  const groups = new Map<K, Map<number, HourBucket>>();
  for (const r of rows) {
    const list = groups.get(r.key) ?? new Map<number, HourBucket>();
    const h = Number(r.h);
    const b = list.get(h) ?? { h, n: 0 };
    b.n += Number(r.n);
    list.set(h, b);
    groups.set(r.key, list);
  }
  return new Map([...groups].map(([k, m]) => [k, [...m.values()]]));
}
