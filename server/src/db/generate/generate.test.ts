import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { generate, type GenerateResult } from './generate.js';

const N = 300;
let tp: TestPlatform;
let db: pg.Client;
let result: GenerateResult;

// The whole period the generator covers (3 years back), and a little more, in Kazakhstan dates.
const today = new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);
const PERIOD = { from: `${Number(today.slice(0, 4)) - 4}${today.slice(4)}`, to: today };
const bounds = [new Date(`${PERIOD.from}T00:00:00+05:00`), new Date(new Date(`${PERIOD.to}T00:00:00+05:00`).getTime() + 86_400_000)];

const STATS = `query($p: PeriodInput!) { stats(period: $p) {
  total { value } byStatus { key count { value } } byRegion { key count { value } } byPlatform { key count { value } } byAgeBand { key count { value } }
  byMonth { key count { value } } byOutcome { key count { value } } decisionTime { count { value } } deadlines { decidedWithinDeadline extended overdueNow }
  compliance { platform prescriptions { value } } repeatTargets { target cases { value } } } }`;

const one = async <T = Record<string, string>>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0] as T;
const map = async (sql: string) => Object.fromEntries((await db.query<{ key: string; n: string }>(sql, bounds)).rows.map((r) => [r.key, Number(r.n)]));
const view = (buckets: { key: string; count: { value: number } }[]) => Object.fromEntries(buckets.map((b) => [b.key, b.count.value]));
const IN = '"received_at" >= $1 and "received_at" < $2';

beforeAll(async () => {
  tp = await startTestPlatform();
  result = await generate(tp.dbUrl, { cases: N, batch: 120 });
  db = new pg.Client({ connectionString: tp.dbUrl });
  await db.connect();
}, 120_000);
afterAll(async () => {
  await db?.end();
  await tp?.close();
});

describe('generate', () => {
  it('writes N cases with their episodes, resources, rounds, votes, decisions and prescriptions', async () => {
    expect(result.rows.case).toBe(N);
    const c = await one(`select count(*) as cases, count(distinct "number") as numbers, count(distinct "application_number") as eot, min("received_at") as first, max("received_at") as last from "case" where "number" like 'KZ-GEN-%'`);
    expect(Number(c.cases)).toBe(N);
    expect(Number(c.numbers)).toBe(N);
    expect(Number(c.eot)).toBe(N);
    expect(new Date(c.first).getTime()).toBeGreaterThan(Date.now() - 3 * 366 * 86_400_000);
    expect(new Date(c.last).getTime()).toBeLessThanOrEqual(Date.now());
    const e = await one(`select count(*) as n, count(distinct "case_id") as cases, count(*) filter (where "platform_id" is null) as no_platform, max(k) as most from (select *, count(*) over (partition by "case_id") as k from "episode") e join "case" c on c."id" = e."case_id" where c."number" like 'KZ-GEN-%'`);
    expect(Number(e.cases)).toBe(N);
    expect(Number(e.n)).toBeGreaterThanOrEqual(N);
    expect(Number(e.n)).toBeLessThanOrEqual(4 * N);
    expect(Number(e.most)).toBeLessThanOrEqual(4);
    expect(Number(e.no_platform)).toBe(0);
    // Every decided case has one decision (a unique protocol) and a closed round with 5–7 current votes; nobody else has one.
    const d = await one(`select count(*) filter (where c."decided_at" is not null) as decided, count(d."id") as decisions, count(distinct d."protocol_number") as protocols,
        count(*) filter (where c."decided_at" is not null and (c."decided_at" < c."received_at" + interval '1 day' or c."decided_at" > c."received_at" + interval '10 days')) as odd_times,
        count(*) filter (where (d."id" is null) <> (c."decided_at" is null)) as mismatched
      from "case" c left join "decision" d on d."case_id" = c."id" where c."number" like 'KZ-GEN-%'`);
    expect(Number(d.decisions)).toBe(Number(d.decided));
    expect(Number(d.protocols)).toBe(Number(d.decided));
    expect(Number(d.mismatched)).toBe(0);
    expect(Number(d.odd_times)).toBe(0);
    const v = await one(`select min(n) as lo, max(n) as hi from (select d."id", count(v."id") as n from "decision" d join "vote" v on v."round_id" = d."round_id" and v."superseded_at" is null
      join "case" c on c."id" = d."case_id" where c."number" like 'KZ-GEN-%' group by 1) x`);
    expect(Number(v.lo)).toBeGreaterThanOrEqual(5);
    expect(Number(v.hi)).toBeLessThanOrEqual(7);
    // Prescriptions only for confirmed decisions, one per platform of the case.
    const p = await one(`select count(*) as n, count(*) filter (where d."outcome" <> 'CONFIRMED') as unconfirmed, count(*) filter (where pr."resolved_at" is not null and pr."delivered_at" is null) as odd
      from "prescription" pr join "decision" d on d."id" = pr."decision_id" join "case" c on c."id" = pr."case_id" where c."number" like 'KZ-GEN-%'`);
    expect(Number(p.n)).toBeGreaterThan(0);
    expect(Number(p.unconfirmed)).toBe(0);
    expect(Number(p.odd)).toBe(0);
  });

  it('draws statuses, platforms, regions and age bands roughly as intended', async () => {
    const share = async (sql: string) => Number((await one<{ s: string }>(sql)).s);
    const gen = `from "case" c where c."number" like 'KZ-GEN-%'`;
    expect(await share(`select avg((c."status" in ('COMPLIED', 'CLOSED'))::int) as s ${gen}`)).toBeCloseTo(0.45, 0);
    expect(await share(`select avg((c."status" in ('OUT_OF_SCOPE', 'RETURNED'))::int) as s ${gen}`)).toBeGreaterThan(0.1);
    expect(await share(`select avg((c."status" = 'ESCALATED')::int) as s ${gen}`)).toBeLessThan(0.2);
    expect(await share(`select avg((c."child_region" in ('ALMATY_CITY', 'ASTANA', 'SHYMKENT', 'TURKESTAN'))::int) as s ${gen}`)).toBeGreaterThan(0.25);
    expect(await share(`select avg((c."child_age_band" = 'AGE_10_13')::int) as s ${gen}`)).toBeCloseTo(0.4, 0);
    expect(await share(`select avg((p."code" = 'tiktok')::int) as s from "resource" r join "platform" p on p."id" = r."platform_id" join "case" c on c."id" = r."case_id" where c."number" like 'KZ-GEN-%'`)).toBeCloseTo(0.35, 0);
    // The stored age band agrees with the birth date and the first episode, as the migration computes it.
    const bad = await one(`select count(*) as n ${gen} and c."child_age_band" <> (select case when a < 10 then 'UNDER_10' when a <= 13 then 'AGE_10_13' when a <= 15 then 'AGE_14_15' when a <= 17 then 'AGE_16_17' else 'ADULT' end
      from (select date_part('year', age((c."first_episode_at" at time zone 'UTC' + interval '5 hours')::date, c."child_birth_date"))::int as a) x)`);
    expect(Number(bad.n)).toBe(0);
    const first = await one(`select count(*) as n ${gen} and c."first_episode_at" <> (select min("occurred_at") from "episode" e where e."case_id" = c."id")`);
    expect(Number(first.n)).toBe(0);
    // Some accounts are named in more than one case.
    const repeated = await one(`select count(*) as n from (select "url" from "resource" group by 1 having count(*) > 1) x`);
    expect(Number(repeated.n)).toBeGreaterThan(0);
  });

  it('gives the chair statistics of the whole period that match plain SQL', async () => {
    const token = await tp.login('chair@demo.kz');
    const r = await tp.gql(STATS, { p: PERIOD }, token);
    expect(r.errors).toBeUndefined();
    const s = r.data!.stats;
    expect(s.total.value).toBe(Number((await one(`select count(*) as n from "case" where ${IN}`, bounds)).n));
    expect(s.total.value).toBeGreaterThanOrEqual(N);
    expect(view(s.byStatus)).toEqual(await map(`select "status" as key, count(*) as n from "case" where ${IN} group by 1`));
    expect(view(s.byRegion)).toEqual(await map(`select "child_region" as key, count(*) as n from "case" where ${IN} group by 1`));
    expect(view(s.byAgeBand)).toEqual(await map(`select coalesce("child_age_band", 'UNKNOWN') as key, count(*) as n from "case" where ${IN} group by 1`));
    expect(view(s.byMonth)).toEqual(await map(`select to_char(("received_at" at time zone 'UTC') + interval '5 hours', 'YYYY-MM') as key, count(*) as n from "case" where ${IN} group by 1`));
    expect(view(s.byPlatform)).toEqual(await map(`select p."code" as key, count(distinct c."id") as n from "case" c join "episode" e on e."case_id" = c."id" join "platform" p on p."id" = e."platform_id" where c.${IN} group by 1`));
    expect(view(s.byOutcome)).toEqual(await map(`select d."outcome" as key, count(*) as n from "case" c join "decision" d on d."case_id" = c."id" where c.${IN} group by 1`));
    expect(s.decisionTime[0].count.value).toBe(Number((await one(`select count(*) as n from "case" where ${IN} and "decided_at" is not null`, bounds)).n));
    const dl = await one(`select count(*) as total, count(*) filter (where "decided_at" is not null) as decided, count(*) filter (where "decided_at" is not null and "extended_at" is null and "decided_at" <= "due_at") as within,
      count(*) filter (where "extended_at" is not null) as extended from "case" where ${IN}`, bounds);
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    expect(s.deadlines.decidedWithinDeadline).toBe(r3(Number(dl.within) / Number(dl.decided)));
    expect(s.deadlines.extended).toBe(r3(Number(dl.extended) / Number(dl.total)));
    expect(s.deadlines.overdueNow).toBeGreaterThanOrEqual(0);
    expect(s.deadlines.overdueNow).toBeLessThan(0.2);
    const compliance = Object.fromEntries(s.compliance.map((c: { platform: string; prescriptions: { value: number } }) => [c.platform, c.prescriptions.value]));
    expect(compliance).toEqual(await map(`select coalesce(p."code", 'UNKNOWN') as key, count(*) as n from "case" c join "prescription" pr on pr."case_id" = c."id" left join "platform" p on p."id" = pr."platform_id" where c.${IN} group by 1`));
    const repeats = Number((await one(`select count(*) as n from (select lower(split_part(split_part(r."url", '#', 1), '?', 1)) from "resource" r join "case" c on c."id" = r."case_id" where c.${IN} group by 1 having count(distinct r."case_id") > 1) x`, bounds)).n);
    expect(s.repeatTargets.length).toBe(Math.min(50, repeats));
    expect(s.repeatTargets.length).toBeGreaterThan(0);
  });

  it('gives every case and prescription a random record key, and the rollup their sums', async () => {
    // The cell-key method (modules/stats/perturbation.ts) needs keys spread over 0–255, drawn at insert even by the bulk load.
    const keys = await one(`select count(distinct "record_key") as keys, min("record_key") as lo, max("record_key") as hi from "case" where "number" like 'KZ-GEN-%'`);
    expect(Number(keys.keys)).toBeGreaterThan(150);
    expect(Number(keys.lo)).toBeGreaterThanOrEqual(0);
    expect(Number(keys.hi)).toBeLessThanOrEqual(255);
    const sums = await one(`select (select sum("key_sum") from "stats_day" where "measure" = 'status') as rollup_cases, (select sum("record_key") from "case") as cases,
      (select sum("key_sum") from "stats_day" where "measure" = 'prescription') as rollup_prescriptions, (select sum("record_key") from "prescription") as prescriptions`);
    expect(sums.rollup_cases).toBe(sums.cases);
    expect(sums.rollup_prescriptions).toBe(sums.prescriptions);
  });

  it('adds after earlier runs without clashing numbers', async () => {
    const again = await generate(tp.dbUrl, { cases: 20 });
    expect(again.rows.case).toBe(20);
    expect(Number((await one(`select count(*) as n from "case" where "number" like 'KZ-GEN-%'`)).n)).toBe(N + 20);
  });
});
