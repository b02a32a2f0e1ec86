import { CPU_TICK_MS } from '../lib/cpu.js';
import type { Machine } from '../lib/machine.js';
import { runHeader } from '../lib/revision.js';
import { round } from '../lib/stats.js';
import { pairedTarget } from '../report/paired.js';
import type { BenchResult, Cell, Params, Target } from '../types.js';
import type { SideMeasurement } from './burst.js';
import type { FanoutSizes } from './sizes.js';

export const P99_BUDGET_MS = 100;
export const CPU_BUDGET_RATIO = 1.5;

const COLUMNS = ['deliveries', 'p50 ms', 'p99 ms', 'max ms', 'server CPU ms', 'CPU µs/delivery'];

export const perDelivery = (s: SideMeasurement) => (s.delivered > 0 ? (s.cpuMs * 1000) / s.delivered : Number.NaN);

function row(label: string, s: SideMeasurement): { label: string; cells: Cell[] } {
  const l = s.latency;
  return {
    label,
    cells: [`${s.delivered}/${s.expected}`, l && round(l.p50), l && round(l.p99), l && round(l.max), round(s.cpuMs, 0), round(perDelivery(s), 1)],
  };
}

const ratio = (a: number | undefined, b: number | undefined): Cell => (a !== undefined && b !== undefined && b > 0 ? round(a / b, 2) : null);

const groups = (g: { event: number; subscribers: number }[]) => g.map((x) => `${x.event}: ${x.subscribers}`).join(', ');

/** Correctness problems of one side: any of these makes the run fail. */
function failuresOf(label: string, s: SideMeasurement, drainMs: number): string[] {
  const out: string[] = [];
  if (s.delivered < s.expected) {
    const lost = s.expected - s.delivered;
    out.push(
      `${label}: ${lost} of ${s.expected} deliveries missing ${drainMs / 1000} s after the last send` +
        ` (first events missed — event: subscribers missing it — ${groups(s.missing)};` +
        ` subscribers by the last event they received — ${groups(s.lastReceived)}).` +
        ` ${s.arrivedAfterProbe} of them arrived once one more event was sent: ${s.arrivedAfterProbe === lost ? 'stuck until the next event (a missed wake-up), not lost' : s.arrivedAfterProbe ? 'partly stuck, partly lost' : 'lost'}.`,
    );
  }
  if (s.duplicates) out.push(`${label}: ${s.duplicates} deliveries received twice`);
  if (s.outOfOrder) out.push(`${label}: ${s.outOfOrder} deliveries out of order`);
  if (s.errorCount) out.push(`${label}: ${s.errorCount} errors, e.g. ${s.errors.slice(0, 3).join(' | ')}`);
  return out;
}

/** The fan-out process's busiest second, in CPU ms per wall second (1000 = one core). */
function peakCpuPerSecond(s: SideMeasurement): number {
  let peak = 0;
  for (let k = 1; k < s.timeline.length; k++) peak = Math.max(peak, s.timeline[k].cpuMs - s.timeline[k - 1].cpuMs);
  return s.timeline.length ? Math.max(peak, s.timeline[0].cpuMs) : 0;
}

/** Caveats that change how far the figures can be trusted. */
function notesOf(label: string, s: SideMeasurement, period: number): string[] {
  const out: string[] = [];
  const peak = peakCpuPerSecond(s);
  if (peak >= 900) out.push(`${label}: the fan-out process was CPU-bound (up to ${round(peak, 0)} ms CPU per second; Node runs JavaScript on one core): events queued behind each other, and that queue is most of the latency.`);
  const busy = s.loadGeneratorCpuMs / s.wallMs;
  out.push(`${label}: the load generator (sender + all subscribers, one process) used ${round(s.loadGeneratorCpuMs, 0)} ms CPU in ${round(s.wallMs, 0)} ms (${round(busy * 100, 0)} % of a core)${busy > 0.8 ? ': nearly saturated, so its own queueing is part of the latencies' : ''}.`);
  if (s.ticks.late) out.push(`${label}: ${s.ticks.late} ticks were sent more than ${round(period / 2, 0)} ms late (max ${round(s.ticks.maxLagMs, 0)} ms): the sending process was held up (its own load, or another process on the machine).`);
  if (s.cpuMs < 20 * CPU_TICK_MS) out.push(`${label}: CPU ${round(s.cpuMs, 0)} ms is within a few ${CPU_TICK_MS} ms clock ticks: too short a run for the CPU figures to mean much.`);
  return out;
}

/** One pair's two sides. */
export interface FanoutPair {
  platform: SideMeasurement;
  baseline: SideMeasurement;
}

/** Platform CPU per delivery over the baseline's; NaN (not measured) when either delivered nothing or the baseline's CPU is below a clock tick. */
export const cpuRatioOf = (x: FanoutPair): number => {
  const b = perDelivery(x.baseline);
  return b > 0 ? perDelivery(x.platform) / b : Number.NaN;
};

/** B3's targets on the medians over the pairs; a pair with a delivery missing counts as over the limit. */
export function fanoutTargets(pairs: FanoutPair[]): Target[] {
  return [
    pairedTarget({
      name: 'p99 delivery', target: `≤ ${P99_BUDGET_MS} ms`, unit: 'ms', limit: { limit: P99_BUDGET_MS, better: 'lower' },
      values: pairs.map((x) => (x.platform.latency && x.platform.complete ? x.platform.latency.p99 : Number.POSITIVE_INFINITY)),
      extra: `baseline ${pairs.map((x) => (x.baseline.latency ? round(x.baseline.latency.p99, 1) : '—')).join(', ')} ms`,
    }),
    pairedTarget({
      name: 'server CPU per delivery vs baseline', target: `≤ ${CPU_BUDGET_RATIO}× baseline`, unit: '×', digits: 2, limit: { limit: CPU_BUDGET_RATIO, better: 'lower' },
      values: pairs.map(cpuRatioOf),
    }),
  ];
}

/** The fan-out's result for one pair in the runner's shape: a table, the verdicts on B3, failures and notes. */
export function fanoutResult(o: {
  sizes: FanoutSizes;
  params: Params;
  smoke: boolean;
  machine: Machine;
  durationS: number;
  platform: SideMeasurement;
  baseline: SideMeasurement;
  frameMatches: boolean;
  serverWarnings: number;
  serverExitCode: number | null;
}): BenchResult {
  const p = o.platform;
  const b = o.baseline;
  const cpuRatio = ratio(perDelivery(p), perDelivery(b));
  const p99 = p.latency?.p99;
  const targets = fanoutTargets([{ platform: p, baseline: b }]);
  const failures = [...failuresOf('platform', p, o.sizes.drainMs), ...failuresOf('baseline', b, o.sizes.drainMs)];
  if (o.serverExitCode !== 0) failures.push(`platform: the server exited with ${o.serverExitCode} on SIGTERM (expected 0)`);
  const period = 1000 / o.sizes.rate;
  const notes = [...notesOf('platform', p, period), ...notesOf('baseline', b, period)];
  if (o.serverWarnings) notes.push(`platform: the server logged ${o.serverWarnings} warnings or errors during the run.`);
  if (!o.frameMatches) notes.push('baseline: the server\'s frame could not be reproduced byte for byte; the baseline sent a frame of the same shape.');
  return {
    ...runHeader('fanout', 'B3', o),
    workload: `${o.sizes.subscribers} subscribers in one case room, ${o.sizes.rate} events/s for ${o.sizes.seconds} s (${o.sizes.events} events, ${o.sizes.subscribers * o.sizes.events} deliveries per side and pair), in ${o.sizes.pairs} alternated pairs`,
    columns: COLUMNS,
    rows: [
      row('platform (graphql-ws)', p),
      row('baseline (bare ws)', b),
      {
        label: 'platform / baseline',
        cells: [null, ratio(p.latency?.p50, b.latency?.p50), ratio(p99, b.latency?.p99), ratio(p.latency?.max, b.latency?.max), ratio(p.cpuMs, b.cpuMs), cpuRatio],
      },
    ],
    targets,
    failures,
    notes,
    details: { platform: p, baseline: b, frameMatches: o.frameMatches, serverWarnings: o.serverWarnings },
  };
}
