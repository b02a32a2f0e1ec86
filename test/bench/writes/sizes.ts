import { pairsParam } from '../lib/pairs.js';
import type { Params } from '../types.js';

/** The write load's sizes, derived from the command-line params. */
export interface WritesSizes {
  /** Concurrent clients per side: HTTP connections (platform) or pooled pg connections (baseline). */
  clients: number;
  /** Measured time per op and side. */
  measureMs: number;
  /** Unmeasured load before each measurement (connections, JIT, plan caches). */
  warmUpMs: number;
  /** Cases the spread addComment writes to (write i to case i mod cases), per side. */
  cases: number;
  /** Alternated pairs (platform, baseline) per op. */
  pairs: number;
}

// 3 pairs × 3 ops × 2 sides × (1 + 4 s + settling) ≈ 2.5 min, plus preparing 2 × 200 cases.
export const WRITES_DEFAULTS: Params = { clients: 16, seconds: 4, warmUpSeconds: 1, cases: 200, pairs: 3 };
// Two clients for half a second per op and side, over 4 cases, three pairs: seconds, not minutes.
export const WRITES_SMOKE: Params = { clients: 2, seconds: 0.5, warmUpSeconds: 0.25, cases: 4, pairs: 3 };

export function writesSizes(p: Params): WritesSizes {
  const positive = (name: string) => {
    const v = p[name];
    if (!(Number.isFinite(v) && v > 0)) throw new Error(`writes: ${name} must be a positive number (got ${v})`);
    return v;
  };
  return {
    clients: Math.max(1, Math.round(positive('clients'))),
    measureMs: positive('seconds') * 1000,
    warmUpMs: positive('warmUpSeconds') * 1000,
    cases: Math.max(1, Math.round(positive('cases'))),
    pairs: pairsParam(p.pairs, 'writes'),
  };
}
