import type { GenerateResult } from '../../../server/src/db/generate/generate.js';
import type { Machine } from '../lib/machine.js';
import { runHeader } from '../lib/revision.js';
import { round, type Summary } from '../lib/stats.js';
import type { BenchResult, Cell, Params, Target } from '../types.js';
import type { StatsSizes } from './sizes.js';

export const P50_BUDGET_MS = 150;
export const RATIO_BUDGET = 1.3;
/** The budget is stated at this many cases. */
export const BUDGET_CASES = 1_000_000;

export interface QueryMeasurement {
  query: string;
  platform: Summary;
  baseline: Summary;
  resultRows: number;
}

const COLUMNS = ['platform p50 ms', 'platform p99 ms', 'raw SQL p50 ms', 'raw SQL p99 ms', 'p50 ratio', 'p99 ratio', 'result rows'];
const ratio = (a: number, b: number): Cell => (b > 0 ? round(a / b, 2) : null);

export function statsResult(o: {
  sizes: StatsSizes;
  params: Params;
  smoke: boolean;
  machine: Machine;
  durationS: number;
  measurements: QueryMeasurement[];
  failures: string[];
  serverExitCode: number | null;
  serverWarnings: number;
  retries: number;
  period: { from: string; to: string };
  casesInPeriod: number;
  casesInAll: number;
  generated: GenerateResult;
  explain: { query: string; sql: string; plan: string[]; baselinePlan: string[] };
}): BenchResult {
  const ms = o.measurements;
  const rows = ms.map((m) => ({
    label: m.query,
    cells: [round(m.platform.p50), round(m.platform.p99), round(m.baseline.p50), round(m.baseline.p99), ratio(m.platform.p50, m.baseline.p50), ratio(m.platform.p99, m.baseline.p99), m.resultRows] as Cell[],
  }));
  const sum = (f: (m: QueryMeasurement) => number) => ms.reduce((s, m) => s + f(m), 0);
  rows.push({ label: 'all queries (sum)', cells: [round(sum((m) => m.platform.p50)), round(sum((m) => m.platform.p99)), round(sum((m) => m.baseline.p50)), round(sum((m) => m.baseline.p99)),
    ratio(sum((m) => m.platform.p50), sum((m) => m.baseline.p50)), ratio(sum((m) => m.platform.p99), sum((m) => m.baseline.p99)), null] });

  const slowest = [...ms].sort((a, b) => b.platform.p50 - a.platform.p50)[0];
  const worstRatio = [...ms].sort((a, b) => b.platform.p50 / b.baseline.p50 - a.platform.p50 / a.baseline.p50)[0];
  const over = ms.filter((m) => m.platform.p50 > P50_BUDGET_MS).map((m) => m.query);
  const overRatio = ms.filter((m) => m.platform.p50 / m.baseline.p50 > RATIO_BUDGET).map((m) => m.query);
  const scale = o.sizes.cases === BUDGET_CASES ? '' : ` (at ${o.sizes.cases} cases, not ${BUDGET_CASES})`;
  const targets: Target[] = [
    { name: `p50 per query${scale}`, target: `≤ ${P50_BUDGET_MS} ms`, actual: `${round(slowest.platform.p50, 1)} ms at worst (${slowest.query})${over.length ? `; over: ${over.join(', ')}` : ''}`, met: over.length === 0 },
    { name: 'p50 vs raw SQL', target: `≤ ${RATIO_BUDGET}×`, actual: `${round(worstRatio.platform.p50 / worstRatio.baseline.p50, 2)}× at worst (${worstRatio.query})${overRatio.length ? `; over: ${overRatio.join(', ')}` : ''}`, met: overRatio.length === 0 },
  ];
  const failures = [...o.failures];
  if (o.serverExitCode !== 0) failures.push(`platform: the server exited with ${o.serverExitCode} on SIGTERM (expected 0)`);
  const genRows = Object.values(o.generated.rows).reduce((s, v) => s + v, 0);
  const notes = [
    `data: ${o.generated.cases} generated cases (${Object.entries(o.generated.rows).map(([k, v]) => `${k} ${v}`).join(', ')}; ${genRows} rows in ${round(o.generated.seconds, 1)} s, ${Math.round(o.generated.rowsPerS)} rows/s), ${o.casesInAll} cases in all; ${o.casesInPeriod} received in the period ${o.period.from} … ${o.period.to}.`,
    `queries run one at a time (no concurrency); the server, PostgreSQL and the benchmark share the machine's ${o.machine.cores} cores. PostgreSQL runs with the embedded cluster's settings (no tuning).`,
    `slowest query by platform p50: ${o.explain.query}; its EXPLAIN ANALYZE (the service's SQL) is in details.explain: ${o.explain.plan.filter((l) => /Execution Time|Parallel|Seq Scan|Index|Sort Method|HashAggregate|GroupAggregate|Hash Join|Nested Loop|Merge Join/.test(l)).slice(0, 8).map((l) => l.trim()).join(' | ')}`,
  ];
  if (o.retries) notes.push(`platform: ${o.retries} requests failed at the connection and were sent again (their time includes the failed attempt).`);
  if (o.serverWarnings) notes.push(`platform: the server logged ${o.serverWarnings} warnings or errors during the run.`);
  return {
    ...runHeader('stats', 'B5', o),
    workload: `each statistics query of the dashboard for the last ${o.sizes.months} months, as the analyst, ${o.sizes.runs} runs per side after ${o.sizes.warmUp} warm-up runs, on ${o.sizes.cases} generated cases (${o.casesInPeriod} in the period)`,
    columns: COLUMNS,
    rows,
    targets,
    failures,
    notes,
    details: { measurements: ms, generated: o.generated, period: o.period, casesInPeriod: o.casesInPeriod, explain: o.explain },
  };
}
