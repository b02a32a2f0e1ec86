import { pairsParam } from '../lib/pairs.js';
import type { Params } from '../types.js';

export interface StatsSizes {
  /** Synthetic cases generated (with their episodes, votes, decisions, prescriptions). */
  cases: number;
  /** Measured runs per query, side and pair. */
  runs: number;
  /** Alternated pairs: each runs every query `runs` times per side, the sides alternating run by run. */
  pairs: number;
  /** Unmeasured runs per query and side before them (plans, caches, JIT). */
  warmUp: number;
  /** Length of the period asked for, in months, ending today (the dashboard shows 12). */
  months: number;
}

// The budget's 1 000 000 cases: generation takes ~3 min on 2 cores and each query 0.1–1 s per run;
// 18 queries (9 unfiltered, 9 filtered) × 3 pairs × 3 runs per side keep the whole run near ~5 min.
export const STATS_DEFAULTS: Params = { cases: 1_000_000, runs: 3, pairs: 3, warmUp: 1, months: 12 };
export const STATS_SMOKE: Params = { cases: 20_000, runs: 2, pairs: 3, warmUp: 1, months: 12 };

export function statsSizes(p: Params): StatsSizes {
  const int = (name: string, min: number) => {
    const v = p[name];
    if (!(Number.isFinite(v) && v >= min)) throw new Error(`stats: ${name} must be a number ≥ ${min} (got ${v})`);
    return Math.round(v);
  };
  return { cases: int('cases', 1), runs: int('runs', 1), pairs: pairsParam(p.pairs, 'stats'), warmUp: int('warmUp', 0), months: int('months', 1) };
}
