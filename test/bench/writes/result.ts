import type { Machine } from '../lib/machine.js';
import { runHeader } from '../lib/revision.js';
import { round } from '../lib/stats.js';
import type { BenchResult, Cell, Params, Target } from '../types.js';
import type { LoadMeasurement } from './load.js';
import type { WritesSizes } from './sizes.js';
import type { StoredCheck } from './stored.js';

export const THROUGHPUT_BUDGET = 0.5;

/** One side of one op: the load it sustained and what the database kept of it. */
export interface Side {
  load: LoadMeasurement;
  stored: StoredCheck;
}

export interface OpMeasurement {
  op: 'addComment' | 'castVote';
  platform: Side;
  baseline: Side;
}

const COLUMNS = ['writes', 'ops/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'lost', 'app CPU µs/op', 'PostgreSQL CPU µs/op'];

/** The application's CPU: the server for the platform; for the baseline, the benchmark process, which is its application (pool, driver, transaction code). */
const appCpuMs = (s: LoadMeasurement) => s.serverCpuMs ?? s.loadGeneratorCpuMs;
const perOpMs = (cpuMs: number, s: LoadMeasurement) => (s.ops > 0 && Number.isFinite(cpuMs) ? cpuMs / s.ops : undefined);
const micros = (ms: number | undefined): Cell => (ms === undefined ? null : round(ms * 1000, 0));
const ratio = (a: number | undefined, b: number | undefined): Cell => (a !== undefined && b !== undefined && b > 0 ? round(a / b, 2) : null);

function row(label: string, s: Side): { label: string; cells: Cell[] } {
  const l = s.load.latency;
  return {
    label,
    cells: [s.load.ops, round(s.load.opsPerS, 1), l && round(l.p50), l && round(l.p99), l && round(l.max), s.load.errors + s.load.warmUpErrors, s.stored.lost, micros(perOpMs(appCpuMs(s.load), s.load)), micros(perOpMs(s.load.postgresCpuMs, s.load))],
  };
}

function rowsOf(m: OpMeasurement): { label: string; cells: Cell[] }[] {
  const p = m.platform.load;
  const b = m.baseline.load;
  return [
    row(`${m.op} platform (HTTP + GraphQL)`, m.platform),
    row(`${m.op} baseline (raw pg)`, m.baseline),
    { label: `${m.op} platform / baseline`, cells: [null, ratio(p.opsPerS, b.opsPerS), ratio(p.latency?.p50, b.latency?.p50), ratio(p.latency?.p99, b.latency?.p99), ratio(p.latency?.max, b.latency?.max), null, null, ratio(perOpMs(appCpuMs(p), p), perOpMs(appCpuMs(b), b)), ratio(perOpMs(p.postgresCpuMs, p), perOpMs(b.postgresCpuMs, b))] },
  ];
}

function targetsOf(m: OpMeasurement): Target[] {
  const share = m.baseline.load.opsPerS > 0 ? m.platform.load.opsPerS / m.baseline.load.opsPerS : Number.NaN;
  const lost = m.platform.stored.lost;
  return [
    {
      name: `${m.op} throughput`,
      target: `≥ ${THROUGHPUT_BUDGET * 100} % of baseline`,
      actual: Number.isFinite(share) ? `${round(share * 100, 0)} % (${round(m.platform.load.opsPerS, 0)} vs ${round(m.baseline.load.opsPerS, 0)} ops/s)` : 'n/a',
      met: Number.isFinite(share) && share >= THROUGHPUT_BUDGET,
    },
    { name: `${m.op} lost`, target: '0', actual: `${lost} of ${m.platform.stored.acknowledged}`, met: lost === 0 },
  ];
}

/** Correctness problems of one side: any makes the run fail. */
function failuresOf(label: string, s: Side): string[] {
  const out: string[] = [];
  const l = s.load;
  const st = s.stored;
  if (st.lost !== 0) out.push(`${label}: ${st.lost} of ${st.acknowledged} acknowledged writes are not fully stored (rows found ${st.rows}, events found ${st.events})`);
  if (l.errors + l.warmUpErrors) out.push(`${label}: ${l.errors + l.warmUpErrors} writes failed (${l.warmUpErrors} during the warm-up), e.g. ${l.errorSamples.slice(0, 3).join(' | ')}`);
  if (l.ops === 0) out.push(`${label}: no write succeeded in the measured window`);
  return out;
}

/** Caveats that change how far the figures can be trusted. */
function notesOf(label: string, s: Side): string[] {
  const l = s.load;
  const busy = (cpuMs: number) => round((cpuMs / l.wallMs) * 100, 0);
  const out: string[] = [];
  const cpu = [
    l.serverCpuMs === null ? null : `server ${busy(l.serverCpuMs)} %`,
    Number.isFinite(l.postgresCpuMs) ? `PostgreSQL ${busy(l.postgresCpuMs)} %` : null,
    `load generator ${busy(l.loadGeneratorCpuMs)} %`,
  ].filter(Boolean);
  out.push(`${label}: CPU over the ${round(l.wallMs / 1000, 1)} s window, in % of one core: ${cpu.join(', ')}.`);
  if (l.serverCpuMs !== null && l.serverCpuMs / l.wallMs >= 0.9) out.push(`${label}: the server was CPU-bound (Node runs JavaScript on one core): requests queued in its event loop, and the lock waits of the others grew with it.`);
  if (l.loadGeneratorCpuMs / l.wallMs >= 0.8) out.push(`${label}: the load generator was nearly saturated, so its own queueing is part of the latencies.`);
  if (s.stored.unacknowledged) out.push(`${label}: ${s.stored.unacknowledged} writes were stored although their request failed (committed, then the response was an error).`);
  return out;
}

/** The writes' result in the runner's shape: a table, the verdicts on B2, failures and notes. */
export function writesResult(o: {
  sizes: WritesSizes;
  params: Params;
  smoke: boolean;
  machine: Machine;
  durationS: number;
  ops: OpMeasurement[];
  serverWarnings: number;
  serverExitCode: number | null;
}): BenchResult {
  const failures = o.ops.flatMap((m) => [...failuresOf(`${m.op} platform`, m.platform), ...failuresOf(`${m.op} baseline`, m.baseline)]);
  if (o.serverExitCode !== 0) failures.push(`platform: the server exited with ${o.serverExitCode} on SIGTERM (expected 0)`);
  const notes = [
    `the server, PostgreSQL and the load generator share the machine's ${o.machine.cores} cores; each side's figures are its own window, one after the other.`,
    ...o.ops.flatMap((m) => [...notesOf(`${m.op} platform`, m.platform), ...notesOf(`${m.op} baseline`, m.baseline)]),
  ];
  if (o.serverWarnings) notes.push(`platform: the server logged ${o.serverWarnings} warnings or errors during the run.`);
  const seconds = o.sizes.measureMs / 1000;
  return {
    ...runHeader('writes', 'B2', o),
    workload: `${o.sizes.clients} concurrent clients writing as fast as acknowledged, ${seconds} s per op and side after ${o.sizes.warmUpMs / 1000} s of warm-up: addComment (~200-character bodies, 8 authors) and castVote (6 of 7 voters changing their votes in one open round)`,
    columns: COLUMNS,
    rows: o.ops.flatMap(rowsOf),
    targets: o.ops.flatMap(targetsOf),
    failures,
    notes,
    details: Object.fromEntries(o.ops.map((m) => [m.op, { platform: strip(m.platform), baseline: strip(m.baseline) }])),
  };
}

/** A side without its list of ids (thousands of UUIDs say nothing to a reader). */
const strip = (s: Side) => ({ ...s, load: { ...s.load, acknowledged: s.load.acknowledged.length } });
