import type { GenerateResult } from '../../../server/src/db/generate/generate.js';
import type { Machine } from '../lib/machine.js';
import { runHeader } from '../lib/revision.js';
import { median, medianPair } from '../lib/pairs.js';
import { round, summarize, type Summary } from '../lib/stats.js';
import { distribution, pairedTarget } from '../report/paired.js';
import type { BenchResult, Cell, Distribution, Params, Target } from '../types.js';
import type { StatsSizes } from './sizes.js';

export const P50_BUDGET_MS = 150;
export const RATIO_BUDGET = 1.3;
/** The budget is stated at this many cases. */
export const BUDGET_CASES = 1_000_000;

export interface QueryMeasurement {
  query: string;
  filtered: boolean;
  /** Over every measured run of every pair. */
  platform: Summary;
  baseline: Summary;
  resultRows: number;
  /** Per pair: the p50 of its runs, each side. */
  pairs: { platformP50: number; baselineP50: number }[];
  /** Every run's ms, per pair and side (for the plots). */
  runs: { platform: number[][]; baseline: number[][] };
}

const worstBy = (ms: QueryMeasurement[], value: (m: QueryMeasurement) => number[]) =>
  [...ms].sort((a, b) => median(value(b)) - median(value(a)))[0];

/** B5's targets for one group of queries (unfiltered or filtered): the worst query's median over the pairs, each limit. */
export function statsTargets(ms: QueryMeasurement[], label: string, scale: string): Target[] {
  if (!ms.length) return [];
  const p50s = (m: QueryMeasurement) => m.pairs.map((x) => x.platformP50);
  const ratios = (m: QueryMeasurement) => m.pairs.map((x) => (x.baselineP50 > 0 ? x.platformP50 / x.baselineP50 : Number.NaN));
  const slowest = worstBy(ms, p50s);
  const worstRatio = worstBy(ms, ratios);
  const over = ms.filter((m) => !(median(p50s(m)) <= P50_BUDGET_MS)).map((m) => m.query);
  const overRatio = ms.filter((m) => !(median(ratios(m)) <= RATIO_BUDGET)).map((m) => m.query);
  return [
    pairedTarget({ name: `p50 per query, ${label}${scale}`, target: `≤ ${P50_BUDGET_MS} ms`, unit: 'ms', limit: { limit: P50_BUDGET_MS, better: 'lower' }, values: p50s(slowest), extra: `at worst ${slowest.query}${over.length ? `; over: ${over.join(', ')}` : ''}` }),
    pairedTarget({ name: `p50 vs raw SQL, ${label}`, target: `≤ ${RATIO_BUDGET}×`, unit: '×', digits: 2, limit: { limit: RATIO_BUDGET, better: 'lower' }, values: ratios(worstRatio), extra: `at worst ${worstRatio.query}${overRatio.length ? `; over: ${overRatio.join(', ')}` : ''}` }),
  ];
}

/** Every run of a group of queries, per pair and side: the latency distribution of the dashboard. */
export function statsDistribution(ms: QueryMeasurement[], name: string, title: string, pairs: number): Distribution {
  const all = (side: 'platform' | 'baseline', k: number) => summarize(Float64Array.from(ms.flatMap((m) => m.runs[side][k] ?? [])));
  const perPair = Array.from({ length: pairs }, (_, k): [Summary | null, Summary | null] => [all('platform', k), all('baseline', k)]);
  const primary = perPair.map(([p, b]) => (p && b ? p.p50 / b.p50 : Number.NaN));
  return distribution(name, title, 'ms', medianPair(primary), perPair);
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
  /** The filtered variants' filter, in words. */
  filter: string;
}): BenchResult {
  const ms = o.measurements;
  const rows = ms.map((m) => ({
    label: m.query,
    cells: [round(m.platform.p50), round(m.platform.p99), round(m.baseline.p50), round(m.baseline.p99), ratio(m.platform.p50, m.baseline.p50), ratio(m.platform.p99, m.baseline.p99), m.resultRows] as Cell[],
  }));
  const sum = (f: (m: QueryMeasurement) => number) => ms.reduce((s, m) => s + f(m), 0);
  rows.push({ label: 'all queries (sum)', cells: [round(sum((m) => m.platform.p50)), round(sum((m) => m.platform.p99)), round(sum((m) => m.baseline.p50)), round(sum((m) => m.baseline.p99)),
    ratio(sum((m) => m.platform.p50), sum((m) => m.baseline.p50)), ratio(sum((m) => m.platform.p99), sum((m) => m.baseline.p99)), null] });

  const scale = o.sizes.cases === BUDGET_CASES ? '' : ` (at ${o.sizes.cases} cases, not ${BUDGET_CASES})`;
  const unfiltered = ms.filter((m) => !m.filtered);
  const filtered = ms.filter((m) => m.filtered);
  const targets: Target[] = [...statsTargets(unfiltered, 'unfiltered', scale), ...statsTargets(filtered, 'filtered', scale)];
  const failures = [...o.failures];
  if (o.serverExitCode !== 0) failures.push(`platform: the server exited with ${o.serverExitCode} on SIGTERM (expected 0)`);
  const genRows = Object.values(o.generated.rows).reduce((s, v) => s + v, 0);
  const notes = [
    `data: ${o.generated.cases} generated cases (${Object.entries(o.generated.rows).map(([k, v]) => `${k} ${v}`).join(', ')}; ${genRows} rows in ${round(o.generated.seconds, 1)} s, ${Math.round(o.generated.rowsPerS)} rows/s), ${o.casesInAll} cases in all; ${o.casesInPeriod} received in the period ${o.period.from} … ${o.period.to}.`,
    `filtered: ${o.filter}; each query's p50 is taken per pair (its ${o.sizes.runs} runs per side), and the budget read on the median over the ${o.sizes.pairs} pairs; the table's p50 and p99 are over all runs.`,
    `queries run one at a time (no concurrency); the server, PostgreSQL and the benchmark share the machine's ${o.machine.cores} cores. PostgreSQL runs with the embedded cluster's settings (no tuning).`,
    `slowest query by platform p50: ${o.explain.query}; its EXPLAIN ANALYZE (the service's SQL) is in details.explain: ${o.explain.plan.filter((l) => /Execution Time|Parallel|Seq Scan|Index|Sort Method|HashAggregate|GroupAggregate|Hash Join|Nested Loop|Merge Join/.test(l)).slice(0, 8).map((l) => l.trim()).join(' | ')}`,
  ];
  if (o.retries) notes.push(`platform: ${o.retries} requests failed at the connection and were sent again (their time includes the failed attempt).`);
  if (o.serverWarnings) notes.push(`platform: the server logged ${o.serverWarnings} warnings or errors during the run.`);
  return {
    ...runHeader('stats', 'B5', o),
    workload: `each statistics query of the dashboard for the last ${o.sizes.months} months, as the analyst, unfiltered and filtered (one region, one platform, one status), in ${o.sizes.pairs} pairs of ${o.sizes.runs} alternated runs per side after ${o.sizes.warmUp} warm-up runs, on ${o.sizes.cases} generated cases (${o.casesInPeriod} in the period)`,
    pairs: o.sizes.pairs,
    distributions: [
      statsDistribution(unfiltered, 'unfiltered', 'latency of every run of every unfiltered query', o.sizes.pairs),
      statsDistribution(filtered, 'filtered', 'latency of every run of every filtered query', o.sizes.pairs),
    ],
    columns: COLUMNS,
    rows,
    targets,
    failures,
    notes,
    details: { measurements: ms.map(({ runs: _runs, ...m }) => m), generated: o.generated, period: o.period, casesInPeriod: o.casesInPeriod, explain: o.explain },
  };
}
