/**
 * The statistics queries of the dashboard, each three ways: the GraphQL operation sent to the
 * platform, the same aggregate as hand-written SQL over the cases (the baseline), and the main SQL
 * the platform's StatsService sends (a read of the daily rollup: its sums, or filtered its rows split
 * by the filter columns; copied here only to EXPLAIN it).
 * Parameters of the baseline: $1 start, $2 end of the period (instants, [start, end)), then `extra`.
 * Parameters of the service SQL: $1 first, $2 last day of the period (Kazakhstan dates).
 */
export interface StatsQuery {
  /** The query's name, with " (filtered)" for its filtered variant. */
  name: string;
  /** The query's name alone (the field of `stats` it reads). */
  base: string;
  filtered: boolean;
  graphql: string;
  baseline: string;
  /** Parameters of the baseline after $1, $2: the filter's ($3 region, $4 status, $5 platform code) when filtered, then its own. */
  extra?: unknown[];
  service: string;
}

/**
 * The filtered variants' filter (B5: one region, one platform, one status): among the generated
 * cases' largest (generate.ts's weights), and a status with prescriptions, so no list is empty.
 */
export const STATS_FILTER = { regions: ['ALMATY_CITY'], platforms: ['tiktok'], statuses: ['COMPLIED'] } as const;
const FILTER_PARAMS = [STATS_FILTER.regions[0], STATS_FILTER.statuses[0], STATS_FILTER.platforms[0]];

const OP_UNFILTERED = (fields: string) => `query($p: PeriodInput!) { stats(period: $p) { ${fields} } }`;
const OP_FILTERED = (fields: string) => `query($p: PeriodInput!, $f: StatsFilter) { stats(period: $p, filter: $f) { ${fields} } }`;
const COUNT = 'count { value suppressed }';
/** The filter on the rollup's rows split by the cases' filter columns (stats_cube migration), as the service applies it. */
const CUBE_FILTER = ` and "status" in ('${STATS_FILTER.statuses[0]}') and "region" in ('${STATS_FILTER.regions[0]}') and "platform_ids" && array(select "id" from "platform" where "code" = '${STATS_FILTER.platforms[0]}')`;
/**
 * A read of the rollup as StatsService's rollupSums sends it: its sums by month (the period is whole
 * months: stats_month migration), or filtered its daily rows split by the filter columns.
 */
const rollupOf = (filtered: boolean) => (measure: string, columns: string, groups: number) => `select ${columns}, sum("n") as n from "${filtered ? 'stats_cube_day' : 'stats_month'}"
  where "measure" = '${measure}' and "day" between $1::date and $2::date${filtered ? CUBE_FILTER : ''} group by ${Array.from({ length: groups }, (_, i) => i + 1).join(', ')} having sum("n") <> 0`;
const KEY = `nullif("key", '') as "key"`;
const BUCKET_HOURS = '"bucket"::int as "h"';
const MONTH = (col: string) => `to_char((${col} at time zone 'UTC') + interval '5 hours', 'YYYY-MM')`;
const HOURS = (a: string, b: string) => `extract(epoch from (${b} - ${a})) / 3600.0`;
const PERIOD = (a: string) => `${a}."received_at" >= $1 and ${a}."received_at" < $2`;
/** The filter as the platform's `scoped` applies it (stats.sql.ts): status in, region in, platform_ids overlapping. */
const FILTER = (a: string) => ` and ${a}."child_region" = $3::text and ${a}."status" = $4::text and ${a}."platform_ids" && array(select p0."id" from "platform" p0 where p0."code" = $5::text)`;
const RUNNING = ['REGISTERED', 'SCREENING', 'IN_REVIEW', 'VOTING'];

function queries(filtered: boolean): StatsQuery[] {
  const OP = filtered ? OP_FILTERED : OP_UNFILTERED;
  const ROLLUP = rollupOf(filtered);
  const IN_PERIOD = (a = 'c') => `${PERIOD(a)}${filtered ? FILTER(a) : ''}`;
  /** The first parameter after the filter's. */
  const next = filtered ? 6 : 3;
  const list: Omit<StatsQuery, 'base' | 'filtered'>[] = [
  {
    name: 'total + byMonth',
    graphql: OP(`total { value suppressed } byMonth { key ${COUNT} }`),
    baseline: `select 'total' as key, count(*) as n from "case" c where ${IN_PERIOD()}
      union all (select ${MONTH('c."received_at"')}, count(*) from "case" c where ${IN_PERIOD()} group by 1 order by 1)`,
    service: ROLLUP('status', `to_char("day", 'YYYY-MM') as "key"`, 1),
  },
  {
    name: 'byPlatform',
    graphql: OP(`byPlatform { key ${COUNT} }`),
    baseline: `select p."code" as key, count(*) as n from "case" c cross join unnest(c."platform_ids") as u(id) join "platform" p on p."id" = u.id
      where ${IN_PERIOD()} group by 1 order by 2 desc, 1`,
    service: ROLLUP('platform', KEY, 1),
  },
  {
    name: 'byRegion',
    graphql: OP(`byRegion { key ${COUNT} }`),
    baseline: `select c."child_region" as key, count(*) as n from "case" c where ${IN_PERIOD()} group by 1 order by 1`,
    service: ROLLUP('region', KEY, 1),
  },
  {
    name: 'byStatus',
    graphql: OP(`byStatus { key ${COUNT} }`),
    baseline: `select c."status" as key, count(*) as n from "case" c where ${IN_PERIOD()} group by 1 order by 1`,
    service: ROLLUP('status', KEY, 1),
  },
  {
    name: 'byAgeBand',
    graphql: OP(`byAgeBand { key ${COUNT} }`),
    baseline: `select c."child_age_band" as key, count(*) as n from "case" c where ${IN_PERIOD()} group by 1 order by 1`,
    service: ROLLUP('age_band', KEY, 1),
  },
  {
    name: 'decisionTime',
    graphql: OP(`decisionTime { key medianHours p90Hours ${COUNT} }`),
    baseline: `select count(*) as n, percentile_cont(0.5) within group (order by ${HOURS('c."received_at"', 'c."decided_at"')}) as median,
      percentile_cont(0.9) within group (order by ${HOURS('c."received_at"', 'c."decided_at"')}) as p90
      from "case" c where ${IN_PERIOD()} and c."decided_at" is not null`,
    service: ROLLUP('decision_hours', `null::text as "key", ${BUCKET_HOURS}`, 2),
  },
  {
    name: 'deadlines',
    graphql: OP('deadlines { decidedWithinDeadline extended overdueNow }'),
    baseline: `select count(*) as total, count(*) filter (where c."decided_at" is not null) as decided,
      count(*) filter (where c."decided_at" is not null and c."extended_at" is null and c."decided_at" <= c."due_at") as within,
      count(*) filter (where c."extended_at" is not null) as extended, count(*) filter (where c."status" = any($${next}) and c."due_at" < now()) as overdue
      from "case" c where ${IN_PERIOD()}`,
    extra: [RUNNING],
    service: ROLLUP('deadline', KEY, 1),
  },
  {
    name: 'compliance',
    graphql: OP('compliance { platform prescriptions { value suppressed } complied partiallyComplied notComplied escalated medianHoursToRemoval }'),
    baseline: `select coalesce(pl."code", 'UNKNOWN') as platform, count(*) as n,
      count(*) filter (where pr."status" = 'COMPLIED') as complied, count(*) filter (where pr."status" = 'PARTIALLY_COMPLIED') as partial,
      count(*) filter (where pr."status" = 'NOT_COMPLIED') as not_complied, count(*) filter (where pr."status" = 'ESCALATED') as escalated,
      percentile_cont(0.5) within group (order by ${HOURS('pr."delivered_at"', 'pr."resolved_at"')}) filter (where pr."status" = 'COMPLIED') as median
      from "case" c join "prescription" pr on pr."case_id" = c."id" left join "platform" pl on pl."id" = pr."platform_id" where ${IN_PERIOD()} group by 1 order by 2 desc, 1`,
    service: ROLLUP('prescription', `${KEY}, "bucket" as "status"`, 2),
  },
  {
    name: 'repeatTargets',
    graphql: OP(`repeatTargets { target cases { value suppressed } }`),
    baseline: `select r."target", count(distinct r."case_id") as n
      from "resource" r join "case" c on c."id" = r."case_id" where ${IN_PERIOD()} group by 1 having count(distinct r."case_id") > 1 order by 2 desc, 1 limit 50`,
    service: filtered
      ? `select "target", sum("n") as n from "stats_target_day" where "day" between $1::date and $2::date${CUBE_FILTER} group by 1 having sum("n") > 1 order by 2 desc, 1 limit 50`
      : `select "target", sum("n") as n from "stats_target_day" where "target" in (select "target" from "stats_target" where "n" > 1 order by "n" desc, "target" limit 200)
      and "day" between $1::date and $2::date group by 1`,
  },
];
  return list.map((q) => ({
    ...q,
    base: q.name,
    name: filtered ? `${q.name} (filtered)` : q.name,
    filtered,
    extra: [...(filtered ? FILTER_PARAMS : []), ...(q.extra ?? [])],
  }));
}

/** Every query of the dashboard unfiltered, then each again with STATS_FILTER. */
export const STATS_QUERIES: StatsQuery[] = [...queries(false), ...queries(true)];
