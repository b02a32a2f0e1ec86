import type { Machine } from '../lib/machine.js';
import { runHeader } from '../lib/revision.js';
import { round, type Summary } from '../lib/stats.js';
import { pairedTarget } from '../report/paired.js';
import type { BenchResult, Cell, Params, Target } from '../types.js';
import type { MemoryReading } from './memory.js';
import type { ConnectionsSizes } from './sizes.js';

export const PER_CONNECTION_BUDGET_KB = 40;

/** One stage of one side: memory before and after `open` connections were added. */
export interface Stage {
  open: number;
  before: MemoryReading;
  after: MemoryReading;
}

export interface SideMeasurement {
  stages: Stage[];
  /** Per socket, creation to acknowledgement (graphql-ws) or open (bare ws), in batches. */
  connectLatency: Summary | null;
  failed: number;
  errors: string[];
  exitCode: number | null;
  warnings: number;
}

const COLUMNS = ['connections', 'heap before MB', 'heap after MB', 'heap KB/conn', 'RSS before MB', 'RSS after MB', 'RSS KB/conn', 'fds after'];

const mb = (b: number) => round(b / 2 ** 20, 1);
/** KB of 1 024 bytes per connection. */
export const perConnKb = (s: Stage, key: 'heapUsedBytes' | 'rssBytes') => (s.open > 0 ? (s.after[key] - s.before[key]) / 1024 / s.open : Number.NaN);

function row(label: string, s: Stage): { label: string; cells: Cell[] } {
  return {
    label,
    cells: [s.open, mb(s.before.heapUsedBytes), mb(s.after.heapUsedBytes), round(perConnKb(s, 'heapUsedBytes'), 1), mb(s.before.rssBytes), mb(s.after.rssBytes), round(perConnKb(s, 'rssBytes'), 1), s.after.fds],
  };
}

const ratio = (a: number, b: number): Cell => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? round(a / b, 1) : null);

/** The platform's stages are cumulative (connect, then subscribe): the last one is the whole cost, from the first reading. */
export function whole(stages: Stage[]): Stage {
  return { open: stages[stages.length - 1].open, before: stages[0].before, after: stages[stages.length - 1].after };
}

/** One pair's two sides. */
export interface ConnectionsPair {
  platform: SideMeasurement;
  baseline: SideMeasurement;
}

/** B4's targets on the medians over the pairs: the platform's whole cost per connection, RSS and heap. */
export function connectionsTargets(pairs: ConnectionsPair[]): Target[] {
  return (['rssBytes', 'heapUsedBytes'] as const).map((key) => pairedTarget({
    name: `${key === 'rssBytes' ? 'RSS' : 'heap'} per connection`, target: `≤ ${PER_CONNECTION_BUDGET_KB} KB`, unit: 'KB', limit: { limit: PER_CONNECTION_BUDGET_KB, better: 'lower' },
    values: pairs.map((x) => perConnKb(whole(x.platform.stages), key)),
    extra: `baseline ${pairs.map((x) => round(perConnKb(x.baseline.stages[0], key), 1)).join(', ')} KB`,
  }));
}

export function connectionsResult(o: {
  sizes: ConnectionsSizes;
  params: Params;
  smoke: boolean;
  machine: Machine;
  durationS: number;
  platform: SideMeasurement;
  baseline: SideMeasurement;
  subscribed: number;
}): BenchResult {
  const [connected, subscribed] = o.platform.stages;
  const total = whole(o.platform.stages);
  const base = o.baseline.stages[0];
  const rssKb = perConnKb(total, 'rssBytes');
  const heapKb = perConnKb(total, 'heapUsedBytes');
  const targets = connectionsTargets([{ platform: o.platform, baseline: o.baseline }]);

  const n = o.sizes.connections;
  const failures: string[] = [];
  if (o.platform.failed) failures.push(`platform: ${o.platform.failed} of ${n} connections failed or dropped, e.g. ${o.platform.errors.slice(0, 3).join(' | ')}`);
  if (o.subscribed !== n) failures.push(`platform: ${o.subscribed} of ${n} caseEvents subscriptions received their replayed event`);
  if (o.baseline.failed) failures.push(`baseline: ${o.baseline.failed} of ${n} sockets failed or dropped, e.g. ${o.baseline.errors.slice(0, 3).join(' | ')}`);
  if (o.platform.exitCode !== 0) failures.push(`platform: the server exited with ${o.platform.exitCode} on SIGTERM (expected 0)`);
  const notes = [
    'memory is read after 2 full garbage collections through the V8 inspector; RSS from /proc/<pid>/status. Per-connection figures are (after − before) / connections; RSS also holds what the allocator keeps after GC, so it is the upper figure.',
  ];
  if (o.platform.warnings) notes.push(`platform: the server logged ${o.platform.warnings} warnings or errors during the run.`);
  if (n < 1000) notes.push(`only ${n} connections: per-connection figures at this size are mostly noise.`);
  return {
    ...runHeader('connections', 'B4', o),
    workload: `${n} idle WebSocket connections per side, opened ${o.sizes.batch} at a time: graphql-ws with a member's token in connection_init and one caseEvents subscription each, against bare ws sockets`,
    columns: COLUMNS,
    rows: [
      row('platform: authenticated (connection_init)', connected),
      row('platform: + one caseEvents subscription', subscribed),
      row('platform: whole (from before connecting)', total),
      row('baseline (bare ws)', base),
      { label: 'platform whole / baseline', cells: [null, null, null, ratio(heapKb, perConnKb(base, 'heapUsedBytes')), null, null, ratio(rssKb, perConnKb(base, 'rssBytes')), null] },
    ],
    targets,
    failures,
    notes,
    details: { platform: o.platform, baseline: o.baseline },
  };
}
