import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../db/generate/generate.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { CASE_STATUSES } from '../cases/lifecycle.js';
import { Region } from '../cases/region.js';
import { candidates, intersect, isSmall, minus, plus, valueOf } from './disclosure.attacker.js';
import { lastDayOfMonth } from './period.js';
import type { CountView } from './suppression.js';

// An analyst with a calculator and the public perturbation table attacks the statistics of
// generated data in which small cells were planted in 2022 (no other case is that old).

let tp: TestPlatform;
let db: pg.Client;
let analyst: string;
let chair: string;
let admin: string;

type Plant = { month: string; n: number; day?: number; region?: string; status?: string; outcome?: string; band?: string; platforms?: string[] };
const PLANTS: Plant[] = [
  { month: '2022-01', n: 7 }, { month: '2022-02', n: 6, region: 'ALMATY_CITY', platforms: ['instagram'] },
  { month: '2022-03', n: 1, day: 15, region: 'ULYTAU' }, // a single case on one day, alone in its month
  { month: '2022-04', n: 8 },
  // May: 20 cases; ULYTAU 3, REGISTERED 2 (overdue), NOT_CONFIRMED 2, VK 1, UNDER_10 1.
  { month: '2022-05', n: 14 }, { month: '2022-05', n: 2, region: 'ULYTAU' }, { month: '2022-05', n: 2, outcome: 'NOT_CONFIRMED' },
  { month: '2022-05', n: 1, region: 'ULYTAU', status: 'REGISTERED', band: 'UNDER_10' }, { month: '2022-05', n: 1, status: 'REGISTERED', platforms: ['vk'] },
  { month: '2022-06', n: 9 }, { month: '2022-07', n: 5 }, { month: '2022-08', n: 12 }, { month: '2022-09', n: 6 },
  { month: '2022-10', n: 3 }, { month: '2022-11', n: 10 }, { month: '2022-12', n: 7 },
];
const MONTHS_2022 = Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`);

/** Moves generated cases that never reached a decision (no votes, no prescriptions) into 2022, with the planted facts. */
async function plant() {
  const { rows } = await db.query<{ id: string }>(`select "id" from "case" where "number" like 'KZ-GEN-%' and "status" in ('RETURNED', 'OUT_OF_SCOPE') order by "number"`);
  let next = 0;
  for (const p of PLANTS) {
    for (let i = 0; i < p.n; i++) {
      const status = p.status ?? 'CLOSED';
      const received = `${p.month}-${String(p.day ?? 3 + i).padStart(2, '0')}T10:00:00+05:00`;
      await db.query(`update "case" set "received_at" = $2, "due_at" = $2::timestamptz + interval '3 days', "decided_at" = case when $3 then $2::timestamptz + interval '2 days' end,
        "extended_at" = null, "status" = $4, "outcome" = $5, "child_region" = $6, "child_age_band" = $7,
        "platform_ids" = (select array_agg("id" order by "id") from "platform" where "code" = any($8)) where "id" = $1`,
      [rows[next++].id, received, status === 'CLOSED', status, status === 'CLOSED' ? p.outcome ?? 'CONFIRMED' : null, p.region ?? 'ASTANA', p.band ?? 'AGE_14_15', p.platforms ?? ['tiktok']]);
    }
  }
}

const FIELDS = `total { value suppressed } byMonth { key count { value suppressed } } byRegion { key count { value suppressed } }
  byStatus { key count { value suppressed } } byPlatform { key count { value suppressed } } byAgeBand { key count { value suppressed } }
  byOutcome { key count { value suppressed } } decisionTime { count { value suppressed } } deadlines { decidedWithinDeadline extended overdueNow }
  compliance { platform prescriptions { value suppressed } complied partiallyComplied notComplied escalated }`;
type B = { key: string; count: CountView };
type S = { total: CountView; byMonth: B[]; byRegion: B[]; byStatus: B[]; byPlatform: B[]; byAgeBand: B[]; byOutcome: B[]; decisionTime: { count: CountView }[];
  deadlines: Record<'decidedWithinDeadline' | 'extended' | 'overdueNow', number | null>; compliance: ({ platform: string; prescriptions: CountView } & Record<string, number | null>)[] };

const period = (first: string, last = first) => ({ from: `${first}-01`, to: lastDayOfMonth(`${last}-01`) });
const cache = new Map<string, S>();
async function stats(first: string, last = first, filter: object = {}, token = analyst): Promise<S> {
  const id = JSON.stringify([first, last, filter, token]);
  if (!cache.has(id)) {
    const r = await tp.gql(`query($p: PeriodInput!, $f: StatsFilter) { stats(period: $p, filter: $f) { ${FIELDS} } }`, { p: period(first, last), f: filter }, token);
    expect(r.errors).toBeUndefined();
    cache.set(id, r.data!.stats as S);
  }
  return cache.get(id)!;
}
const bucket = (list: B[], key: string): CountView => list.find((b) => b.key === key)?.count ?? { value: 0, suppressed: false };
const counts = (s: S): CountView[] => [s.total, ...[s.byMonth, s.byRegion, s.byStatus, s.byPlatform, s.byAgeBand, s.byOutcome].flat().map((b) => b.count),
  ...s.decisionTime.map((d) => d.count), ...s.compliance.map((c) => c.prescriptions)];
const total = async (first: string, last = first, filter: object = {}) => valueOf((await stats(first, last, filter)).total);
/** Subsets of a list, drawn the same way each run. */
const subsets = <T>(all: T[], count: number) => Array.from({ length: count }, (_, i) => all.filter((_, j) => ((j * 7 + i * 13) % 5) < 2 + (i % 3)));

beforeAll(async () => {
  tp = await startTestPlatform();
  await generate(tp.dbUrl, { cases: 900, batch: 450 });
  db = new pg.Client({ connectionString: tp.dbUrl });
  await db.connect();
  await plant();
  [analyst, chair, admin] = await Promise.all(['analyst@demo.kz', 'chair@demo.kz', 'admin@demo.kz'].map((e) => tp.login(e)));
}, 180_000);
afterAll(async () => {
  await db?.end();
  await tp?.close();
});

describe('an analyst with a calculator, on generated data with small cells', () => {
  it('shows the chair the exact small counts that the attacks go after', async () => {
    const may = await stats('2022-05', '2022-05', {}, chair);
    expect([may.total.value, bucket(may.byRegion, 'ULYTAU').value, bucket(may.byStatus, 'REGISTERED').value, bucket(may.byOutcome, 'NOT_CONFIRMED').value,
      bucket(may.byPlatform, 'vk').value, bucket(may.byAgeBand, 'UNDER_10').value]).toEqual([20, 3, 2, 2, 1, 1]);
    expect((await stats('2022-03', '2022-03', {}, chair)).total.value).toBe(1);
    expect((await stats('2022-10', '2022-10', {}, chair)).total.value).toBe(3);
  });

  it('never publishes a count from 1 to 4, in any month, breakdown or filter', async () => {
    const filters = [{}, { regions: ['ULYTAU'] }, { statuses: ['REGISTERED'] }, { platforms: ['vk'] }, { regions: ['ULYTAU', 'ASTANA'], statuses: ['CLOSED'] }];
    const months = [...MONTHS_2022, '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
    for (const f of filters) for (const m of months) for (const c of counts(await stats(m, m, f))) expect(isSmall(valueOf(c)), `${m} ${JSON.stringify(f)}`).toBe(false);
    for (const c of counts(await stats('2022-01', '2022-12'))) expect(isSmall(valueOf(c))).toBe(false);
    for (const c of counts(await stats('2024-01', '2026-12'))) expect(isSmall(valueOf(c))).toBe(false);
  });

  it('gets from period differencing only the published month, however the periods are cut', async () => {
    for (const [target, truth] of [['2022-03', 1], ['2022-10', 3]] as const) {
      const t = MONTHS_2022.indexOf(target);
      const published = await total(target);
      const differences: number[] = [];
      for (const a of MONTHS_2022.slice(0, t)) {
        differences.push(await total(a, target) - await total(a, MONTHS_2022[t - 1]));
        for (const b of MONTHS_2022.slice(t + 1)) differences.push(await total(a, b) - await total(a, MONTHS_2022[t - 1]) - await total(MONTHS_2022[t + 1], b));
      }
      for (const b of MONTHS_2022.slice(t + 1)) differences.push(await total(target, b) - await total(MONTHS_2022[t + 1], b));
      differences.push(await total('2021-06', target) - await total('2021-06', MONTHS_2022[t - 1])); // across empty months of 2021
      expect(differences.length).toBeGreaterThan(10);
      // Every cut gives back the one published figure: nothing to average, and never the true count.
      expect(new Set(differences)).toEqual(new Set([published]));
      expect(isSmall(published)).toBe(false);
      expect(published).not.toBe(truth);
    }
    // A breakdown bucket too: ULYTAU in May (3 cases) from every period around it.
    const may = valueOf(bucket((await stats('2022-05')).byRegion, 'ULYTAU'));
    for (const a of ['2022-01', '2022-03', '2022-04']) {
      const d = valueOf(bucket((await stats(a, '2022-05')).byRegion, 'ULYTAU')) - valueOf(bucket((await stats(a, '2022-04')).byRegion, 'ULYTAU'));
      expect(d).toBe(may);
    }
  });

  it('is refused a period that is not whole months, and nothing changes', async () => {
    const before = await tp.snapshot();
    for (const p of [{ from: '2022-03-01', to: '2022-03-14' }, { from: '2022-03-15', to: '2022-03-15' }, { from: '2022-01-01', to: '2022-03-16' }, { from: '2022-03-02', to: '2022-03-31' }]) {
      for (const token of [analyst, admin]) {
        const r = await tp.gql('query($p: PeriodInput!) { stats(period: $p) { total { value } } }', { p }, token);
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(r.data).toBeFalsy();
        expect(Object.keys(r.errors![0].extensions!.messages as object).sort()).toEqual(['en', 'kk', 'ru']);
      }
      const csv = await fetch(`${tp.url}/stats.csv?from=${p.from}&to=${p.to}`, { headers: { authorization: `Bearer ${analyst}` } });
      expect(csv.status).toBe(400);
    }
    expect(await tp.snapshot()).toEqual(before);
    // The chair may cut anywhere, and sees the single case of 15 March.
    expect((await tp.gql('query($p: PeriodInput!) { stats(period: $p) { total { value } } }', { p: { from: '2022-03-15', to: '2022-03-15' } }, chair)).data!.stats.total.value).toBe(1);
  });

  it('gets from filter-set differencing only the published cell of the value left out', async () => {
    const codes = ((await tp.gql('{ platforms { code } }', {}, analyst)).data!.platforms as { code: string }[]).map((p) => p.code);
    const attacks = [
      { dim: 'regions', target: 'ULYTAU', truth: 3, others: Object.values(Region).filter((r) => r !== 'ULYTAU') as string[] },
      { dim: 'statuses', target: 'REGISTERED', truth: 2, others: CASE_STATUSES.filter((s) => s !== 'REGISTERED') as string[] },
      { dim: 'platforms', target: 'vk', truth: 1, others: codes.filter((c) => c !== 'vk') },
    ];
    for (const { dim, target, truth, others } of attacks) {
      const alone = await total('2022-05', '2022-05', { [dim]: [target] });
      const differences = [];
      for (const rest of subsets(others, 12)) differences.push(await total('2022-05', '2022-05', { [dim]: [...rest, target] }) - (rest.length ? await total('2022-05', '2022-05', { [dim]: rest }) : 0));
      expect(new Set(differences)).toEqual(new Set([alone]));
      expect(isSmall(alone)).toBe(false);
      expect(alone).not.toBe(truth);
    }
    // An added empty value, a filter of every status, a bucket of the unfiltered query: the same cell, the same answer.
    expect(await stats('2022-05', '2022-05', { regions: ['ULYTAU', 'ZHETISU'] })).toEqual(await stats('2022-05', '2022-05', { regions: ['ULYTAU'] }));
    expect(await stats('2022-05', '2022-05', { statuses: [...CASE_STATUSES] })).toEqual(await stats('2022-05'));
    expect(bucket((await stats('2022-05')).byRegion, 'ULYTAU')).toEqual((await stats('2022-05', '2022-05', { regions: ['ULYTAU'] })).total);
  });

  it('cannot pin a small count by complements: total minus the visible buckets, decided minus confirmed', async () => {
    const may = await stats('2022-05');
    const of = (list: B[], key: string) => candidates(bucket(list, key));
    const rest = (list: B[], key: string) => list.filter((b) => b.key !== key).map((b) => candidates(b.count));
    const ulytau = await stats('2022-05', '2022-05', { regions: ['ULYTAU'] });
    const attacks: [string, number, Set<number>][] = [
      // The attacker's candidates for the count: those its own figure allows, and every complement too.
      ['ULYTAU', 3, intersect(of(may.byRegion, 'ULYTAU'), minus(candidates(may.total), ...rest(may.byRegion, 'ULYTAU')),
        plus(...ulytau.byStatus.map((b) => candidates(b.count))), plus(...ulytau.byAgeBand.map((b) => candidates(b.count))))],
      ['REGISTERED', 2, intersect(of(may.byStatus, 'REGISTERED'), minus(candidates(may.total), ...rest(may.byStatus, 'REGISTERED')))],
      ['UNDER_10', 1, intersect(of(may.byAgeBand, 'UNDER_10'), minus(candidates(may.total), ...rest(may.byAgeBand, 'UNDER_10')))],
      ['vk', 1, intersect(of(may.byPlatform, 'vk'), minus(candidates(may.total), ...rest(may.byPlatform, 'vk')))], // each planted case names one platform
      ['NOT_CONFIRMED', 2, intersect(of(may.byOutcome, 'NOT_CONFIRMED'), minus(candidates(may.decisionTime[0].count), of(may.byOutcome, 'CONFIRMED')))],
    ];
    for (const [what, truth, left] of attacks) {
      expect(left.has(truth), what).toBe(true);
      expect(left.size, `${what}: ${[...left].sort((a, b) => a - b).join(' ')}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('gets from shares times totals only published counts', async () => {
    const may = await stats('2022-05');
    // Overdue now: 2 of 20. The share times the total is the published overdue count, 0 or 5, never 2.
    const overdue = may.deadlines.overdueNow === null ? null : Math.round(may.deadlines.overdueNow * valueOf(may.total));
    if (overdue !== null) {
      expect([0, 5]).toContain(overdue);
      expect(intersect(candidates({ value: overdue, suppressed: false }), new Set([0, 1, 2, 3, 4, 5, 6])).size).toBeGreaterThanOrEqual(2);
    }
    const products = async (s: S) => [
      [s.deadlines.decidedWithinDeadline, valueOf(s.decisionTime[0]?.count ?? { value: 0, suppressed: false })], [s.deadlines.extended, valueOf(s.total)], [s.deadlines.overdueNow, valueOf(s.total)],
      ...s.compliance.flatMap((c) => ['complied', 'partiallyComplied', 'notComplied', 'escalated'].map((k) => [c[k], valueOf(c.prescriptions)])),
    ].filter(([share]) => share !== null).map(([share, whole]) => Math.round(share! * whole!));
    for (const m of [...MONTHS_2022, '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08']) {
      for (const x of await products(await stats(m))) expect(isSmall(x), m).toBe(false);
    }
    for (const x of await products(await stats('2024-01', '2026-12', { regions: ['ULYTAU'] }))) expect(isSmall(x)).toBe(false);
  });

  it('gets the same answer however often and however the same cell is asked, and the same over CSV', async () => {
    const q = 'query($p: PeriodInput!) { stats(period: $p) { total { value suppressed } byRegion { key count { value suppressed } } } }';
    const answers = await Promise.all(Array.from({ length: 10 }, () => tp.gql(q, { p: period('2022-03') }, analyst)));
    expect(new Set(answers.map((a) => JSON.stringify(a.data)))).toHaveProperty('size', 1);
    const single = (await stats('2022-03')).total;
    expect((await stats('2021-06', '2022-03')).total).toEqual((await stats('2022-01', '2022-03')).total); // empty months around change nothing
    expect(bucket((await stats('2022-01', '2022-12')).byMonth, '2022-03')).toEqual(single);
    expect(bucket((await stats('2022-03')).byRegion, 'ULYTAU')).toEqual(single);
    expect((await stats('2022-03', '2022-03', { regions: ['ULYTAU'] })).total).toEqual(single);

    // CSV and GraphQL: the same figures for the same query.
    const filter = { regions: ['ULYTAU', 'ASTANA'], statuses: ['CLOSED', 'REGISTERED'] };
    const s = await stats('2022-04', '2022-06', filter);
    const res = await fetch(`${tp.url}/stats.csv?from=2022-04-01&to=2022-06-30&regions=ULYTAU,ASTANA&statuses=CLOSED,REGISTERED`, { headers: { authorization: `Bearer ${analyst}` } });
    const rows = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(','));
    const csv = (section: string, key: string, metric = 'count') => rows.find((r) => r[0] === section && r[1] === key && r[2] === metric)?.[3];
    const shown = (c: CountView) => (c.suppressed ? '<5' : String(c.value));
    expect(csv('total', 'all')).toBe(shown(s.total));
    for (const [section, list] of [['by_month', s.byMonth], ['by_region', s.byRegion], ['by_status', s.byStatus], ['by_platform', s.byPlatform], ['by_age_band', s.byAgeBand], ['by_outcome', s.byOutcome]] as const) {
      for (const b of list) expect(csv(section.replace('by_age_band', 'by_ageBand'), b.key), `${section} ${b.key}`).toBe(shown(b.count));
    }
    expect(csv('deadlines', 'all', 'overdue_now')).toBe(s.deadlines.overdueNow === null ? '' : String(s.deadlines.overdueNow));
    for (const r of rows.slice(1).filter((r) => r[2] === 'count' || r[2] === 'cases' || r[2] === 'prescriptions')) expect(isSmall(Number(r[3])), r.join(',')).toBe(false);
  });

  it('names repeat targets by platform and number only, never by URL', async () => {
    const q = `query($p: PeriodInput!) { stats(period: $p) { repeatTargets { target url platform number cases { value suppressed } } } }`;
    const forAnalyst = (await tp.gql(q, { p: period('2024-01', '2026-12') }, analyst)).data!.stats.repeatTargets as { target: string; url: string | null; platform: string | null; number: number; cases: CountView }[];
    expect(forAnalyst.length).toBeGreaterThan(0);
    for (const t of forAnalyst) {
      expect(t.url).toBeNull();
      expect(t.target).toBe(`${t.platform ?? 'other'} #${t.number}`);
      expect(isSmall(valueOf(t.cases))).toBe(false);
    }
    expect(JSON.stringify(forAnalyst)).not.toMatch(/https?:|www\.|\.com|@|bully|\//);
    const csv = await (await fetch(`${tp.url}/stats.csv?from=2024-01-01&to=2026-12-31`, { headers: { authorization: `Bearer ${analyst}` } })).text();
    expect(csv).not.toMatch(/https?:|bully/);
    const forChair = (await tp.gql(q, { p: period('2024-01', '2026-12') }, chair)).data!.stats.repeatTargets as { target: string; url: string }[];
    expect(forChair[0].url).toMatch(/^https:\/\//);
    expect(forChair[0].target).toBe(forChair[0].url);
  });
});
