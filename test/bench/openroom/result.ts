import type { Machine } from '../lib/machine.js';
import { runHeader } from '../lib/revision.js';
import { round } from '../lib/stats.js';
import { pairedTarget } from '../report/paired.js';
import type { BenchResult, Cell, Params, Target } from '../types.js';
import type { OpenCost } from './diagnose.js';
import type { PhaseMeasurement } from './load.js';
import type { OpenroomSizes } from './sizes.js';

export const THROUGHPUT_BUDGET = 0.6;
export const P99_BUDGET_MS = 50;

const COLUMNS = ['opens', 'opens/s', 'req/s', 'open p50 ms', 'open p99 ms', 'req p50 ms', 'req p99 ms', 'errors', 'KB/open', 'app CPU ms/open', 'PostgreSQL CPU ms/open'];

const perOpen = (cpu: number | null, p: PhaseMeasurement): Cell => (cpu !== null && Number.isFinite(cpu) && p.opens > 0 ? round(cpu / p.opens, 2) : null);
const ratio = (a: number | undefined | null, b: number | undefined | null): Cell => (typeof a === 'number' && typeof b === 'number' && b > 0 ? round(a / b, 2) : null);

function row(label: string, p: PhaseMeasurement, pgCpuMs: number): { label: string; cells: Cell[] } {
  return {
    label,
    cells: [p.opens, round(p.opensPerS, 1), round(p.requestsPerS, 1), p.openLatency && round(p.openLatency.p50), p.openLatency && round(p.openLatency.p99), p.requestLatency && round(p.requestLatency.p50), p.requestLatency && round(p.requestLatency.p99), p.errors, round(p.bytesPerOpen / 1000, 1), perOpen(p.appCpuMs, p), perOpen(pgCpuMs, p)],
  };
}

export interface PhaseWithPg extends PhaseMeasurement {
  pgCpuMs: number;
}

/** One pair's two sides. */
export interface OpenroomPair {
  platform: SideWithPg;
  baseline: SideWithPg;
}

export interface SideWithPg {
  fixed: PhaseWithPg;
  max: PhaseWithPg;
  warmUp: PhaseWithPg;
  cost: OpenCost | null;
}

/** Platform room opens/s at max over the baseline's; NaN when the baseline opened none. */
export const throughputShare = (x: OpenroomPair): number => (x.baseline.max.opensPerS > 0 ? x.platform.max.opensPerS / x.baseline.max.opensPerS : Number.NaN);

/** The platform's p99 per room open at the fixed rate; a pair with failed or unfinished opens counts as over any limit. */
const fixedP99 = (s: SideWithPg): number => (s.fixed.openLatency && s.fixed.errors === 0 && s.fixed.unfinished === 0 ? s.fixed.openLatency.p99 : Number.POSITIVE_INFINITY);

/** B1's targets on the medians over the pairs; `opensPerS` is the fixed rate (half the baseline's measured maximum). */
export function openroomTargets(pairs: OpenroomPair[], opensPerS: number): Target[] {
  return [
    pairedTarget({
      name: 'throughput', target: `≥ ${THROUGHPUT_BUDGET * 100} % of baseline`, unit: '%', scale: 100, digits: 0, limit: { limit: THROUGHPUT_BUDGET, better: 'higher' },
      values: pairs.map(throughputShare),
      extra: `${pairs.map((x) => `${round(x.platform.max.opensPerS, 1)} vs ${round(x.baseline.max.opensPerS, 1)}`).join(', ')} room opens/s`,
    }),
    pairedTarget({
      name: `p99 per open at ${round(opensPerS, 1)} opens/s`, target: `≤ ${P99_BUDGET_MS} ms`, unit: 'ms', limit: { limit: P99_BUDGET_MS, better: 'lower' },
      values: pairs.map((x) => fixedP99(x.platform)),
      extra: `baseline ${pairs.map((x) => round(fixedP99(x.baseline), 1)).join(', ')} ms`,
    }),
  ];
}

/** One pair's result: the table of both sides' phases, failures and notes. */
export function openroomResult(o: {
  sizes: OpenroomSizes;
  params: Params;
  smoke: boolean;
  machine: Machine;
  durationS: number;
  operations: number;
  /** The fixed rate in room opens per second, and the baseline's maximum it was derived from. */
  opensPerS: number;
  calibration: number;
  platform: SideWithPg;
  baseline: SideWithPg;
  disagreements: string[];
  serverWarnings: number;
  serverExitCode: number | null;
  baselineExitCode: number | null;
}): BenchResult {
  const p = o.platform;
  const b = o.baseline;
  const targets = openroomTargets([{ platform: p, baseline: b }], o.opensPerS);
  const failures: string[] = [];
  for (const [label, s] of [['platform', p], ['baseline', b]] as const) {
    for (const ph of [s.warmUp, s.fixed, s.max]) {
      if (ph.errors) failures.push(`${label} (${ph.mode}): ${ph.errors} room opens failed, e.g. ${ph.errorSamples.slice(0, 2).join(' | ')}`);
    }
    if (s.max.opens === 0) failures.push(`${label}: no room opened in the max-throughput window`);
  }
  if (o.serverExitCode !== 0) failures.push(`platform: the server exited with ${o.serverExitCode} on SIGTERM (expected 0)`);
  if (o.baselineExitCode !== 0) failures.push(`baseline: its server exited with ${o.baselineExitCode} on SIGTERM (expected 0)`);
  if (o.disagreements.length) failures.push(`the baseline's JSON differs from the platform's: ${o.disagreements.join('; ')}`);

  const notes: string[] = [
    `the server (or the baseline's process), PostgreSQL and the load generator share the machine's ${o.machine.cores} cores; each side's phases run one after the other.`,
  ];
  const busy = (cpu: number | null, ph: PhaseMeasurement) => (cpu === null ? '—' : `${round((cpu / ph.wallMs) * 100, 0)} %`);
  for (const [label, s] of [['platform', p], ['baseline', b]] as const) {
    for (const ph of [s.fixed, s.max]) {
      notes.push(`${label} ${ph.mode}: CPU in % of one core — application ${busy(ph.appCpuMs, ph)}, PostgreSQL ${busy(ph.pgCpuMs, ph)}, load generator ${busy(ph.loadGeneratorCpuMs, ph)}${ph.lateSends ? `; ${ph.lateSends} opens sent > 10 ms late` : ''}${ph.unfinished ? `; ${ph.unfinished} opens not sent or not answered when the phase ended (the rate is above what this side sustains here; their waits so far are in its latencies, a lower bound)` : ''}.`);
    }
    if (s.cost) notes.push(`${label}: per room open (${s.cost.opens} opens one after the other) PostgreSQL committed ${s.cost.transactionsPerOpen} transactions (≈ statements: reads run outside transactions); scans per table: ${Object.entries(s.cost.scansPerOpen).sort((x, y) => y[1] - x[1]).map(([t, n]) => `${t} ${n}`).join(', ')}.`);
  }
  if (o.serverWarnings) notes.push(`platform: the server logged ${o.serverWarnings} warnings or errors during the run.`);
  const opensPerS = o.opensPerS;
  return {
    ...runHeader('openroom', 'B1', o),
    workload: `member1 opens case rooms (a case, ${o.sizes.comments} comments, an open round with 6 votes, the 13 members): the client's ${o.operations} queries per open, sent together; first the baseline's maximum is measured (${round(o.calibration, 1)} opens/s), then in ${o.sizes.pairs} alternated pairs each side opens rooms at ${round(o.sizes.rateShare * 100, 0)} % of it (${round(opensPerS, 1)} opens/s, ${round(opensPerS * o.operations, 0)} req/s) for ${o.sizes.measureMs / 1000} s, then ${o.sizes.clients} concurrent opens as fast as answered for ${o.sizes.measureMs / 1000} s; ${o.sizes.cases} rooms per side, pair and phase`,
    columns: COLUMNS,
    rows: [
      row(`platform, ${round(opensPerS, 1)} opens/s`, p.fixed, p.fixed.pgCpuMs),
      row('baseline, same rate', b.fixed, b.fixed.pgCpuMs),
      row('platform, max', p.max, p.max.pgCpuMs),
      row('baseline, max', b.max, b.max.pgCpuMs),
      {
        label: 'platform / baseline, max',
        cells: [null, ratio(p.max.opensPerS, b.max.opensPerS), ratio(p.max.requestsPerS, b.max.requestsPerS), ratio(p.max.openLatency?.p50, b.max.openLatency?.p50), ratio(p.max.openLatency?.p99, b.max.openLatency?.p99), ratio(p.max.requestLatency?.p50, b.max.requestLatency?.p50), ratio(p.max.requestLatency?.p99, b.max.requestLatency?.p99), null, ratio(p.max.bytesPerOpen, b.max.bytesPerOpen), ratio(p.max.appCpuMs !== null ? p.max.appCpuMs / p.max.opens : null, b.max.appCpuMs !== null ? b.max.appCpuMs / b.max.opens : null), ratio(p.max.pgCpuMs / p.max.opens, b.max.pgCpuMs / b.max.opens)],
      },
    ],
    targets,
    failures,
    notes,
    details: { platform: p, baseline: b },
  };
}
