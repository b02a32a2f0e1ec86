import { generate } from '../../../server/src/db/generate/generate.js';
import { progress } from '../lib/clock.js';
import { startBenchDatabase } from '../lib/database.js';
import { gqlData, signIn } from '../../../server/src/test-support/graphql-http.js';
import { describeMachine } from '../lib/machine.js';
import { connectPg } from '../lib/pg.js';
import { startServerProcess } from '../lib/server-process.js';
import { summarize } from '../lib/stats.js';
import type { Benchmark } from '../types.js';
import { STATS_SETTINGS } from '../../../server/src/modules/stats/stats.sql.js';
import { STATS_FILTER, STATS_QUERIES, type StatsQuery } from './queries.js';
import { statsResult, type QueryMeasurement } from './result.js';
import { STATS_DEFAULTS, STATS_SMOKE, statsSizes } from './sizes.js';

/**
 * The period of the dashboard: the last `months` whole months, this one included (Kazakhstan
 * dates; analysts ask in whole months, see the statistics' disclosure control), and its instants.
 */
function period(months: number): { from: string; to: string; start: Date; end: Date } {
  const today = new Date(Date.now() + 5 * 3_600_000);
  const firstDay = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months + 1, 1));
  const lastDay = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0));
  const from = firstDay.toISOString().slice(0, 10);
  const to = lastDay.toISOString().slice(0, 10);
  const start = new Date(`${from}T00:00:00+05:00`);
  const end = new Date(new Date(`${to}T00:00:00+05:00`).getTime() + 86_400_000);
  return { from, to, start, end };
}

/** The operation, sent again once when the connection fails (undici reusing a socket the server just closed); the retries are counted. */
let retries = 0;
async function gqlOnce(url: string, query: string, vars: Record<string, unknown>, token: string): Promise<unknown> {
  try {
    return await gqlData(url, query, vars, token);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    retries += 1;
    progress('stats', `fetch failed (${String((e as Error & { cause?: unknown }).cause ?? e.message)}), retrying once`);
    return gqlData(url, query, vars, token);
  }
}

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

/** A row of a statistics list: the breakdowns' and decisionTime's have a key and a count; compliance's and repeatTargets' have other fields. */
interface ListRow { key?: string; count?: { value: number | null } }

/** The chair's exact figures against the hand-written SQL (the analyst's are perturbed): a rough agreement check of the two sides. */
function checkAgreement(q: StatsQuery, data: unknown, rows: Record<string, unknown>[]): string | null {
  const s = (data as { stats: Record<string, unknown> }).stats;
  if (q.base === 'total + byMonth') {
    const figures = s as { total: { value: number | null }; byMonth: unknown[] };
    const total = Number(rows.find((r) => r.key === 'total')?.n);
    if (figures.total.value !== total) return `${q.name}: total ${figures.total.value} via GraphQL, ${total} in SQL`;
    const months = rows.filter((r) => r.key !== 'total');
    if (figures.byMonth.length !== months.length) return `${q.name}: ${figures.byMonth.length} months via GraphQL, ${months.length} in SQL`;
    return null;
  }
  // The query's answer: a list of rows (deadlines answers one object, which no check below reads).
  const answer = s[q.base.split(' ')[0]];
  const list: ListRow[] = Array.isArray(answer) ? answer : [];
  if (Array.isArray(answer) && 'key' in (list[0] ?? { key: 1 }) && q.base !== 'decisionTime') {
    const g = Object.fromEntries(list.map((b) => [String(b.key), b.count?.value]));
    for (const r of rows) {
      const key = String(r.key ?? 'UNKNOWN');
      if (g[key] !== Number(r.n)) return `${q.name}: ${key} is ${g[key]} via GraphQL, ${r.n} in SQL`;
    }
  }
  if (q.base === 'decisionTime' && list[0] && list[0].count?.value !== Number(rows[0].n)) return `${q.name}: count ${list[0].count?.value} via GraphQL, ${rows[0].n} in SQL`;
  if (q.base === 'repeatTargets' && list.length !== rows.length) return `${q.name}: ${list.length} targets via GraphQL, ${rows.length} in SQL`;
  return null;
}

/** Budget B5: the statistics dashboard over GraphQL against the same aggregates in raw SQL, on N synthetic cases. */
export const stats: Benchmark = {
  name: 'stats',
  budget: 'B5',
  summary: 'each statistics query of the dashboard over GraphQL (as the analyst) against the same aggregate in raw SQL, on N generated cases',
  defaults: STATS_DEFAULTS,
  smoke: STATS_SMOKE,
  glossary: [
    '**data**: `pnpm generate` (server/src/db/generate/) fills the throwaway database with N synthetic cases over the last 3 years (status, platform, region and age-band mixes as in DESIGN.md; 1–4 episodes, one resource, a round with 5–7 votes and a decision for decided cases, prescriptions per platform for confirmed ones), then `analyze`. The demo panel and its cases (DEMO=1) are there too.',
    '**platform**: one GraphQL `stats(period)` operation per query, selecting only that query\'s fields, POSTed over HTTP to the real server (a child process) with the analyst\'s bearer token; latency from send to parsed JSON, on the benchmark\'s clock. **baseline**: the same aggregate, hand-written, on one `pg` connection in the benchmark process, without the platform\'s `scoped` CTE, with the same period ($1, $2) and filters and the settings of the platform\'s statistics transactions (`work_mem`, no JIT, no parallel workers).',
    '**runs and pairs**: after the warm-up runs, `pairs` times every query runs `runs` times per side, the sides alternating run by run (platform, then baseline), so both see the same cache state; a query\'s p50 per pair is over that pair\'s runs, and the budget (each query, unfiltered and filtered: p50 ≤ 150 ms and ≤ 1.3× raw SQL) is read on the median over the pairs, the worst query shown. **p50 / p99 ms** in the table: nearest-rank over all measured runs. **ratio**: platform / baseline.',
    '**how the platform answers**: a period without filters (the dashboard as it opens) is read from `stats_day`, a daily rollup that triggers keep exact in the writing transaction (migration `stats_rollup`), and for its whole months from `stats_month`, the same sums by month kept by statement triggers on `stats_day` (migration `stats_month`): counts per day of receipt by status, region, age band, outcome, platform, deadline keeping, prescriptions by platform and status, and whole-hour histograms of the durations (medians and 90th percentiles within an hour of exact); repeat targets count the most-named targets of all time in the period until no other can enter the list. Filters by platform, region or status read the rollup\'s rows split by the case\'s region, status and set of platforms (`stats_cube_day`, `stats_target_day`, migration `stats_cube`; what depends on the time of asking from partial indexes of the cases): the **filtered** rows ask every query again with one region, one platform and one status (`STATS_FILTER` in queries.ts), against the baseline\'s aggregate with the same filter (status and region equal, the case\'s platforms including the platform).',
    '**EXPLAIN**: the platform\'s main SQL of the slowest query (by platform p50), as StatsService sends it, under `explain (analyze, buffers)`, in details.explain of the JSON.',
  ],
  run: async (params, cleanup, { smoke }) => {
    const started = performance.now();
    const sizes = statsSizes(params);
    progress('stats', 'starting a throwaway PostgreSQL and migrating it');
    const database = await startBenchDatabase(cleanup);
    const machine = describeMachine(database.version);
    progress('stats', 'starting the server (child process, demo panel)');
    const server = await startServerProcess(cleanup, database.url);
    progress('stats', `generating ${sizes.cases} cases`);
    const gen = await generate(database.url, { cases: sizes.cases, batch: 100_000, log: (l) => progress('stats', `generate: ${l}`) });
    const db = await connectPg(database.url);
    cleanup.defer('close the baseline connection', () => db.end());
    // The baseline gets the settings of the platform's statistics transactions, for its session.
    await db.query(STATS_SETTINGS.replaceAll(', true)', ', false)'));
    const token = await signIn(server.url, 'analyst@demo.kz');
    const chair = await signIn(server.url, 'chair@demo.kz');
    const p = period(sizes.months);
    const vars = { p: { from: p.from, to: p.to } };
    const counts = (await db.query<{ n: string; all: string }>(`select count(*) filter (where "received_at" >= $1 and "received_at" < $2) as n, count(*) as all from "case"`, [p.start, p.end])).rows[0];

    const failures: string[] = [];
    const paramsOf = (q: StatsQuery) => [p.start, p.end, ...(q.extra ?? [])];
    const varsOf = (q: StatsQuery) => (q.filtered ? { ...vars, f: STATS_FILTER } : vars);
    const sql = (q: StatsQuery) => db.query(q.baseline, paramsOf(q));
    const runs = new Map(STATS_QUERIES.map((q) => [q.name, { platform: [] as number[][], baseline: [] as number[][], gql: null as unknown, rows: [] as Record<string, unknown>[] }]));
    for (const q of STATS_QUERIES) {
      const r = runs.get(q.name)!;
      for (let i = 0; i < sizes.warmUp; i++) {
        r.gql = await gqlOnce(server.url, q.graphql, varsOf(q), token);
        r.rows = (await sql(q)).rows;
      }
    }
    // Pair after pair, every query: its runs alternate platform, baseline, so both see the same cache state.
    for (let k = 0; k < sizes.pairs; k++) {
      progress('stats', `pair ${k + 1}/${sizes.pairs}: ${STATS_QUERIES.length} queries × ${sizes.runs} runs per side`);
      for (const q of STATS_QUERIES) {
        const r = runs.get(q.name)!;
        const platform: number[] = [];
        const baseline: number[] = [];
        for (let i = 0; i < sizes.runs; i++) {
          platform.push(await timed(async () => { r.gql = await gqlOnce(server.url, q.graphql, varsOf(q), token); }));
          baseline.push(await timed(async () => { r.rows = (await sql(q)).rows; }));
        }
        r.platform.push(platform);
        r.baseline.push(baseline);
      }
    }
    const measurements: QueryMeasurement[] = [];
    for (const q of STATS_QUERIES) {
      const r = runs.get(q.name)!;
      if (!r.gql) failures.push(`${q.name}: no answer for the analyst`);
      const disagreement = checkAgreement(q, await gqlOnce(server.url, q.graphql, varsOf(q), chair), r.rows);
      if (disagreement) failures.push(disagreement);
      const m: QueryMeasurement = {
        query: q.name,
        filtered: q.filtered,
        platform: summarize(Float64Array.from(r.platform.flat()))!,
        baseline: summarize(Float64Array.from(r.baseline.flat()))!,
        resultRows: r.rows.length,
        pairs: r.platform.map((runsOfPair, k) => ({ platformP50: summarize(Float64Array.from(runsOfPair))!.p50, baselineP50: summarize(Float64Array.from(r.baseline[k]))!.p50 })),
        runs: { platform: r.platform, baseline: r.baseline },
      };
      measurements.push(m);
      progress('stats', `${q.name}: platform p50 ${m.platform.p50.toFixed(1)} ms, baseline p50 ${m.baseline.p50.toFixed(1)} ms`);
    }

    const slowest = [...measurements].sort((a, b) => b.platform.p50 - a.platform.p50)[0];
    const q = STATS_QUERIES.find((x) => x.name === slowest.query)!;
    const explainRows = (await db.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.service}`, [p.from, p.to])).rows;
    const explain = { query: q.name, sql: q.service, plan: explainRows.map((r) => r['QUERY PLAN']) };
    const explainBaseline = (await db.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.baseline}`, paramsOf(q))).rows.map((r) => r['QUERY PLAN']);

    const serverExitCode = await server.stop();
    return statsResult({
      sizes, params, smoke, machine, durationS: (performance.now() - started) / 1000, measurements, failures, serverExitCode, serverWarnings: server.warnings(), retries,
      period: p, casesInPeriod: Number(counts.n), casesInAll: Number(counts.all), generated: gen, explain: { ...explain, baselinePlan: explainBaseline },
      filter: `region ${STATS_FILTER.regions[0]}, platform ${STATS_FILTER.platforms[0]}, status ${STATS_FILTER.statuses[0]}`,
    });
  },
};
