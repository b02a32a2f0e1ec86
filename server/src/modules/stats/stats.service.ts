import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, msg } from '../../shared/domain-error.js';
import type { Viewer } from '../../shared/viewer.js';
import { CASE_STATUSES, isClockStopped } from '../cases/lifecycle.js';
import { Platform } from '../platforms/platform.entity.js';
import { groupHistograms, histogramPercentiles, type HourBucket } from './histogram.js';
import { periodBounds } from './period.js';
import { topRepeated } from './repeat-targets.js';
import { HOURS, KEY, MONTH, rollupSums } from './rollup.sql.js';
import { aggregate, MONTH_KEY, MONTH_OF, withStatsSettings, type CaseScope } from './stats.sql.js';
import type { Bucket, DeadlineShares, DurationStat, PanelWork, PlatformCompliance, RepeatTarget, PeriodInput, StatsFilter } from './stats.types.js';
import { countFor, seesExactCounts, shareFor, SUPPRESS_BELOW } from './suppression.js';

const RUNNING = CASE_STATUSES.filter((s) => !isClockStopped(s));
const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
/** Code-point order of keys (as SQL's C collation), missing keys last. */
const byKey = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
const PRESCRIPTION_STATUSES = ['COMPLIED', 'PARTIALLY_COMPLIED', 'NOT_COMPLIED', 'ESCALATED'] as const;
type Dimension = 'status' | 'region' | 'ageBand' | 'month' | 'outcome' | 'platform' | 'voterAgencyKind';
type Row = { key: string | null; n: string | number };
type HistogramRow = { key: string | null; h: number | string; n: number | string };

/** Where each breakdown is kept in the rollup (stats_rollup migration). */
const MEASURE: Record<'status' | 'region' | 'ageBand' | 'outcome' | 'platform', string> = {
  status: 'status', region: 'region', ageBand: 'age_band', outcome: 'outcome', platform: 'platform',
};

/**
 * Statistics of the panel's work over the cases received in a period; small counts suppressed for
 * analysts. A period without filters (the dashboard as it opens) is read from the daily rollup the
 * database keeps; filters by platform, region or status aggregate the matching cases' facts. Both
 * give the same figures (stats.rollup.test.ts, with a filter of every status for the second);
 * durations are whole-hour histograms either way.
 */
export class StatsService {
  private readonly fromRollup: boolean;

  private constructor(private readonly em: EntityManager, private readonly scope: CaseScope, private readonly exact: boolean) {
    this.fromRollup = !scope.platformIds.length && !scope.regions.length && !scope.statuses.length;
  }

  /** Checks the period and the filter before any aggregate runs. */
  static async open(em: EntityManager, viewer: Viewer, period: PeriodInput, filter: StatsFilter | null | undefined): Promise<StatsService> {
    const { start, end } = periodBounds(period);
    const codes = [...new Set(filter?.platforms ?? [])];
    const found = codes.length ? await em.find(Platform, { code: { $in: codes } }) : [];
    const unknown = codes.filter((c) => !found.some((p) => p.code === c));
    if (unknown.length) throw badInput(msg(`Unknown platform: ${unknown.join(', ')}.`, `Неизвестная платформа: ${unknown.join(', ')}.`, `Белгісіз платформа: ${unknown.join(', ')}.`));
    const scope = { start, end, days: { from: period.from, to: period.to }, platformIds: found.map((p) => p.id), regions: filter?.regions ?? [], statuses: filter?.statuses ?? [] };
    return new StatsService(em, scope, seesExactCounts(viewer.role));
  }

  private buckets(rows: Row[]): Bucket[] {
    return rows.map((r) => ({ key: r.key ?? 'UNKNOWN', count: countFor(Number(r.n), this.exact) }));
  }

  /** Platform codes by registry id (text), read once per request for the rollup's platform keys. */
  private codes?: Promise<Map<string, string>>;
  private platformCodes() {
    return (this.codes ??= this.em.execute<{ id: string; code: string }[]>('select "id"::text as id, "code" from "platform"').then((rows) => new Map(rows.map((r) => [r.id, r.code]))));
  }

  /** Rollup rows keyed by platform id, keyed by its code instead; ids no longer in the registry are left out (as the join of the cases' path does). */
  private async byPlatformCode<R extends { key: string | null }>(rows: R[]): Promise<R[]> {
    const codes = await this.platformCodes();
    return rows.filter((r) => codes.has(r.key!)).map((r) => ({ ...r, key: codes.get(r.key!)! }));
  }

  /** Cases per month of receipt: one read that serves both the time series and the total. */
  private monthly?: Promise<Row[]>;
  private months() {
    return (this.monthly ??= (this.fromRollup
      ? rollupSums<Row>(this.em, 'status', this.scope.days, { key: MONTH })
      : aggregate<Row>(this.em, this.scope, `select ${MONTH_KEY('m')} as key, n from (select ${MONTH_OF('"received_at"')} as m, count(*) as n from scoped group by 1) x`)
    ).then((rows) => rows.sort((a, b) => byKey(a.key, b.key))));
  }

  async total() {
    const rows = await this.months();
    return countFor(rows.reduce((sum, r) => sum + Number(r.n), 0), this.exact);
  }

  async by(dimension: Dimension): Promise<Bucket[]> {
    if (dimension === 'month') return this.buckets(await this.months());
    if (dimension === 'voterAgencyKind') return this.buckets(await this.byVoterAgencyKind());
    const rows = this.fromRollup ? await this.rollupCounts(dimension) : await this.factCounts(dimension);
    return this.buckets(dimension === 'platform'
      ? rows.sort((a, b) => Number(b.n) - Number(a.n) || byKey(a.key, b.key))
      : rows.sort((a, b) => byKey(a.key, b.key)));
  }

  private async rollupCounts(dimension: keyof typeof MEASURE): Promise<Row[]> {
    const rows = await rollupSums<Row>(this.em, MEASURE[dimension], this.scope.days, { key: KEY });
    return dimension === 'platform' ? this.byPlatformCode(rows) : rows;
  }

  private factCounts(dimension: keyof typeof MEASURE): Promise<Row[]> {
    const column = { status: '"status"', region: '"child_region"', ageBand: '"child_age_band"', outcome: '"outcome"' };
    return aggregate<Row>(this.em, this.scope, dimension === 'platform'
      // platform_ids holds each platform of a case once: counting the unnested ids counts cases.
      ? `select p."code" as key, x.n from (select u.id, count(*) as n from scoped s cross join unnest(s."platform_ids") as u(id) group by 1) x join "platform" p on p."id" = x.id`
      : `select ${column[dimension]} as key, count(*) as n from scoped ${dimension === 'outcome' ? 'where "outcome" is not null' : ''} group by 1`);
  }

  private byVoterAgencyKind(): Promise<Row[]> {
    return aggregate<Row>(this.em, this.scope, `select a."kind" as key, count(distinct s."id") as n from scoped s join "voting_round" r on r."case_id" = s."id"
      join "vote" v on v."round_id" = r."id" and v."superseded_at" is null join "member" m on m."id" = v."member_id" join "agency" a on a."id" = m."agency_id" group by 1`);
  }

  /** Receipt → decision, or decision → recorded compliance, overall or per month / platform: median and 90th percentile from whole-hour histograms. */
  async durations(kind: 'decision' | 'compliance', per: 'all' | 'month' | 'platform'): Promise<DurationStat[]> {
    const rows = this.fromRollup ? await this.rollupDurations(kind, per) : await this.factDurations(kind, per);
    return [...groupHistograms(rows)].sort(([a], [b]) => byKey(a, b)).map(([key, buckets]) => {
      const n = buckets.reduce((s, b) => s + b.n, 0);
      const shown = this.exact || n >= SUPPRESS_BELOW;
      const [median, p90] = histogramPercentiles(buckets, [0.5, 0.9]);
      return { key, count: countFor(n, this.exact), medianHours: shown ? round1(median) : null, p90Hours: shown ? round1(p90) : null };
    });
  }

  private async rollupDurations(kind: 'decision' | 'compliance', per: 'all' | 'month' | 'platform'): Promise<HistogramRow[]> {
    const measure = `${kind}_hours${per === 'platform' ? '_platform' : ''}`;
    const rows = await rollupSums<HistogramRow>(this.em, measure, this.scope.days, { key: per === 'all' ? 'null::text' : per === 'month' ? MONTH : KEY, h: HOURS });
    return per === 'platform' ? this.byPlatformCode(rows) : rows;
  }

  private factDurations(kind: 'decision' | 'compliance', per: 'all' | 'month' | 'platform'): Promise<HistogramRow[]> {
    const hours = kind === 'decision' ? 'stats_hours(s."received_at", s."decided_at")::int' : 'stats_hours(s."decided_at", pr."resolved_at")::int';
    const from = kind === 'decision' ? 'scoped s' : 'scoped s join "prescription" pr on pr."case_id" = s."id"';
    const where = kind === 'decision' ? 's."decided_at" is not null' : 'pr."resolved_at" is not null and s."decided_at" is not null';
    const platformOf = kind === 'decision' ? 'u.id' : 'pr."platform_id"';
    const key = { all: 'null::text', month: MONTH_KEY(MONTH_OF('s."received_at"')), platform: 'pl."code"' }[per];
    const join = per !== 'platform' ? '' : `${kind === 'decision' ? ' cross join unnest(s."platform_ids") as u(id)' : ''} join "platform" pl on pl."id" = ${platformOf}`;
    return aggregate<HistogramRow>(this.em, this.scope, `select ${key} as key, ${hours} as h, count(*) as n from ${from}${join} where ${where} group by 1, 2`);
  }

  async deadlines(): Promise<DeadlineShares> {
    const r = this.fromRollup ? await this.rollupDeadlines() : await this.factDeadlines();
    return {
      decidedWithinDeadline: shareFor(r.within, r.decided, this.exact),
      extended: shareFor(r.extended, r.total, this.exact),
      overdueNow: shareFor(r.overdue, r.total, this.exact),
    };
  }

  private async rollupDeadlines() {
    const [counts, [overdue]] = await Promise.all([
      rollupSums<Row>(this.em, 'deadline', this.scope.days, { key: KEY }),
      // Overdue depends on the time of asking: read from the cases whose clock runs, by their partial index (statuses inlined so that it applies).
      withStatsSettings<{ n: string }>(this.em, `select count(*) as n from "case" where "status" in (${RUNNING.map((s) => `'${s}'`).join(', ')}) and "due_at" < now()
        and "received_at" >= ? and "received_at" < ?`, [this.scope.start, this.scope.end]),
    ]);
    const count = (key: string) => Number(counts.find((c) => c.key === key)?.n ?? 0);
    const total = (await this.months()).reduce((sum, r) => sum + Number(r.n), 0);
    return { total, decided: count('decided'), within: count('within'), extended: count('extended'), overdue: Number(overdue.n) };
  }

  private async factDeadlines() {
    const [r] = await aggregate<Record<'total' | 'decided' | 'within' | 'extended' | 'overdue', string>>(this.em, this.scope,
      `select count(*) as total, count(*) filter (where "decided_at" is not null) as decided,
        count(*) filter (where "decided_at" is not null and "extended_at" is null and "decided_at" <= "due_at") as within,
        count(*) filter (where "extended_at" is not null) as extended,
        count(*) filter (where "status" in (?) and "due_at" < now()) as overdue from scoped`, [RUNNING]);
    return { total: Number(r.total), decided: Number(r.decided), within: Number(r.within), extended: Number(r.extended), overdue: Number(r.overdue) };
  }

  async compliance(): Promise<PlatformCompliance[]> {
    // Prescriptions per platform (registry id, or null once the platform left the registry) and status, and delivery → removal histograms.
    const [statuses, removal] = this.fromRollup
      ? await Promise.all([
        rollupSums<{ key: string | null; status: string }>(this.em, 'prescription', this.scope.days, { key: KEY, status: '"bucket"' }),
        rollupSums<HistogramRow>(this.em, 'removal_hours', this.scope.days, { key: KEY, h: HOURS }),
      ])
      : await Promise.all([
        aggregate<{ key: string | null; status: string; n: string }>(this.em, this.scope,
          `select pr."platform_id"::text as key, pr."status", count(*) as n from scoped s join "prescription" pr on pr."case_id" = s."id" group by 1, 2`),
        aggregate<HistogramRow>(this.em, this.scope, `select pr."platform_id"::text as key, stats_hours(pr."delivered_at", pr."resolved_at")::int as h, count(*) as n
          from scoped s join "prescription" pr on pr."case_id" = s."id" where pr."status" = 'COMPLIED' and pr."delivered_at" is not null and pr."resolved_at" is not null group by 1, 2`),
      ]);
    const codes = await this.platformCodes();
    const histograms = groupHistograms(removal);
    const perPlatform = new Map<string | null, Map<string, number>>();
    for (const r of statuses) {
      const m = perPlatform.get(r.key) ?? new Map<string, number>();
      m.set(r.status, Number(r.n));
      perPlatform.set(r.key, m);
    }
    return [...perPlatform].map(([id, m]) => {
      const n = [...m.values()].reduce((s, x) => s + x, 0);
      const share = (status: (typeof PRESCRIPTION_STATUSES)[number]) => shareFor(m.get(status) ?? 0, n, this.exact);
      const [median] = histogramPercentiles(histograms.get(id) ?? ([] as HourBucket[]), [0.5]);
      return {
        platform: (id && codes.get(id)) ?? 'UNKNOWN', prescriptions: countFor(n, this.exact), complied: share('COMPLIED'), partiallyComplied: share('PARTIALLY_COMPLIED'),
        notComplied: share('NOT_COMPLIED'), escalated: share('ESCALATED'), medianHoursToRemoval: this.exact || n >= SUPPRESS_BELOW ? round1(median) : null,
        n,
      };
    }).sort((a, b) => b.n - a.n || byKey(a.platform, b.platform)).map(({ n: _n, ...c }) => c);
  }

  async panelWork(per: 'member' | 'agency'): Promise<PanelWork[]> {
    const name = per === 'member' ? 'm."name"' : 'a."name"';
    const rows = await aggregate<{ name: string; kind: string; cases: string; votes: string }>(this.em, this.scope,
      `select ${name} as name, a."kind" as kind, count(distinct s."id") as cases, count(v."id") as votes from scoped s
       join "voting_round" r on r."case_id" = s."id" join "vote" v on v."round_id" = r."id" and v."superseded_at" is null
       join "member" m on m."id" = v."member_id" join "agency" a on a."id" = m."agency_id" group by 1, 2 order by 3 desc, 1`);
    return rows.map((r) => ({ name: r.name, agencyKind: r.kind, cases: Number(r.cases), votes: Number(r.votes) }));
  }

  /** Resources named in more than one case (their `target`: the URL without query or fragment, lower-cased), most repeated first. */
  async repeatTargets(limit = 50): Promise<RepeatTarget[]> {
    const rows = this.fromRollup ? await this.rollupRepeatTargets(limit) : await aggregate<{ target: string; n: string }>(this.em, this.scope,
      `select t."target", count(*) as n from (select distinct r."target", r."case_id" from "resource" r join scoped s on s."id" = r."case_id") t
       group by 1 having count(*) > 1 order by 2 desc, 1 limit ?`, [limit]);
    return rows.map((r) => ({ target: r.target, cases: countFor(Number(r.n), this.exact) }));
  }

  /**
   * From the per-target rollup: targets with rows appended since the last compaction (their total
   * is stale) and then candidates by their total, counted in the period until none left can enter the list.
   */
  private async rollupRepeatTargets(limit: number) {
    const batch = Math.max(limit * 4, 200);
    const appended = await this.em.execute<{ target: string }[]>('select distinct "target" from "stats_target_day" where not "compacted"');
    return topRepeated(appended.map((r) => r.target),
      async (after) => (await this.em.execute<{ target: string; n: number }[]>(
        `select "target", "n" from "stats_target" where "n" > 1 ${after ? 'and ("n" < ? or ("n" = ? and "target" > ?))' : ''} order by "n" desc, "target" limit ?`,
        after ? [after.bound, after.bound, after.target, batch] : [batch])).map((r) => ({ target: r.target, bound: Number(r.n) })),
      async (targets) => new Map((await this.em.execute<{ target: string; n: string }[]>(
        `select "target", sum("n") as n from "stats_target_day" where "target" in (?) and "day" between ?::date and ?::date group by 1`,
        [targets, this.scope.days.from, this.scope.days.to])).map((r) => [r.target, Number(r.n)])),
      limit,
    );
  }
}
