import { MONTH } from './rollup.sql.js';
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
  const ranked = ctx.fromRollup ? await rollupRanked(ctx, limit) : (await aggregate<{ target: string; n: string }>(ctx.em, ctx.scope,
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
    rows = await ctx.em.execute<SqlRow[]>(`select "target" as key, ${MONTH} as "c0", sum("n") as n, sum("key_sum") as k from "stats_target_day"
      where "target" in (?) and "day" between ?::date and ?::date group by 1, 2 having sum("n") <> 0`, [targets, ctx.scope.days.from, ctx.scope.days.to]);
  } else {
    const cells = cellsOf(ctx.scope);
    rows = await aggregate<SqlRow>(ctx.em, ctx.scope, `select t.target as key${cells.names}, count(*) as n, sum(t.rk) as k from (
      select distinct r."target" as target, s."id", s."record_key" as rk${cells.select} from "resource" r join scoped s on s."id" = r."case_id" where r."target" in (?)) t
      group by t.target${cells.names}`, [targets]);
  }
  return tallies(cellCounts(rows), false);
}

/** The platform of each target (from its resources; a target is one URL, so one host). */
async function platformsOf(ctx: StatsContext, targets: string[]): Promise<Map<string, string>> {
  const rows = await ctx.em.execute<{ target: string; code: string | null }[]>(`select distinct on (r."target") r."target", p."code" from "resource" r
    left join "platform" p on p."id" = r."platform_id" where r."target" in (?) order by r."target", p."code" nulls last`, [targets]);
  return new Map(rows.filter((r) => r.code).map((r) => [r.target, r.code!]));
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
