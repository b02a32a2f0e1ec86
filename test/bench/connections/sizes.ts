import { pairsParam } from '../lib/pairs.js';
import type { Params } from '../types.js';

/** The idle connections' sizes, derived from the command-line params. */
export interface ConnectionsSizes {
  connections: number;
  /** Sockets opened at a time, each batch after the previous one was acknowledged. */
  batch: number;
  /** Quiet time before each memory reading, for timers and buffers of the last batch to settle. */
  settleMs: number;
  /** Alternated pairs (platform, baseline), each side a fresh process. */
  pairs: number;
}

// 3 pairs: ~2 min (a fresh server or bare ws process per side and pair).
export const CONNECTIONS_DEFAULTS: Params = { connections: 5000, batch: 250, settleSeconds: 2, pairs: 3 };
// 50 sockets per side, three pairs: seconds, not minutes (the per-connection figures are noise at this size).
export const CONNECTIONS_SMOKE: Params = { connections: 50, batch: 50, settleSeconds: 0.5, pairs: 3 };

export function connectionsSizes(p: Params): ConnectionsSizes {
  const positive = (name: string) => {
    const v = p[name];
    if (!(Number.isFinite(v) && v > 0)) throw new Error(`connections: ${name} must be a positive number (got ${v})`);
    return v;
  };
  return {
    connections: Math.round(positive('connections')),
    batch: Math.max(1, Math.round(positive('batch'))),
    settleMs: positive('settleSeconds') * 1000,
    pairs: pairsParam(p.pairs, 'connections'),
  };
}
