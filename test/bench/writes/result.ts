import type { Machine } from '../lib/machine.js';
import { runHeader } from '../lib/revision.js';
import { round } from '../lib/stats.js';
import { pairedTarget } from '../report/paired.js';
import type { BenchResult, Cell, Params, Target } from '../types.js';
import type { LoadMeasurement } from './load.js';
import type { WritesSizes } from './sizes.js';
import type { StoredCheck } from './stored.js';

export const THROUGHPUT_BUDGET = 0.6;

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

/** addComment spread over many cases (write i to case i mod `cases`), so that writes in flight share no row lock: part of B2. */
export interface SpreadMeasurement {
  cases: number;
  platform: Side;
  baseline: Side;
}

/** One pair: each op's platform side then its baseline side, and the same for the spread addComment. */
export interface WritesPair {
  ops: OpMeasurement[];
  spread: SpreadMeasurement;
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

/** A row of ratios, side `a` over side `b`, column by column (none for counts). */
function ratioRow(label: string, a: LoadMeasurement, b: LoadMeasurement): { label: string; cells: Cell[] } {
  return { label, cells: [null, ratio(a.opsPerS, b.opsPerS), ratio(a.latency?.p50, b.latency?.p50), ratio(a.latency?.p99, b.latency?.p99), ratio(a.latency?.max, b.latency?.max), null, null, ratio(perOpMs(appCpuMs(a), a), perOpMs(appCpuMs(b), b)), ratio(perOpMs(a.postgresCpuMs, a), perOpMs(b.postgresCpuMs, b))] };
}

function rowsOf(m: OpMeasurement): { label: string; cells: Cell[] }[] {
  return [
    row(`${m.op} platform (HTTP + GraphQL)`, m.platform),
    row(`${m.op} baseline (raw pg)`, m.baseline),
    ratioRow(`${m.op} platform / baseline`, m.platform.load, m.baseline.load),
  ];
}

const spreadOp = (s: SpreadMeasurement) => `addComment over ${s.cases} cases`;

function spreadRows(s: SpreadMeasurement): { label: string; cells: Cell[] }[] {
  const op = spreadOp(s);
  return [
    row(`${op} platform (HTTP + GraphQL)`, s.platform),
    row(`${op} baseline (raw pg)`, s.baseline),
    ratioRow(`${op} platform / baseline`, s.platform.load, s.baseline.load),
  ];
}

const opsAndP99 = (l: LoadMeasurement) => `${round(l.opsPerS, 0)} ops/s, p99 ${l.latency ? round(l.latency.p99) : '—'} ms`;

/** What the spread rows say against one case, in words. */
function spreadNotes(s: SpreadMeasurement, one: OpMeasurement | undefined): string[] {
  const op = spreadOp(s);
  return one ? [`${op} against one case: platform ${opsAndP99(s.platform.load)} (one case: ${opsAndP99(one.platform.load)}); baseline ${opsAndP99(s.baseline.load)} (one case: ${opsAndP99(one.baseline.load)}).`] : [];
}

/** Platform ops/s over baseline ops/s; NaN when the baseline wrote nothing. */
export const shareOf = (platform: Side, baseline: Side): number => (baseline.load.opsPerS > 0 ? platform.load.opsPerS / baseline.load.opsPerS : Number.NaN);

/** B2's targets over the pairs: each throughput on its median; lost writes summed over every pair (any is a miss, and a failure). */
export function writesTargets(pairs: WritesPair[]): Target[] {
  const kinds = [
    ...(pairs[0]?.ops ?? []).map((m, k) => ({ name: m.op, sides: pairs.map((p) => p.ops[k]) as { platform: Side; baseline: Side }[] })),
    { name: pairs[0] ? spreadOp(pairs[0].spread) : 'addComment spread', sides: pairs.map((p) => p.spread) as { platform: Side; baseline: Side }[] },
  ];
  return kinds.flatMap(({ name, sides }) => {
    const lost = sides.reduce((n, s) => n + s.platform.stored.lost, 0);
    const acknowledged = sides.reduce((n, s) => n + s.platform.stored.acknowledged, 0);
    return [
      pairedTarget({
        name: `${name} throughput`, target: `≥ ${THROUGHPUT_BUDGET * 100} % of baseline`, values: sides.map((s) => shareOf(s.platform, s.baseline)),
        limit: { limit: THROUGHPUT_BUDGET, better: 'higher' }, unit: '%', scale: 100, digits: 0,
        extra: `${sides.map((s) => `${round(s.platform.load.opsPerS, 0)} vs ${round(s.baseline.load.opsPerS, 0)}`).join(', ')} ops/s`,
      }),
      { name: `${name} lost`, target: '0', actual: `${lost} of ${acknowledged} (all pairs)`, met: lost === 0 },
    ];
  });
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
  spread: SpreadMeasurement;
  serverWarnings: number;
  serverExitCode: number | null;
}): BenchResult {
  const spread = o.spread;
  const sp = spreadOp(spread);
  const spreadSides: [string, Side][] = [[`${sp} platform`, spread.platform], [`${sp} baseline`, spread.baseline]];
  const failures = [
    ...o.ops.flatMap((m) => [...failuresOf(`${m.op} platform`, m.platform), ...failuresOf(`${m.op} baseline`, m.baseline)]),
    ...spreadSides.flatMap(([label, s]) => failuresOf(label, s)),
  ];
  if (o.serverExitCode !== 0) failures.push(`platform: the server exited with ${o.serverExitCode} on SIGTERM (expected 0)`);
  const notes = [
    `the server, PostgreSQL and the load generator share the machine's ${o.machine.cores} cores; each side's figures are its own window, one after the other.`,
    ...o.ops.flatMap((m) => [...notesOf(`${m.op} platform`, m.platform), ...notesOf(`${m.op} baseline`, m.baseline)]),
    ...spreadNotes(spread, o.ops.find((m) => m.op === 'addComment')),
    ...spreadSides.flatMap(([label, s]) => notesOf(label, s)),
  ];
  if (o.serverWarnings) notes.push(`platform: the server logged ${o.serverWarnings} warnings or errors during the run.`);
  const seconds = o.sizes.measureMs / 1000;
  return {
    ...runHeader('writes', 'B2', o),
    workload: `${o.sizes.clients} concurrent clients writing as fast as acknowledged, ${seconds} s per op and side after ${o.sizes.warmUpMs / 1000} s of warm-up, in ${o.sizes.pairs} alternated pairs: addComment (~200-character bodies, 8 authors) and castVote (6 of 7 voters changing their votes in one open round) in one case per side; addComment spread over ${spread.cases} cases per side (write i to case i mod ${spread.cases})`,
    columns: COLUMNS,
    rows: [...o.ops.flatMap(rowsOf), ...spreadRows(spread)],
    targets: writesTargets([{ ops: o.ops, spread: o.spread }]),
    failures,
    notes,
    details: {
      ...Object.fromEntries(o.ops.map((m) => [m.op, { platform: strip(m.platform), baseline: strip(m.baseline) }])),
      addCommentSpread: { cases: spread.cases, platform: strip(spread.platform), baseline: strip(spread.baseline) },
    },
  };
}

/** A side without its list of ids (thousands of UUIDs say nothing to a reader). */
const strip = (s: Side) => ({ ...s, load: { ...s.load, acknowledged: s.load.acknowledged.length } });
