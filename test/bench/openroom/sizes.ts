import { pairsParam } from '../lib/pairs.js';
import type { Params } from '../types.js';

/** The room-opening load's sizes, derived from the command-line params. */
export interface OpenroomSizes {
  /** Rooms per side and phase, opened in turn (each open logs two identity reads into its timeline). */
  cases: number;
  comments: number;
  /** The fixed rate, as a share of the baseline's maximum measured before the pairs (the budget's half). */
  rateShare: number;
  /** Concurrent room opens of the max-throughput phases. */
  clients: number;
  measureMs: number;
  warmUpMs: number;
  /** Alternated pairs (platform, baseline), each side: warm-up, fixed rate, max. */
  pairs: number;
  /** Count the SQL transactions and table scans per open, in the first pair (adds ~25 s per side of waiting for PostgreSQL's statistics). */
  diagnose: boolean;
}

// Calibration (2 + 5 s) and 3 pairs × 2 sides × (2 + 5 + 5 s and settling): ~2.5 min with setup, plus the diagnosis.
export const OPENROOM_DEFAULTS: Params = { cases: 24, comments: 50, rateShare: 0.5, clients: 8, seconds: 5, warmUpSeconds: 2, pairs: 3, diagnose: 1 };
// Two small rooms, half a second per phase, three pairs, no diagnosis: seconds, not minutes.
export const OPENROOM_SMOKE: Params = { cases: 2, comments: 5, rateShare: 0.5, clients: 2, seconds: 0.5, warmUpSeconds: 0.25, pairs: 3, diagnose: 0 };

export function openroomSizes(p: Params): OpenroomSizes {
  const positive = (name: string) => {
    const v = p[name];
    if (!(Number.isFinite(v) && v > 0)) throw new Error(`openroom: ${name} must be a positive number (got ${v})`);
    return v;
  };
  return {
    cases: Math.round(positive('cases')),
    comments: Math.round(positive('comments')),
    rateShare: positive('rateShare'),
    clients: Math.max(1, Math.round(positive('clients'))),
    measureMs: positive('seconds') * 1000,
    warmUpMs: positive('warmUpSeconds') * 1000,
    pairs: pairsParam(p.pairs, 'openroom'),
    diagnose: p.diagnose !== 0,
  };
}
