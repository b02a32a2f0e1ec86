import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, msg } from '../../shared/domain-error.js';
import type { Viewer } from '../../shared/viewer.js';
import { CASE_STATUSES, isClockStopped } from '../cases/lifecycle.js';
import { Region } from '../cases/region.js';
import { Platform } from '../platforms/platform.entity.js';
import { complianceOf } from './compliance.stats.js';
import { groupHistograms, histogramPercentiles } from './histogram.js';
import { panelWorkOf } from './panel-work.stats.js';
import { localDay, periodBounds, requireWholeMonths } from './period.js';
import { repeatTargetsOf } from './repeat-targets.stats.js';
import { KEY, MONTH } from './rollup.sql.js';
import { byKey, cellCounts, StatsContext, type SqlRow, type StatsSource } from './stats.context.js';
import { aggregate, caseRowsOf, cellsOf, MONTH_KEY, MONTH_OF, withStatsSettings, type CaseScope } from './stats.sql.js';
import type { Bucket, DeadlineShares, DurationStat, PanelWork, PeriodInput, PlatformCompliance, RepeatTarget, StatsFilter } from './stats.types.js';
import { countView, durationShown, NO_TALLY, seesExactCounts, shareOf, tallies, type Tally } from './suppression.js';

const RUNNING = CASE_STATUSES.filter((s) => !isClockStopped(s));
const REGIONS = Object.values(Region);
const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
type Dimension = 'status' | 'region' | 'ageBand' | 'month' | 'outcome' | 'platform' | 'voterAgencyKind';
type HistogramRow = SqlRow & { h: number | string };

/** Where each breakdown is kept in the rollup (stats_rollup migration). */
const MEASURE: Record<'status' | 'region' | 'ageBand' | 'outcome' | 'platform', string> = {
  status: 'status', region: 'region', ageBand: 'age_band', outcome: 'outcome', platform: 'platform',
};

/** Whether a filter's values split perturbed figures: given, and not every value (every status is no filter at all). */
const splits = (given: readonly string[], all: readonly string[]) => given.length > 0 && all.some((v) => !given.includes(v));

/**
 * Statistics of the panel's work over the cases received in a period. The chair and the deputy get
 * exact figures; everyone else gets figures perturbed by the cell-key method (perturbation.ts) over
 * whole months. Figures are read from the daily rollup the database keeps: a period without filters
 * (the dashboard as it opens) from its sums, filters by platform, region or status from its rows split
 * by those columns. The cases' own facts give the same figures (source 'facts', stats.rollup.test.ts);
 * durations are whole-hour histograms either way.
 */
export class StatsService {
  private constructor(private readonly ctx: StatsContext) {}

  /** Checks the period and the filter before any aggregate runs; `now` is the platform's time (overdue counts); `source`: where figures are read from. */
  static async open(em: EntityManager, viewer: Viewer, period: PeriodInput, filter: StatsFilter | null | undefined, now: Date = new Date(), source: StatsSource = 'rollup'): Promise<StatsService> {
    const exact = seesExactCounts(viewer.role);
    const { start, end } = periodBounds(period);
    if (!exact) requireWholeMonths(period);
    const codes = [...new Set(filter?.platforms ?? [])];
    const found = codes.length ? await em.find(Platform, { code: { $in: codes } }) : [];
    const unknown = codes.filter((c) => !found.some((p) => p.code === c));
    if (unknown.length) throw badInput(msg(`Unknown platform: ${unknown.join(', ')}.`, `Неизвестная платформа: ${unknown.join(', ')}.`, `Белгісіз платформа: ${unknown.join(', ')}.`));
    const regions = filter?.regions ?? [];
    const statuses = filter?.statuses ?? [];
    const scope: CaseScope = {
      start, end, days: { from: period.from, to: period.to }, platformIds: found.map((p) => p.id), regions, statuses,
      cells: exact ? null : { region: splits(regions, REGIONS), status: splits(statuses, CASE_STATUSES), platforms: found.length > 0 },
    };
    return new StatsService(new StatsContext(em, scope, exact, now, source));
  }

  private get exact() { return this.ctx.exact; }

  private buckets(t: Map<string | null, Tally>, order: 'key' | 'size'): Bucket[] {
    return [...t].sort(([a, x], [b, y]) => (order === 'size' ? y.shown - x.shown : 0) || byKey(a, b))
      .map(([key, tally]) => ({ key: key ?? 'UNKNOWN', count: countView(tally) }));
  }

  /** Cases per month of receipt (and cell): one read that serves the time series, the total and the deadline shares. */
  private monthly?: Promise<SqlRow[]>;
  private months() {
    const cells = cellsOf(this.ctx.scope);
    return (this.monthly ??= this.ctx.fromRollup
      ? this.ctx.rollup<SqlRow>('status', { key: MONTH })
      : aggregate<SqlRow>(this.ctx.em, this.ctx.scope, `select ${MONTH_KEY('x.mm')} as key, x.* from (
          select ${MONTH_OF('s."received_at"')} as mm${cells.select}, count(*) as n, sum(s."record_key") as k from scoped s group by ${cells.groupAll(['1'])}) x`));
  }

  private async totalTally(): Promise<Tally> {
    return tallies(cellCounts(await this.months(), () => 'all'), this.exact).get('all') ?? NO_TALLY;
  }

  async total() {
    return countView(await this.totalTally());
  }

  async by(dimension: Dimension): Promise<Bucket[]> {
    if (dimension === 'month') return this.buckets(tallies(cellCounts(await this.months()), this.exact), 'key');
    if (dimension === 'voterAgencyKind') return this.buckets(tallies(cellCounts(await this.byVoterAgencyKind()), this.exact), 'key');
    const rows = this.ctx.fromRollup ? await this.rollupCounts(dimension) : await this.factCounts(dimension);
    return this.buckets(tallies(cellCounts(rows), this.exact), dimension === 'platform' ? 'size' : 'key');
  }

  private async rollupCounts(dimension: keyof typeof MEASURE): Promise<SqlRow[]> {
    const rows = await this.ctx.rollup<SqlRow>(MEASURE[dimension], { key: KEY });
    return dimension === 'platform' ? this.ctx.byPlatformCode(rows) : rows;
  }

  private factCounts(dimension: keyof typeof MEASURE): Promise<SqlRow[]> {
    const cells = cellsOf(this.ctx.scope);
    const column = { status: 's."status"', region: 's."child_region"', ageBand: 's."child_age_band"', outcome: 's."outcome"' };
    return aggregate<SqlRow>(this.ctx.em, this.ctx.scope, dimension === 'platform'
      // platform_ids holds each platform of a case once: counting the unnested ids counts cases.
      ? `select p."code" as key, x.* from (select u.id${cells.select}, count(*) as n, sum(s."record_key") as k from scoped s cross join unnest(s."platform_ids") as u(id)
          group by ${cells.groupAll(['u.id'])}) x join "platform" p on p."id" = x.id`
      : `select ${column[dimension]} as key${cells.select}, count(*) as n, sum(s."record_key") as k from scoped s ${dimension === 'outcome' ? 'where s."outcome" is not null' : ''}
          group by ${cells.groupAll([column[dimension]])}`);
  }

  private byVoterAgencyKind(): Promise<SqlRow[]> {
    const cells = cellsOf(this.ctx.scope);
    return aggregate<SqlRow>(this.ctx.em, this.ctx.scope, `select x.kind as key${cells.names}, count(*) as n, sum(x.rk) as k from (
      select distinct a."kind" as kind, s."id", s."record_key" as rk${cells.select} from scoped s join "voting_round" r on r."case_id" = s."id"
      join "vote" v on v."round_id" = r."id" and v."superseded_at" is null join "member" m on m."id" = v."member_id" join "agency" a on a."id" = m."agency_id") x
      group by x.kind${cells.names}`);
  }

  /** Receipt → decision, or decision → recorded compliance, overall or per month / platform: median and 90th percentile from whole-hour histograms. */
  async durations(kind: 'decision' | 'compliance', per: 'all' | 'month' | 'platform'): Promise<DurationStat[]> {
    const rows = this.ctx.fromRollup ? await this.rollupDurations(kind, per) : await this.factDurations(kind, per).then((r) => ({ hours: r, counts: r }));
    const counts = tallies(cellCounts(rows.counts), this.exact);
    return [...groupHistograms(rows.hours)].sort(([a], [b]) => byKey(a, b)).map(([key, buckets]) => {
      const t = counts.get(key) ?? NO_TALLY;
      const shown = durationShown(t, this.exact);
      const [median, p90] = histogramPercentiles(buckets, [0.5, 0.9]);
      return { key, count: countView(t), medianHours: shown ? round1(median) : null, p90Hours: shown ? round1(p90) : null };
    });
  }

  private async rollupDurations(kind: 'decision' | 'compliance', per: 'all' | 'month' | 'platform'): Promise<{ hours: HistogramRow[]; counts: SqlRow[] }> {
    const measure = `${kind}_hours${per === 'platform' ? '_platform' : ''}`;
    const rows = await this.ctx.rollupHistogram<SqlRow>(measure, per === 'all' ? 'null::text' : per === 'month' ? MONTH : KEY);
    return per === 'platform' ? { hours: await this.ctx.byPlatformCode(rows.hours), counts: await this.ctx.byPlatformCode(rows.counts) } : rows;
  }

  private factDurations(kind: 'decision' | 'compliance', per: 'all' | 'month' | 'platform'): Promise<HistogramRow[]> {
    const cells = cellsOf(this.ctx.scope);
    const hours = kind === 'decision' ? 'stats_hours(s."received_at", s."decided_at")::int' : 'stats_hours(s."decided_at", pr."resolved_at")::int';
    const from = kind === 'decision' ? 'scoped s' : 'scoped s join "prescription" pr on pr."case_id" = s."id"';
    const where = kind === 'decision' ? 's."decided_at" is not null' : 'pr."resolved_at" is not null and s."decided_at" is not null';
    // A decision time counts a case, a compliance time a prescription: each with its own record key.
    const recordKey = kind === 'decision' ? 's."record_key"' : 'pr."record_key"';
    const platformOf = kind === 'decision' ? 'u.id' : 'pr."platform_id"';
    const key = { all: 'null::text', month: MONTH_KEY(MONTH_OF('s."received_at"')), platform: 'pl."code"' }[per];
    const join = per !== 'platform' ? '' : `${kind === 'decision' ? ' cross join unnest(s."platform_ids") as u(id)' : ''} join "platform" pl on pl."id" = ${platformOf}`;
    return aggregate<HistogramRow>(this.ctx.em, this.ctx.scope, `select ${key} as key, ${hours} as h${cells.select}, count(*) as n, sum(${recordKey}) as k
      from ${from}${join} where ${where} group by ${cells.groupAll(['1', '2'])}`);
  }

  async deadlines(): Promise<DeadlineShares> {
    const [counts, total] = await Promise.all([this.ctx.fromRollup ? this.rollupDeadlines() : this.factDeadlines(), this.totalTally()]);
    const t = tallies(counts, this.exact);
    const of = (key: string) => t.get(key) ?? NO_TALLY;
    return {
      decidedWithinDeadline: shareOf(of('within'), of('decided'), this.exact),
      extended: shareOf(of('extended'), total, this.exact),
      overdueNow: shareOf(of('overdue'), total, this.exact),
      lateExtensionNotices: shareOf(of('lateNotice'), of('extended'), this.exact),
      lateAnswers: shareOf(of('lateAnswer'), of('answered'), this.exact),
    };
  }

  /**
   * Extended cases whose applicant was told late: recorded after the notice was due, or not recorded
   * and past due now. The notice columns are not statistics facts (nor in the rollup): read from the
   * case rows of the extended cases in scope, in the same cells and with the same record keys, so the
   * count is perturbed like every other.
   */
  private async lateNotices() {
    const cells = cellsOf(this.ctx.scope);
    const late = '(c."extension_notice_sent_at" > c."applicant_notice_due_at" or (c."extension_notice_sent_at" is null and c."applicant_notice_due_at" < ?::timestamptz))';
    const rows = await aggregate<SqlRow>(this.ctx.em, this.ctx.scope, `select 'lateNotice' as key${cells.select}, count(*) as n, sum(s."record_key") as k
      from scoped s join "case" c on c."id" = s."id" where s."extended_at" is not null and ${late} group by ${cells.groupAll()}`, [this.ctx.now]);
    return cellCounts(rows.filter((r) => Number(r.n) > 0));
  }

  /**
   * Cases whose answer to the applicant is recorded as sent, and those sent after it was due (the
   * case's review term, cases/answer.rules.ts). Like the notices, read from the case rows in scope,
   * in the same cells and with the same record keys.
   */
  private async answerCounts() {
    const cells = cellsOf(this.ctx.scope);
    const rows = await aggregate<Record<string, unknown>>(this.ctx.em, this.ctx.scope, `select 1 as one${cells.select},
        count(*) as "answered_n", sum(s."record_key") as "answered_k",
        count(*) filter (where c."answer_sent_at" > c."due_at") as "lateAnswer_n", sum(s."record_key") filter (where c."answer_sent_at" > c."due_at") as "lateAnswer_k"
      from scoped s join "case" c on c."id" = s."id" where c."answer_sent_at" is not null group by ${cells.groupAll()}`);
    return ['answered', 'lateAnswer'].flatMap((name) => cellCounts(rows.filter((r) => Number(r[`${name}_n`]) > 0).map((r) => ({ ...r, key: name, n: r[`${name}_n`] as string, k: r[`${name}_k`] as string | null }))));
  }

  /**
   * The deadline facts of the rollup (decided, within, extended, notices recorded late, answers and
   * answers late), and what depends on the time of asking: cases overdue now, whose clock runs — due
   * before today from the rollup's due days of running cases, due earlier today from the partial
   * index of running cases by due time — and extended cases whose notice is not recorded and past
   * due now (late notices too), from the partial index of those cases (statuses inlined so that the
   * partial indexes apply).
   */
  private async rollupDeadlines() {
    const cases = caseRowsOf(this.ctx.scope);
    const cells = Object.entries(cases.cells).map(([alias, e]) => `, ${e} as "${alias}"`).join('');
    const group = Object.keys(cases.cells).map((alias) => `"${alias}"`).join(', ') || '()';
    const read = (key: string, where: string, params: unknown[]) => withStatsSettings<SqlRow>(this.ctx.em,
      `select '${key}' as key${cells}, count(*) as n, sum(c."record_key") as k from "case" c where ${where} and ${cases.where} group by ${group}`, [...params, ...cases.params]);
    const running = this.ctx.scope.statuses.length ? RUNNING.filter((s) => this.ctx.scope.statuses.includes(s)) : RUNNING;
    const today = localDay(this.ctx.now);
    const [counts, dueBefore, dueToday, unsent] = await Promise.all([
      this.ctx.rollup<SqlRow>('deadline', { key: KEY }),
      running.length ? this.ctx.rollup<SqlRow>('running_due', { key: `'overdue'` }, { where: ['"bucket" < ?'], params: [today.day] }) : [],
      running.length ? read('overdue', `c."status" in (${RUNNING.map((s) => `'${s}'`).join(', ')}) and c."due_at" >= ?::timestamptz and c."due_at" < ?::timestamptz`, [today.start, this.ctx.now]) : [],
      read('lateNotice', 'c."extended_at" is not null and c."extension_notice_sent_at" is null and c."applicant_notice_due_at" < ?::timestamptz', [this.ctx.now]),
    ]);
    return cellCounts([...counts, ...dueBefore, ...dueToday, ...unsent].filter((r) => Number(r.n) > 0));
  }

  private async factDeadlines() {
    const cells = cellsOf(this.ctx.scope);
    const conditions = {
      decided: 's."decided_at" is not null',
      within: 's."decided_at" is not null and s."extended_at" is null and s."decided_at" <= s."due_at"',
      extended: 's."extended_at" is not null',
      overdue: 's."status" in (?) and s."due_at" < ?::timestamptz',
    };
    const rows = await aggregate<Record<string, unknown>>(this.ctx.em, this.ctx.scope, `select 1 as one${cells.select}, ${Object.entries(conditions)
      .map(([name, c]) => `count(*) filter (where ${c}) as "${name}_n", sum(s."record_key") filter (where ${c}) as "${name}_k"`).join(', ')}
      from scoped s group by ${cells.groupAll()}`, [RUNNING, this.ctx.now, RUNNING, this.ctx.now]);
    const [late, answers] = await Promise.all([this.lateNotices(), this.answerCounts()]);
    return [...Object.keys(conditions).flatMap((name) => cellCounts(rows.map((r) => ({ ...r, key: name, n: r[`${name}_n`] as string, k: r[`${name}_k`] as string | null })))), ...late, ...answers];
  }

  compliance(): Promise<PlatformCompliance[]> {
    return complianceOf(this.ctx);
  }

  panelWork(per: 'member' | 'agency'): Promise<PanelWork[]> {
    return panelWorkOf(this.ctx, per);
  }

  /** Resources named in more than one case, most repeated first; for perturbed viewers by platform and number only, never the URL. */
  repeatTargets(limit = 50): Promise<RepeatTarget[]> {
    return repeatTargetsOf(this.ctx, limit);
  }
}
