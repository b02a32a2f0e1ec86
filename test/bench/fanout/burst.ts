import { processCpuMs } from '../lib/cpu.js';
import type { Summary } from '../lib/stats.js';
import type { Deliveries } from './deliveries.js';
import { tick, type TickStats } from './ticker.js';

/** One side's figures (platform or baseline). */
export interface SideMeasurement {
  subscribers: number;
  events: number;
  expected: number;
  /** Deliveries that arrived by the end of the drain. */
  delivered: number;
  duplicates: number;
  outOfOrder: number;
  errorCount: number;
  errors: string[];
  /** The first events some subscriber never received, with how many missed each. */
  missing: { event: number; subscribers: number }[];
  /** Subscribers grouped by the last event they received. */
  lastReceived: { event: number; subscribers: number }[];
  /** Of the missing deliveries, how many arrived once one more event was sent after the drain (stuck, not lost). */
  arrivedAfterProbe: number;
  /** Delivery latency (receive time − sentAt), ms, over the deliveries that arrived by the end of the drain. */
  latency: Summary | null;
  /** The fan-out process's CPU (user + system) from just before the first send to the last delivery. */
  cpuMs: number;
  /** The same window in wall-clock time. */
  wallMs: number;
  /** This process's CPU in that window: the sender and every subscriber live here. */
  loadGeneratorCpuMs: number;
  /** Per second of the burst: deliveries so far and the fan-out process's CPU so far (ms). */
  timeline: { s: number; delivered: number; cpuMs: number }[];
  ticks: TickStats;
  complete: boolean;
}

const WARM_UP_EVERY_MS = 500;
const WARM_UP_TRIES = 60;
/** Event numbers at or below this are probes: recorded like warm-ups, never measured. */
const PROBE = -1_000_000;
const PROBE_WAIT_MS = 5_000;

/**
 * Sends warm-up events (numbered -1, -2, …) until every subscriber received one: a subscriber
 * whose subscription became active after a warm-up was sent simply waits for the next.
 */
export async function warmUp(deliveries: Deliveries, send: (i: number) => Promise<void> | void): Promise<void> {
  for (let k = 1; k <= WARM_UP_TRIES; k++) {
    await send(-k);
    if (await deliveries.whenWarm(WARM_UP_EVERY_MS)) return;
  }
  const errors = deliveries.errors.length ? `; errors: ${deliveries.errors.slice(0, 5).join('; ')}` : '';
  throw new Error(`warm-up: not every subscriber received an event after ${WARM_UP_TRIES} tries${errors}`);
}

/**
 * The measured burst: `events` sends at `rate` per second, then waiting (at most `drainMs`) for
 * every delivery. CPU counters are read right before the first send and at the last delivery.
 * When deliveries are still missing after the drain, one more event is sent: deliveries that
 * arrive then were stuck behind a missed wake-up, which the report tells apart from lost ones.
 */
export async function measureBurst(o: { deliveries: Deliveries; pid: number; rate: number; drainMs: number; send: (i: number) => Promise<void> | void }): Promise<SideMeasurement> {
  const d = o.deliveries;
  type Reading = { cpuMs: number; own: NodeJS.CpuUsage; at: number };
  const cpuStart = processCpuMs(o.pid);
  const ownStart = process.cpuUsage();
  const start = performance.now();
  const read = (): Reading => ({ cpuMs: processCpuMs(o.pid), own: process.cpuUsage(ownStart), at: performance.now() });
  let end: Reading | null = null;
  d.onComplete = () => { end = read(); };
  const timeline: SideMeasurement['timeline'] = [];
  const sample = setInterval(() => timeline.push({ s: timeline.length + 1, delivered: d.delivered, cpuMs: processCpuMs(o.pid) - cpuStart }), 1_000);
  let ticks: TickStats;
  let complete: boolean;
  try {
    ticks = await tick(d.events, o.rate, o.send);
    complete = await d.whenComplete(o.drainMs);
  } finally {
    clearInterval(sample);
    d.onComplete = null;
  }
  const last: Reading = end ?? read();
  const latency = d.summary();
  const delivered = d.delivered;
  const missing = d.missing();
  const lastReceived = d.lastReceived();
  if (!complete) {
    await o.send(PROBE);
    await d.whenComplete(Math.min(PROBE_WAIT_MS, o.drainMs));
  }
  return {
    subscribers: d.subscribers,
    events: d.events,
    expected: d.expected,
    delivered,
    duplicates: d.duplicates,
    outOfOrder: d.outOfOrder,
    errorCount: d.errorCount,
    errors: d.errors,
    missing,
    lastReceived,
    arrivedAfterProbe: d.delivered - delivered,
    latency,
    cpuMs: last.cpuMs - cpuStart,
    wallMs: last.at - start,
    loadGeneratorCpuMs: (last.own.user + last.own.system) / 1000,
    timeline,
    ticks,
    complete,
  };
}
