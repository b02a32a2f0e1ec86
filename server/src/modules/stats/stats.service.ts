import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, msg } from '../../shared/domain-error.js';
import type { Viewer } from '../../shared/viewer.js';
import { CASE_STATUSES, isClockStopped } from '../cases/lifecycle.js';
import { Platform } from '../platforms/platform.entity.js';
import { periodBounds } from './period.js';
import { aggregate, HOURS_BETWEEN, MONTH_KEY, MONTH_OF, PERCENTILES, type CaseScope } from './stats.sql.js';
import type { Bucket, DeadlineShares, DurationStat, PanelWork, PlatformCompliance, RepeatTarget, PeriodInput, StatsFilter } from './stats.types.js';
import { countFor, seesExactCounts, shareFor, SUPPRESS_BELOW } from './suppression.js';

const RUNNING = CASE_STATUSES.filter((s) => !isClockStopped(s));
const round1 = (x: number | string | null) => (x === null ? null : Math.round(Number(x) * 10) / 10);

/** Statistics of the panel's work, as SQL aggregates over the cases of a period; small counts suppressed for analysts. */
export class StatsService {
  private constructor(private readonly em: EntityManager, private readonly scope: CaseScope, private readonly exact: boolean) {}

  /** Checks the period and the filter before any aggregate runs. */
  static async open(em: EntityManager, viewer: Viewer, period: PeriodInput, filter: StatsFilter | null | undefined): Promise<StatsService> {
    const { start, end } = periodBounds(period);
    const codes = [...new Set(filter?.platforms ?? [])];
    const found = codes.length ? await em.find(Platform, { code: { $in: codes } }) : [];
    const unknown = codes.filter((c) => !found.some((p) => p.code === c));
    if (unknown.length) throw badInput(msg(`Unknown platform: ${unknown.join(', ')}.`, `Неизвестная платформа: ${unknown.join(', ')}.`, `Белгісіз платформа: ${unknown.join(', ')}.`));
    const scope = { start, end, platformIds: found.map((p) => p.id), regions: filter?.regions ?? [], statuses: filter?.statuses ?? [] };
    return new StatsService(em, scope, seesExactCounts(viewer.role));
  }

  private buckets(rows: { key: string | null; n: string | number }[]): Bucket[] {
    return rows.map((r) => ({ key: r.key ?? 'UNKNOWN', count: countFor(Number(r.n), this.exact) }));
  }

  /** Cases per month of receipt: one scan that serves both the time series and the total. */
  private monthly?: Promise<{ key: string; n: string }[]>;
  private months() {
    return (this.monthly ??= aggregate(this.em, this.scope,
      `select ${MONTH_KEY('m')} as key, n from (select ${MONTH_OF('"received_at"')} as m, count(*) as n from scoped group by 1) x order by 1`));
  }

  async total() {
    const rows = await this.months();
    return countFor(rows.reduce((sum, r) => sum + Number(r.n), 0), this.exact);
  }

  async by(dimension: 'status' | 'region' | 'ageBand' | 'month' | 'outcome' | 'platform' | 'voterAgencyKind'): Promise<Bucket[]> {
    if (dimension === 'month') return this.buckets(await this.months());
    const body = {
      status: 'select "status" as key, count(*) as n from scoped group by 1 order by 1',
      region: 'select "child_region" as key, count(*) as n from scoped group by 1 order by 1',
      ageBand: 'select "child_age_band" as key, count(*) as n from scoped group by 1 order by 1',
      outcome: 'select "outcome" as key, count(*) as n from scoped where "outcome" is not null group by 1 order by 1',
      // platform_ids holds each platform of a case once: counting the unnested ids counts cases.
      platform: `select p."code" as key, x.n from (select u.id, count(*) as n from scoped s cross join unnest(s."platform_ids") as u(id) group by 1) x
        join "platform" p on p."id" = x.id order by 2 desc, 1`,
      voterAgencyKind: `select a."kind" as key, count(distinct s."id") as n from scoped s join "voting_round" r on r."case_id" = s."id"
        join "vote" v on v."round_id" = r."id" and v."superseded_at" is null join "member" m on m."id" = v."member_id" join "agency" a on a."id" = m."agency_id" group by 1 order by 1`,
    }[dimension];
    return this.buckets(await aggregate(this.em, this.scope, body));
  }

  /** Receipt → decision, or decision → recorded compliance, overall or per month / platform. */
  async durations(kind: 'decision' | 'compliance', per: 'all' | 'month' | 'platform'): Promise<DurationStat[]> {
    const hours = kind === 'decision' ? HOURS_BETWEEN('s."received_at"', 's."decided_at"') : HOURS_BETWEEN('s."decided_at"', 'pr."resolved_at"');
    const from = kind === 'decision' ? 'scoped s' : 'scoped s join "prescription" pr on pr."case_id" = s."id"';
    const where = kind === 'decision' ? 's."decided_at" is not null' : 'pr."resolved_at" is not null';
    const platformOf = kind === 'decision' ? 'u.id' : 'pr."platform_id"';
    const key = { all: 'null::text', month: MONTH_OF('s."received_at"'), platform: platformOf }[per];
    const unnest = per === 'platform' && kind === 'decision' ? ' cross join unnest(s."platform_ids") as u(id)' : '';
    const label = { all: 'x.key', month: MONTH_KEY('x.key'), platform: 'pl."code"' }[per];
    const rows = await aggregate<{ key: string | null; n: string; p: number[] | null }>(this.em, this.scope,
      `select ${label} as key, x.n, x.p from (select ${key} as key, count(*) as n, ${PERCENTILES(hours)} as p from ${from}${unnest} where ${where} group by 1) x
       ${per === 'platform' ? 'join "platform" pl on pl."id" = x.key' : ''} order by 1`);
    return rows.map((r) => {
      const n = Number(r.n);
      const shown = this.exact || n >= SUPPRESS_BELOW;
      return { key: r.key, count: countFor(n, this.exact), medianHours: shown ? round1(r.p?.[0] ?? null) : null, p90Hours: shown ? round1(r.p?.[1] ?? null) : null };
    });
  }

  async deadlines(): Promise<DeadlineShares> {
    const [r] = await aggregate<{ total: string; decided: string; within: string; extended: string; overdue: string }>(this.em, this.scope,
      `select count(*) as total, count(*) filter (where "decided_at" is not null) as decided,
        count(*) filter (where "decided_at" is not null and "extended_at" is null and "decided_at" <= "due_at") as within,
        count(*) filter (where "extended_at" is not null) as extended,
        count(*) filter (where "status" in (?) and "due_at" < now()) as overdue from scoped`, [RUNNING]);
    const total = Number(r.total);
    return {
      decidedWithinDeadline: shareFor(Number(r.within), Number(r.decided), this.exact),
      extended: shareFor(Number(r.extended), total, this.exact),
      overdueNow: shareFor(Number(r.overdue), total, this.exact),
    };
  }

  async compliance(): Promise<PlatformCompliance[]> {
    const rows = await aggregate<Record<string, string | null> & { median: number | null }>(this.em, this.scope,
      `select coalesce(pl."code", 'UNKNOWN') as platform, x.* from (
         select pr."platform_id", count(*) as n,
           count(*) filter (where pr."status" = 'COMPLIED') as complied, count(*) filter (where pr."status" = 'PARTIALLY_COMPLIED') as partial,
           count(*) filter (where pr."status" = 'NOT_COMPLIED') as not_complied, count(*) filter (where pr."status" = 'ESCALATED') as escalated,
           percentile_cont(0.5) within group (order by ${HOURS_BETWEEN('pr."delivered_at"', 'pr."resolved_at"')}) filter (where pr."status" = 'COMPLIED') as median
         from scoped s join "prescription" pr on pr."case_id" = s."id" group by 1
       ) x left join "platform" pl on pl."id" = x."platform_id" order by x.n desc, 1`);
    return rows.map((r) => {
      const n = Number(r.n);
      const share = (x: string | null) => shareFor(Number(x), n, this.exact);
      return {
        platform: String(r.platform), prescriptions: countFor(n, this.exact), complied: share(r.complied), partiallyComplied: share(r.partial),
        notComplied: share(r.not_complied), escalated: share(r.escalated), medianHoursToRemoval: this.exact || n >= SUPPRESS_BELOW ? round1(r.median) : null,
      };
    });
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
    const rows = await aggregate<{ target: string; n: string }>(this.em, this.scope,
      `select t."target", count(*) as n from (select distinct r."target", r."case_id" from "resource" r join scoped s on s."id" = r."case_id") t
       group by 1 having count(*) > 1 order by 2 desc, 1 limit ?`, [limit]);
    return rows.map((r) => ({ target: r.target, cases: countFor(Number(r.n), this.exact) }));
  }
}
