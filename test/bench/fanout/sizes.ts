import { pairsParam } from '../lib/pairs.js';
import type { Params } from '../types.js';

/** The fan-out's sizes, derived from the command-line params. */
export interface FanoutSizes {
  subscribers: number;
  rate: number;
  seconds: number;
  events: number;
  /** Sockets opened at a time. */
  batch: number;
  /** How long to wait for the last deliveries after the last send. */
  drainMs: number;
  /** Alternated pairs (platform, baseline). */
  pairs: number;
}

// 3 pairs of 8 s bursts (160 events, 160 000 deliveries per side and pair).
export const FANOUT_DEFAULTS: Params = { subscribers: 1000, rate: 20, seconds: 8, batch: 100, drainSeconds: 30, pairs: 3 };
// 5 events at 20/s to 20 subscribers, three pairs: seconds, not minutes.
export const FANOUT_SMOKE: Params = { subscribers: 20, rate: 20, seconds: 0.25, batch: 20, drainSeconds: 3, pairs: 3 };

export function fanoutSizes(p: Params): FanoutSizes {
  const positive = (name: string) => {
    const v = p[name];
    if (!(Number.isFinite(v) && v > 0)) throw new Error(`fanout: ${name} must be a positive number (got ${v})`);
    return v;
  };
  const subscribers = Math.round(positive('subscribers'));
  const rate = positive('rate');
  const seconds = positive('seconds');
  return {
    subscribers,
    rate,
    seconds,
    events: Math.max(1, Math.round(rate * seconds)),
    batch: Math.max(1, Math.round(positive('batch'))),
    drainMs: positive('drainSeconds') * 1000,
    pairs: pairsParam(p.pairs, 'fanout'),
  };
}
