import { labelTargets, topRepeated, type Ranked } from './repeat-targets.js';
import { cellCounts, type SqlRow, type StatsContext } from './stats.context.js';
import { aggregate, cellsOf } from './stats.sql.js';
import type { RepeatTarget } from './stats.types.js';
import { NO_TALLY, tallies } from './suppression.js';

/**
 * The `limit` targets named in most cases of the period (more than one), with their platform; for
 * perturbed viewers their counts perturbed per month (and filter value) like every count, and an
 * opaque label (platform and number) instead of the target, which may be a child's own profile.
 */
export async function repeatTargetsOf(ctx: StatsContext, limit: number): Promise<RepeatTarget[]> {
  const ranked = ctx.fromRollup ? await (ctx.filtered ? filteredRanked(ctx, limit) : rollupRanked(ctx, limit)) : (await aggregate<{ target: string; n: string }>(ctx.em, ctx.scope,
    `select t."target", count(*) as n from (select distinct r."target", r."case_id" from "resource" r join scoped s on s."id" = r."case_id") t
     group by 1 having count(*) > 1 order by 2 desc, 1 limit ?`, [limit])).map((r) => ({ target: r.target, n: Number(r.n) }));
  if (!ranked.length) return [];
  const targets = ranked.map((r) => r.target);
  const [platforms, counts] = await Promise.all([platformsOf(ctx, targets), ctx.exact ? exactCounts(ranked) : perturbedCounts(ctx, targets)]);
  return labelTargets(ranked.map((r) => ({ target: r.target, platform: platforms.get(r.target) ?? null, cases: counts.get(r.target) ?? NO_TALLY })), ctx.exact);
}

const exactCounts = async (ranked: Ranked[]) => new Map(ranked.map((r) => [r.target, { n: r.n, shown: r.n }]));

/** Each target's cases by cell (month and filter values), with the cases' record keys. */
async function perturbedCounts(ctx: StatsContext, targets: string[]) {
  let rows: SqlRow[];
  if (ctx.fromRollup) {
    const from = ctx.rollupSource('stats_target_day');
    const cells = Object.entries(ctx.rollupCells());
    rows = await ctx.em.execute<SqlRow[]>(`select "target" as key${cells.map(([alias, e]) => `, ${e} as "${alias}"`).join('')}, sum("n") as n, sum("key_sum") as k from "stats_target_day"
      where ${['"target" in (?)', '"day" between ?::date and ?::date', ...from.where].join(' and ')} group by ${[1, ...cells.map((_, i) => i + 2)].join(', ')} having sum("n") <> 0`,
    [targets, ctx.scope.days.from, ctx.scope.days.to, ...from.params]);
  } else {
    const cells = cellsOf(ctx.scope);
    rows = await aggregate<SqlRow>(ctx.em, ctx.scope, `select t.target as key${cells.names}, count(*) as n, sum(t.rk) as k from (
      select distinct r."target" as target, s."id", s."record_key" as rk${cells.select} from "resource" r join scoped s on s."id" = r."case_id" where r."target" in (?)) t
      group by t.target${cells.names}`, [targets]);
  }
  return tallies(cellCounts(rows), false);
}

/**
 * The platform of each target (from its resources; a target is one URL, so one host): the first
 * registered platform by code. The distinct platforms of a target's resources are found by a few
 * probes of the resources' (target, platform) index, however many resources name it.
 */
async function platformsOf(ctx: StatsContext, targets: string[]): Promise<Map<string, string>> {
  const rows = await ctx.em.execute<{ target: string; code: string | null }[]>(`with recursive t(target, pid) as (
      select x.target, (select r."platform_id" from "resource" r where r."target" = x.target and r."platform_id" is not null order by r."platform_id" limit 1) from unnest(array[?]::text[]) x(target)
      union all
      select t.target, (select r."platform_id" from "resource" r where r."target" = t.target and r."platform_id" > t.pid order by r."platform_id" limit 1) from t where t.pid is not null)
    select t.target, min(p."code") as code from t join "platform" p on p."id" = t.pid group by 1`, [targets]);
  return new Map(rows.filter((r) => r.code).map((r) => [r.target, r.code!]));
}

/**
 * Under a filter, from the per-target rollup's rows split by the cases' filter columns: each row
 * counts the cases of one day and filter values naming the target, so their sums count cases.
 */
async function filteredRanked(ctx: StatsContext, limit: number): Promise<Ranked[]> {
  const from = ctx.rollupSource('stats_target_day');
  const rows = await ctx.em.execute<{ target: string; n: string }[]>(`select "target", sum("n") as n from "stats_target_day"
    where ${['"day" between ?::date and ?::date', ...from.where].join(' and ')} group by 1 having sum("n") > 1 order by 2 desc, 1 limit ?`,
  [ctx.scope.days.from, ctx.scope.days.to, ...from.params, limit]);
  return rows.map((r) => ({ target: r.target, n: Number(r.n) }));
}

/**
 * From the per-target rollup: targets with rows appended since the last compaction (their total
 * is stale) and then candidates by their total, counted in the period until none left can enter the list.
 */
function rollupRanked(ctx: StatsContext, limit: number) {
  const batch = Math.max(limit * 4, 200);
  return ctx.em.execute<{ target: string }[]>('select distinct "target" from "stats_target_day" where not "compacted"').then((appended) => topRepeated(
    appended.map((r) => r.target),
    async (after) => (await ctx.em.execute<{ target: string; n: number }[]>(
      `select "target", "n" from "stats_target" where "n" > 1 ${after ? 'and ("n" < ? or ("n" = ? and "target" > ?))' : ''} order by "n" desc, "target" limit ?`,
      after ? [after.bound, after.bound, after.target, batch] : [batch])).map((r) => ({ target: r.target, bound: Number(r.n) })),
    async (targets) => new Map((await ctx.em.execute<{ target: string; n: string }[]>(
      `select "target", sum("n") as n from "stats_target_day" where "target" in (?) and "day" between ?::date and ?::date group by 1`,
      [targets, ctx.scope.days.from, ctx.scope.days.to])).map((r) => [r.target, Number(r.n)])),
    limit,
  ));
}
