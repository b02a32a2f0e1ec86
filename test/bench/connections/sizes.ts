import type { Params } from '../types.js';

/** The idle connections' sizes, derived from the command-line params. */
export interface ConnectionsSizes {
  connections: number;
  /** Sockets opened at a time, each batch after the previous one was acknowledged. */
  batch: number;
  /** Quiet time before each memory reading, for timers and buffers of the last batch to settle. */
  settleMs: number;
}

export const CONNECTIONS_DEFAULTS: Params = { connections: 5000, batch: 250, settleSeconds: 3 };
// 50 sockets per side: seconds, not minutes (the per-connection figures are noise at this size).
export const CONNECTIONS_SMOKE: Params = { connections: 50, batch: 50, settleSeconds: 0.5 };

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
  };
}
