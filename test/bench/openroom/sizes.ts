import type { Params } from '../types.js';

/** The room-opening load's sizes, derived from the command-line params. */
export interface OpenroomSizes {
  /** Rooms per side and phase, opened in turn (each open logs two identity reads into its timeline). */
  cases: number;
  comments: number;
  /** HTTP requests per second of the fixed-rate phase; a room open is `operations` requests. */
  rate: number;
  /** Concurrent room opens of the max-throughput phase. */
  clients: number;
  measureMs: number;
  warmUpMs: number;
  /** Count the SQL transactions and table scans per open (adds ~25 s of waiting for PostgreSQL's statistics). */
  diagnose: boolean;
}

export const OPENROOM_DEFAULTS: Params = { cases: 40, comments: 50, rate: 300, clients: 8, seconds: 10, warmUpSeconds: 3, diagnose: 1 };
// Two small rooms, a second per phase, no diagnosis: seconds, not minutes.
export const OPENROOM_SMOKE: Params = { cases: 2, comments: 5, rate: 40, clients: 2, seconds: 1, warmUpSeconds: 0.5, diagnose: 0 };

export function openroomSizes(p: Params): OpenroomSizes {
  const positive = (name: string) => {
    const v = p[name];
    if (!(Number.isFinite(v) && v > 0)) throw new Error(`openroom: ${name} must be a positive number (got ${v})`);
    return v;
  };
  return {
    cases: Math.round(positive('cases')),
    comments: Math.round(positive('comments')),
    rate: positive('rate'),
    clients: Math.max(1, Math.round(positive('clients'))),
    measureMs: positive('seconds') * 1000,
    warmUpMs: positive('warmUpSeconds') * 1000,
    diagnose: p.diagnose !== 0,
  };
}
