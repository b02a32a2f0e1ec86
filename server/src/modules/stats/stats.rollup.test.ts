import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../db/generate/generate.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { CASE_STATUSES } from '../cases/lifecycle.js';
import { Role } from '../../shared/role.js';
import { lastDayOfMonth } from './period.js';
import { Region } from '../cases/region.js';
import type { StatsSource } from './stats.context.js';
import { StatsService } from './stats.service.js';
import type { StatsFilter } from './stats.types.js';

// The rollup kept by triggers against the cases' own facts, on generated data and after every kind of change.
let tp: TestPlatform;
let db: pg.Client;

const today = new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);
const PERIODS = [
  { from: `${Number(today.slice(0, 4)) - 4}${today.slice(4)}`, to: today }, // all of it
  { from: `${Number(today.slice(0, 4)) - 1}-03-17`, to: `${Number(today.slice(0, 4)) - 1}-11-04` }, // months cut in the middle
  { from: today, to: today },
];
// Perturbed figures are asked for whole months: all of it, months of last year, this month.
const MONTH_PERIODS = [
  { from: `${Number(today.slice(0, 4)) - 4}${today.slice(4, 8)}01`, to: lastDayOfMonth(today) },
  { from: `${Number(today.slice(0, 4)) - 1}-03-01`, to: `${Number(today.slice(0, 4)) - 1}-11-30` },
  { from: `${today.slice(0, 8)}01`, to: lastDayOfMonth(today) },
];
const chair = { id: 'x', name: 'chair', role: Role.CHAIR, agencyId: 'x' };
const analyst = { ...chair, role: Role.ANALYST };

// Filters the dashboard offers: one region, one platform, one status, all three, several values, and every status (the same cases as none).
const FILTERS: (StatsFilter | null)[] = [
  null, { regions: [Region.ALMATY_CITY] }, { platforms: ['tiktok'] }, { statuses: ['COMPLIED'] },
  { regions: [Region.ALMATY_CITY], platforms: ['tiktok'], statuses: ['COMPLIED'] },
  { regions: [Region.ULYTAU, Region.ASTANA], platforms: ['vk', 'instagram'], statuses: ['CLOSED', 'VOTING', 'REGISTERED'] }, { statuses: [...CASE_STATUSES] },
];

/** Every figure of the service (but the vote-based ones, which always read the cases) for one period and filter: from the rollup, or from the cases' facts. */
async function figures(period: { from: string; to: string }, source: StatsSource, viewer = chair, filter: StatsFilter | null = null) {
  const s = await StatsService.open(tp.platform.orm.em.fork(), viewer, period, filter, new Date(), source);
  return {
    total: await s.total(), months: await s.by('month'), statuses: await s.by('status'), regions: await s.by('region'), bands: await s.by('ageBand'),
    outcomes: await s.by('outcome'), platforms: await s.by('platform'), deadlines: await s.deadlines(), compliance: await s.compliance(),
    decision: [await s.durations('decision', 'all'), await s.durations('decision', 'month'), await s.durations('decision', 'platform')],
    complianceTime: [await s.durations('compliance', 'all'), await s.durations('compliance', 'month'), await s.durations('compliance', 'platform')],
    repeats: await s.repeatTargets(5),
  };
}

async function expectRollupToMatchFacts() {
  const compare = async () => {
    for (const filter of FILTERS) {
      for (const period of PERIODS) expect(await figures(period, 'rollup', chair, filter)).toEqual(await figures(period, 'facts', chair, filter));
      // Perturbed figures too: the same counts and the same key sums in every cell, so the same noise.
      for (const period of MONTH_PERIODS) expect(await figures(period, 'rollup', analyst, filter)).toEqual(await figures(period, 'facts', analyst, filter));
    }
  };
  // With the rows the triggers appended, then folded by the compaction job's function.
  await compare();
  const sums = async () => (await db.query(`select "measure", "day"::text, "key", "bucket", sum("n")::int as n, sum("key_sum")::int as k from "stats_day" group by 1, 2, 3, 4
    having sum("n") <> 0 or sum("key_sum") <> 0 order by 1, 2, 3, 4`)).rows;
  const cube = async () => (await db.query(`select "measure", "day"::text, "region", "status", "platform_ids"::text, "key", "bucket", sum("n")::int as n, sum("key_sum")::int as k
    from "stats_cube_day" group by 1, 2, 3, 4, 5, 6, 7 having sum("n") <> 0 or sum("key_sum") <> 0 order by 1, 2, 3, 4, 5, 6, 7`)).rows;
  const targets = async () => (await db.query(`select "target", "day"::text, "region", "status", "platform_ids"::text, sum("n")::int as n, sum("key_sum")::int as k
    from "stats_target_day" group by 1, 2, 3, 4, 5 having sum("n") <> 0 or sum("key_sum") <> 0 order by 1, 2, 3, 4, 5`)).rows;
  const totals = async () => (await db.query(`select "target", "n" from "stats_target" where "n" <> 0 order by 1`)).rows;
  // The monthly sums are the daily rollup's, month by month.
  const months = async () => (await db.query(`select "measure", "day"::text, "key", "bucket", sum("n")::int as n, sum("key_sum")::int as k from "stats_month" group by 1, 2, 3, 4
    having sum("n") <> 0 or sum("key_sum") <> 0 order by 1, 2, 3, 4`)).rows;
  const daysByMonth = async () => (await db.query(`select "measure", date_trunc('month', "day"::timestamp)::date::text as "day", "key", "bucket", sum("n")::int as n, sum("key_sum")::int as k
    from "stats_day" group by 1, 2, 3, 4 having sum("n") <> 0 or sum("key_sum") <> 0 order by 1, 2, 3, 4`)).rows;
  expect(await months()).toEqual(await daysByMonth());
  const kept = { sums: await sums(), cube: await cube(), targets: await targets(), months: await months() };
  await db.query('select stats_compact()');
  expect((await db.query(`select (select count(*) from "stats_day" where not "compacted") + (select count(*) from "stats_cube_day" where not "compacted")
    + (select count(*) from "stats_target_day" where not "compacted") + (select count(*) from "stats_month" where not "compacted") as n`)).rows[0].n).toBe('0');
  expect({ sums: await sums(), cube: await cube(), targets: await targets(), months: await months() }).toEqual(kept);
  await compare();
  // And the rollup holds exactly what a rebuild from scratch would.
  const compacted = { sums: await sums(), cube: await cube(), targets: await targets(), totals: await totals(), months: await months() };
  await db.query('select stats_rebuild()');
  expect({ sums: await sums(), cube: await cube(), targets: await targets(), totals: await totals(), months: await months() }).toEqual(compacted);
}

beforeAll(async () => {
  tp = await startTestPlatform();
  await generate(tp.dbUrl, { cases: 1500, batch: 500 });
  db = new pg.Client({ connectionString: tp.dbUrl });
  await db.connect();
}, 180_000);
afterAll(async () => {
  await db?.end();
  await tp?.close();
});

describe('the statistics rollup', () => {
  it('gives the figures the cases give, after a bulk load and its rebuild', async () => {
    const all = await figures(PERIODS[0], 'rollup');
    expect(all.total.value).toBeGreaterThanOrEqual(1500); // and the demo panel's cases
    expect(all.repeats.length).toBeGreaterThan(0);
    expect(all.decision[0][0].medianHours).toBeGreaterThan(0);
    await expectRollupToMatchFacts();
  }, 60_000);

  it('follows every change of the cases, prescriptions and resources, row by row, in the writing transaction', async () => {
    // Through the triggers this time: status and deadline changes, decisions, prescriptions resolved, resources renamed and removed, new and deleted cases.
    await db.query(`update "case" set "status" = 'CLOSED', "outcome" = 'CONFIRMED', "decided_at" = "received_at" + interval '50 hours' where "number" in (select "number" from "case" where "status" = 'VOTING' order by "number" limit 20)`);
    await db.query(`update "case" set "extended_at" = "received_at" + interval '1 day', "due_at" = "due_at" + interval '5 days' where "number" in (select "number" from "case" where "extended_at" is null order by "number" desc limit 30)`);
    await db.query(`update "case" set "child_region" = 'ULYTAU', "platform_ids" = "platform_ids"[1:1] where "number" in (select "number" from "case" order by "number" limit 40 offset 100)`);
    await db.query(`update "case" set "decided_at" = "decided_at" + interval '7 hours' where "id" in (select "case_id" from "prescription" order by "number" limit 15)`);
    // Cases with prescriptions moving to another status, region and set of platforms (their prescriptions' facts move in the filtered rollup).
    await db.query(`update "case" set "status" = 'ESCALATED', "child_region" = 'ABAI' where "id" in (select "case_id" from "prescription" order by "number" desc limit 25)`);
    await db.query(`update "case" set "platform_ids" = "platform_ids" || (select array_agg("id") from "platform" where "code" = 'discord') where "id" in (select "case_id" from "prescription" order by "number" limit 20 offset 30) and not (select "id" from "platform" where "code" = 'discord') = any("platform_ids")`);
    // Answers sent in time and late, extension notices recorded late, and notices not recorded and past due now.
    await db.query(`update "case" set "answer_sent_at" = "due_at" - interval '1 hour' where "number" in (select "number" from "case" order by "number" limit 30 offset 200)`);
    await db.query(`update "case" set "answer_sent_at" = "due_at" + interval '1 day' where "number" in (select "number" from "case" order by "number" limit 20 offset 260)`);
    await db.query(`update "case" set "extension_notice_sent_at" = "applicant_notice_due_at" + interval '2 hours' where "number" in (select "number" from "case" where "extended_at" is not null and "applicant_notice_due_at" is not null order by "number" limit 8)`);
    await db.query(`update "case" set "applicant_notice_due_at" = now() - interval '1 day', "extension_notice_sent_at" = null where "number" in (select "number" from "case" where "extended_at" is not null order by "number" desc limit 6)`);
    await db.query(`update "prescription" set "status" = 'COMPLIED', "delivered_at" = coalesce("delivered_at", now() - interval '30 hours'), "resolved_at" = now() where "status" in ('ISSUED', 'DELIVERED')`);
    await db.query(`update "prescription" set "platform_id" = null where "number" in (select "number" from "prescription" order by "number" limit 3)`);
    await db.query(`update "resource" set "url" = 'https://tiktok.com/@bully_0?from=test' where "id" in (select "id" from "resource" order by "id" limit 25)`);
    await db.query(`insert into "resource" ("id", "created_at", "case_id", "url", "platform_id") select gen_random_uuid(), now(), "case_id", "url" || '#again', "platform_id" from "resource" order by "id" limit 10`);
    await db.query(`delete from "resource" where "id" in (select "id" from "resource" order by "id" desc limit 10)`);
    await db.query(`begin; update "case" set "status" = 'IN_REVIEW' where "status" = 'SCREENING'; rollback`);
    // New record keys, and cases moved to another day of receipt (with their prescriptions and targets).
    await db.query(`update "case" set "record_key" = ("record_key" + 77) % 256 where "number" in (select "number" from "case" order by "number" desc limit 60)`);
    await db.query(`update "prescription" set "record_key" = ("record_key" + 131) % 256 where "number" in (select "number" from "prescription" order by "number" limit 40)`);
    await db.query(`update "case" set "received_at" = "received_at" - interval '33 days' where "id" in (select "case_id" from "resource" order by "id" limit 12)`);
    await generate(tp.dbUrl, { cases: 50, batch: 50 });
    await expectRollupToMatchFacts();
  }, 120_000);

  it('counts a target once per case, however many resources of the case name it', async () => {
    const { rows: [r] } = await db.query<{ case_id: string; target: string }>(`select "case_id", "target" from "resource" order by "id" limit 1`);
    const cases = async () => (await db.query(`select coalesce(sum("n"), 0)::int as n from "stats_target_day" where "target" = $1`, [r.target])).rows[0].n;
    const before = await cases();
    expect(before).toBeGreaterThan(0);
    await db.query(`insert into "resource" ("id", "created_at", "case_id", "url") values (gen_random_uuid(), now(), $1, $2)`, [r.case_id, `${r.target}?again=1`]);
    expect(await cases()).toBe(before);
    // A resource of another case naming it does count, and the total follows at compaction.
    const { rows: [other] } = await db.query<{ id: string }>(`select "id" from "case" where "id" <> $1 and "id" not in (select "case_id" from "resource" where "target" = $2) limit 1`, [r.case_id, r.target]);
    await db.query(`insert into "resource" ("id", "created_at", "case_id", "url") values (gen_random_uuid(), now(), $1, $2)`, [other.id, r.target]);
    expect(await cases()).toBe(before + 1);
    await db.query('select stats_compact()');
    expect((await db.query(`select "n" from "stats_target" where "target" = $1`, [r.target])).rows[0].n).toBe(before + 1);
  });

  it('compacts and rebuilds one at a time, without a deadlock, when the compaction job starts during a rebuild', async () => {
    const job = new pg.Client({ connectionString: tp.dbUrl });
    await job.connect();
    try {
      // A rebuild that has taken the rollup's lock, and not yet its tables, when the job's compaction starts.
      await db.query('begin');
      await db.query(`select pg_advisory_xact_lock(hashtext('stats_rollup'))`);
      const compaction = job.query('select stats_compact()');
      const waits = async () => (await db.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event = 'advisory'`)).rows[0].n;
      for (let i = 0; i < 100 && (await waits()) === 0; i += 1) await new Promise((r) => setTimeout(r, 50));
      expect(await waits()).toBe(1);
      // The compaction waits holding no table, so the rebuild takes them all, and the compaction runs after its commit.
      await db.query('select stats_rebuild()');
      await db.query('commit');
      await compaction;
      await expectRollupToMatchFacts();
    } finally {
      await db.query('rollback').catch(() => undefined);
      await job.end();
    }
  }, 120_000);
});
