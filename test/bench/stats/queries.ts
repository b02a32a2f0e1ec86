/**
 * The statistics queries of the dashboard, each three ways: the GraphQL operation sent to the
 * platform, the same aggregate as hand-written SQL (the baseline), and the SQL the platform's
 * StatsService sends (its `scoped` CTE and body, copied here only to EXPLAIN it).
 * Parameters of the SQL: $1 start, $2 end of the period (instants, [start, end)).
 */
export interface StatsQuery {
  name: string;
  graphql: string;
  baseline: string;
  /** Extra parameters of the baseline and service SQL after $1, $2. */
  extra?: unknown[];
  service: string;
}

const OP = (fields: string) => `query($p: PeriodInput!) { stats(period: $p) { ${fields} } }`;
const COUNT = 'count { value suppressed }';
const SCOPED = 'with scoped as (select c."id", c."received_at", c."status", c."child_region", c."child_age_band", c."decided_at", c."due_at", c."extended_at", c."outcome", c."platform_ids" from "case" c where c."received_at" >= $1 and c."received_at" < $2)';
const MONTH = (col: string) => `to_char((${col} at time zone 'UTC') + interval '5 hours', 'YYYY-MM')`;
const MONTH_START = (col: string) => `date_trunc('month', (${col} at time zone 'UTC') + interval '5 hours')`;
const HOURS = (a: string, b: string) => `extract(epoch from (${b} - ${a})) / 3600.0`;
const IN_PERIOD = (a = 'c') => `${a}."received_at" >= $1 and ${a}."received_at" < $2`;
const RUNNING = ['REGISTERED', 'SCREENING', 'IN_REVIEW', 'VOTING'];

export const STATS_QUERIES: StatsQuery[] = [
  {
    name: 'total + byMonth',
    graphql: OP(`total { value suppressed } byMonth { key ${COUNT} }`),
    baseline: `select 'total' as key, count(*) as n from "case" c where ${IN_PERIOD()}
      union all (select ${MONTH('c."received_at"')}, count(*) from "case" c where ${IN_PERIOD()} group by 1 order by 1)`,
    service: `${SCOPED} select to_char(m, 'YYYY-MM') as key, n from (select ${MONTH_START('"received_at"')} as m, count(*) as n from scoped group by 1) x order by 1`,
  },
  {
    name: 'byPlatform',
    graphql: OP(`byPlatform { key ${COUNT} }`),
    baseline: `select p."code" as key, count(*) as n from "case" c cross join unnest(c."platform_ids") as u(id) join "platform" p on p."id" = u.id
      where ${IN_PERIOD()} group by 1 order by 2 desc, 1`,
    service: `${SCOPED} select p."code" as key, x.n from (select u.id, count(*) as n from scoped s cross join unnest(s."platform_ids") as u(id) group by 1) x
      join "platform" p on p."id" = x.id order by 2 desc, 1`,
  },
  {
    name: 'byRegion',
    graphql: OP(`byRegion { key ${COUNT} }`),
    baseline: `select c."child_region" as key, count(*) as n from "case" c where ${IN_PERIOD()} group by 1 order by 1`,
    service: `${SCOPED} select "child_region" as key, count(*) as n from scoped group by 1 order by 1`,
  },
  {
    name: 'byStatus',
    graphql: OP(`byStatus { key ${COUNT} }`),
    baseline: `select c."status" as key, count(*) as n from "case" c where ${IN_PERIOD()} group by 1 order by 1`,
    service: `${SCOPED} select "status" as key, count(*) as n from scoped group by 1 order by 1`,
  },
  {
    name: 'byAgeBand',
    graphql: OP(`byAgeBand { key ${COUNT} }`),
    baseline: `select c."child_age_band" as key, count(*) as n from "case" c where ${IN_PERIOD()} group by 1 order by 1`,
    service: `${SCOPED} select "child_age_band" as key, count(*) as n from scoped group by 1 order by 1`,
  },
  {
    name: 'decisionTime',
    graphql: OP(`decisionTime { key medianHours p90Hours ${COUNT} }`),
    baseline: `select count(*) as n, percentile_cont(0.5) within group (order by ${HOURS('c."received_at"', 'c."decided_at"')}) as median,
      percentile_cont(0.9) within group (order by ${HOURS('c."received_at"', 'c."decided_at"')}) as p90
      from "case" c where ${IN_PERIOD()} and c."decided_at" is not null`,
    service: `${SCOPED} select x.key, x.n, x.p from (select null::text as key, count(*) as n,
      percentile_cont(array[0.5, 0.9]::float8[]) within group (order by ${HOURS('s."received_at"', 's."decided_at"')}) as p from scoped s where s."decided_at" is not null group by 1) x order by 1`,
  },
  {
    name: 'deadlines',
    graphql: OP('deadlines { decidedWithinDeadline extended overdueNow }'),
    baseline: `select count(*) as total, count(*) filter (where c."decided_at" is not null) as decided,
      count(*) filter (where c."decided_at" is not null and c."extended_at" is null and c."decided_at" <= c."due_at") as within,
      count(*) filter (where c."extended_at" is not null) as extended, count(*) filter (where c."status" = any($3) and c."due_at" < now()) as overdue
      from "case" c where ${IN_PERIOD()}`,
    extra: [RUNNING],
    service: `${SCOPED} select count(*) as total, count(*) filter (where "decided_at" is not null) as decided,
      count(*) filter (where "decided_at" is not null and "extended_at" is null and "decided_at" <= "due_at") as within,
      count(*) filter (where "extended_at" is not null) as extended, count(*) filter (where "status" = any($3) and "due_at" < now()) as overdue from scoped`,
  },
  {
    name: 'compliance',
    graphql: OP('compliance { platform prescriptions { value suppressed } complied partiallyComplied notComplied escalated medianHoursToRemoval }'),
    baseline: `select coalesce(pl."code", 'UNKNOWN') as platform, count(*) as n,
      count(*) filter (where pr."status" = 'COMPLIED') as complied, count(*) filter (where pr."status" = 'PARTIALLY_COMPLIED') as partial,
      count(*) filter (where pr."status" = 'NOT_COMPLIED') as not_complied, count(*) filter (where pr."status" = 'ESCALATED') as escalated,
      percentile_cont(0.5) within group (order by ${HOURS('pr."delivered_at"', 'pr."resolved_at"')}) filter (where pr."status" = 'COMPLIED') as median
      from "case" c join "prescription" pr on pr."case_id" = c."id" left join "platform" pl on pl."id" = pr."platform_id" where ${IN_PERIOD()} group by 1 order by 2 desc, 1`,
    service: `${SCOPED} select coalesce(pl."code", 'UNKNOWN') as platform, x.* from (
        select pr."platform_id", count(*) as n,
          count(*) filter (where pr."status" = 'COMPLIED') as complied, count(*) filter (where pr."status" = 'PARTIALLY_COMPLIED') as partial,
          count(*) filter (where pr."status" = 'NOT_COMPLIED') as not_complied, count(*) filter (where pr."status" = 'ESCALATED') as escalated,
          percentile_cont(0.5) within group (order by ${HOURS('pr."delivered_at"', 'pr."resolved_at"')}) filter (where pr."status" = 'COMPLIED') as median
        from scoped s join "prescription" pr on pr."case_id" = s."id" group by 1
      ) x left join "platform" pl on pl."id" = x."platform_id" order by x.n desc, 1`,
  },
  {
    name: 'repeatTargets',
    graphql: OP(`repeatTargets { target cases { value suppressed } }`),
    baseline: `select r."target", count(distinct r."case_id") as n
      from "resource" r join "case" c on c."id" = r."case_id" where ${IN_PERIOD()} group by 1 having count(distinct r."case_id") > 1 order by 2 desc, 1 limit 50`,
    service: `${SCOPED} select t."target", count(*) as n from (select distinct r."target", r."case_id" from "resource" r join scoped s on s."id" = r."case_id") t
      group by 1 having count(*) > 1 order by 2 desc, 1 limit 50`,
  },
];
