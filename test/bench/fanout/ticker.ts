import { sleep } from '../lib/clock.js';

export interface TickStats {
  /** Ticks sent more than half a period after they were due (the sender itself fell behind). */
  late: number;
  maxLagMs: number;
  /** From the first tick's due time to the end of the last send. */
  wallMs: number;
}

/**
 * Calls `send(0…count-1)` at `ratePerS`, each on its own due time from the start (not from the
 * previous send), so a slow send delays the next tick but not the whole schedule.
 */
export async function tick(count: number, ratePerS: number, send: (i: number) => Promise<void> | void): Promise<TickStats> {
  const period = 1000 / ratePerS;
  const start = performance.now();
  let late = 0;
  let maxLagMs = 0;
  for (let i = 0; i < count; i++) {
    const due = start + i * period;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const lag = performance.now() - due;
    if (lag > period / 2) late += 1;
    maxLagMs = Math.max(maxLagMs, lag);
    await send(i);
  }
  return { late, maxLagMs, wallMs: performance.now() - start };
}
