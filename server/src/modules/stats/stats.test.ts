import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { confirmedCase, demoTokens } from '../../test-support/scenarios.js';
import { cellKey, perturb } from './perturbation.js';
import { countView } from './suppression.js';

let tp: TestPlatform;
let t: Record<string, string>;
const MARCH = { from: '2025-03-01', to: '2025-03-31' };

/** An application received in March 2025 (no demo case is that old), from a region, about one platform. */
function march(day: number, region: string, birthDate: string, host: string) {
  const received = new Date(`2025-03-${String(day).padStart(2, '0')}T10:00:00+05:00`);
  const at = (d: number) => new Date(received.getTime() - d * 86_400_000).toISOString();
  return {
    receivedAt: received.toISOString(),
    child: { name: 'Бала', birthDate, region },
    episodes: [{ occurredAt: at(6), url: `https://www.${host}/p/${day}a`, contentKind: 'TEXT' }, { occurredAt: at(3), url: `https://www.${host}/p/${day}b`, contentKind: 'TEXT' }],
    resources: [{ url: `https://www.${host}/bully_account?utm=${day}`, description: null }],
  };
}

const STATS = `query($p: PeriodInput!, $f: StatsFilter) { stats(period: $p, filter: $f) {
  total { value suppressed }
  byStatus { key count { value suppressed } } byRegion { key count { value suppressed } } byPlatform { key count { value suppressed } }
  byAgeBand { key count { value suppressed } } byMonth { key count { value } } byOutcome { key count { value } } byVoterAgencyKind { key count { value } }
  decisionTime { key medianHours p90Hours count { value } } deadlines { decidedWithinDeadline extended overdueNow }
  compliance { platform prescriptions { value } complied } repeatTargets { target cases { value } } } }`;
const view = (buckets: { key: string; count: { value: number | null; suppressed?: boolean } }[]) =>
  Object.fromEntries(buckets.map((b) => [b.key, b.count.suppressed ? '<5' : b.count.value]));

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
  // Five confirmed in Astana about TikTok (age 12), one more registered there, three registered in Almaty about Instagram (age 16).
  for (let d = 1; d <= 5; d++) await confirmedCase(tp, t, march(d, 'ASTANA', '2012-04-15', 'tiktok.com'));
  await tp.gql(REGISTER, { input: applicationInput(march(6, 'ASTANA', '2012-04-15', 'tiktok.com')) }, t.secretary);
  for (let d = 7; d <= 9; d++) await tp.gql(REGISTER, { input: applicationInput(march(d, 'ALMATY_CITY', '2009-01-01', 'instagram.com')) }, t.secretary);
}, 120_000);
afterAll(() => tp.close());

/**
 * What the analyst must get for March: each breakdown's cells perturbed by the table, from the true
 * count and key sum of its cases (the whole filter is one month, so one cell per bucket).
 */
async function perturbedFromDb(key: string, from = `"case" c`, where = 'true') {
  const db = new pg.Client({ connectionString: tp.dbUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ key: string; n: string; k: string }>(`select ${key} as key, count(*) as n, sum(c."record_key") as k from ${from}
      where c."received_at" >= '2025-03-01T00:00:00+05:00' and c."received_at" < '2025-04-01T00:00:00+05:00' and ${where} group by 1`);
    return Object.fromEntries(rows.map((r) => {
      const c = countView({ n: Number(r.n), shown: perturb(Number(r.n), cellKey(Number(r.k))) });
      return [r.key, c.suppressed ? '<5' : c.value];
    }));
  } finally {
    await db.end();
  }
}

describe('stats', () => {
  it('gives the analyst every breakdown perturbed by its cell key, never a count from 1 to 4', async () => {
    const r = await tp.gql(STATS, { p: MARCH }, t.analyst);
    expect(r.errors).toBeUndefined();
    const s = r.data!.stats;
    const all = await perturbedFromDb(`'all'`);
    expect(s.total.suppressed ? '<5' : s.total.value).toBe(all.all);
    expect(view(s.byStatus)).toEqual(await perturbedFromDb('c."status"'));
    expect(view(s.byRegion)).toEqual(await perturbedFromDb('c."child_region"'));
    expect(view(s.byPlatform)).toEqual(await perturbedFromDb('p."code"', `"case" c join "platform" p on p."id" = any(c."platform_ids")`));
    expect(view(s.byAgeBand)).toEqual(await perturbedFromDb('c."child_age_band"'));
    expect(view(s.byMonth)).toEqual({ '2025-03': all.all });
    expect(view(s.byOutcome)).toEqual(await perturbedFromDb('c."outcome"', `"case" c`, 'c."outcome" is not null'));
    expect(view(s.byVoterAgencyKind)).toEqual(await perturbedFromDb(`'STATE_BODY'`, `"case" c`, 'c."decided_at" is not null'));
    expect(s.decisionTime).toHaveLength(1);
    expect(s.decisionTime[0].count.value).toBe((await perturbedFromDb(`'all'`, `"case" c`, 'c."decided_at" is not null')).all);
    expect(s.decisionTime[0].medianHours).toBeGreaterThan(24 * 200); // decided today, received in March 2025
    // Nothing decided within the deadline or extended; 4 registered cases overdue: the published 0 or 5 of 4, over the published 9.
    const overdue = (await perturbedFromDb(`'all'`, `"case" c`, `c."status" = 'REGISTERED'`)).all as number | '<5';
    expect(s.deadlines).toEqual({ decidedWithinDeadline: 0, extended: 0, overdueNow: overdue === '<5' ? 0 : Math.round((overdue / s.total.value) * 1000) / 1000 });
    expect(s.compliance).toEqual([{ platform: 'tiktok', prescriptions: { value: expect.any(Number) }, complied: 0 }]);
    for (const c of [s.total, ...[s.byStatus, s.byRegion, s.byPlatform, s.byAgeBand, s.byOutcome].flat().map((b: { count: { value: number | null } }) => b.count)]) {
      expect(c.value === null || c.value === 0 || c.value >= 5).toBe(true);
    }
    // Repeat targets by platform and number, never the URL.
    expect(s.repeatTargets.map((x: { target: string }) => x.target).sort()).toEqual(['instagram #1', 'tiktok #1']);
    expect(JSON.stringify(s.repeatTargets)).not.toMatch(/http|bully|\//);
  });

  it('shows the chair the exact small counts', async () => {
    const s = (await tp.gql(STATS, { p: MARCH }, t.chair)).data!.stats;
    expect(view(s.byStatus)).toEqual({ PRESCRIBED: 5, REGISTERED: 4 });
    expect(view(s.byRegion)).toEqual({ ASTANA: 6, ALMATY_CITY: 3 });
  });

  it('filters by platform, region and status', async () => {
    const total = async (f: object, who = 'chair') => (await tp.gql('query($p: PeriodInput!, $f: StatsFilter) { stats(period: $p, filter: $f) { total { value suppressed } } }', { p: MARCH, f }, t[who])).data!.stats.total;
    expect(await total({ platforms: ['instagram'] })).toEqual({ value: 3, suppressed: false });
    const instagram = (await perturbedFromDb(`'x'`, `"case" c`, `c."child_region" = 'ALMATY_CITY'`)).x; // the same 3 cases
    expect(await total({ platforms: ['instagram'] }, 'analyst')).toEqual(instagram === '<5' ? { value: null, suppressed: true } : { value: instagram, suppressed: false });
    expect(await total({ regions: ['ASTANA'], statuses: ['PRESCRIBED'] })).toEqual({ value: 5, suppressed: false });
    expect(await total({ regions: ['ZHETISU'] }, 'analyst')).toEqual({ value: 0, suppressed: false });
  });

  it('shows the work of members to the chair and the admin, not to the analyst', async () => {
    const Q = 'query($p: PeriodInput!) { stats(period: $p) { panelWorkByMember { name agencyKind cases votes } panelWorkByAgency { name cases } } }';
    type PanelWork = { stats: { panelWorkByMember: { name: string; agencyKind: string; cases: number; votes: number }[]; panelWorkByAgency: { name: string; cases: number }[] } };
    const chair = (await tp.gql<PanelWork>(Q, { p: MARCH }, t.chair)).data!.stats;
    expect(chair.panelWorkByMember.find((m) => m.name === 'Әсел Нұрланқызы')).toEqual({ name: 'Әсел Нұрланқызы', agencyKind: 'STATE_BODY', cases: 5, votes: 5 });
    expect(codeOf(await tp.gql(Q, { p: MARCH }, t.analyst))).toBe('FORBIDDEN');
    expect(codeOf(await tp.gql(Q, { p: MARCH }, t.admin))).toBeUndefined();
  });

  it.each([
    ['a period whose end is before its start', { from: '2025-03-31', to: '2025-03-01' }, undefined, 'analyst', 'BAD_USER_INPUT'],
    ['an analyst\'s period that is not whole months', { from: '2025-03-01', to: '2025-03-30' }, undefined, 'analyst', 'BAD_USER_INPUT'],
    ['an admin\'s period that is not whole months', { from: '2025-03-02', to: '2025-03-31' }, undefined, 'admin', 'BAD_USER_INPUT'],
    ['a period longer than 10 years', { from: '2010-01-01', to: '2025-03-01' }, undefined, 'analyst', 'BAD_USER_INPUT'],
    ['a date that does not exist', { from: '2025-02-30', to: '2025-03-01' }, undefined, 'analyst', 'BAD_USER_INPUT'],
    ['an unknown platform', MARCH, { platforms: ['myspace'] }, 'analyst', 'BAD_USER_INPUT'],
    ['an unknown region', MARCH, { regions: ['ATLANTIS'] }, 'analyst', 'BAD_USER_INPUT'],
    ['a member', MARCH, undefined, 'member1', 'FORBIDDEN'],
    ['no token', MARCH, undefined, 'nobody', 'UNAUTHENTICATED'],
  ])('refuses %s before any aggregate runs', async (_w, p, f, who, code) => {
    const r = await tp.gql('query($p: PeriodInput!, $f: StatsFilter) { stats(period: $p, filter: $f) { total { value } } }', { p, f }, t[who]);
    expect(codeOf(r)).toBe(code);
    expect(r.data).toBeFalsy();
  });

  it('gives the chair any days', async () => {
    const r = await tp.gql('query($p: PeriodInput!) { stats(period: $p) { total { value } } }', { p: { from: '2025-03-05', to: '2025-03-08' } }, t.chair);
    expect(r.data!.stats.total.value).toBe(4); // received on the 5th, 6th, 7th and 8th
  });

  it('exports the same figures as CSV, with the same perturbation', async () => {
    const csv = async (who: string, query = 'from=2025-03-01&to=2025-03-31') => {
      const res = await fetch(`${tp.url}/stats.csv?${query}`, { headers: t[who] ? { authorization: `Bearer ${t[who]}` } : {} });
      return { status: res.status, text: (await res.text()).replace(/^\uFEFF/, '') };
    };
    const analyst = await csv('analyst');
    expect(analyst.status).toBe(200);
    const rows = analyst.text.trim().split('\r\n').map((l) => l.split(','));
    const value = (section: string, key: string, metric = 'count') => rows.find((r) => r[0] === section && r[1] === key && r[2] === metric)?.[3];
    const gql = (await tp.gql(STATS, { p: MARCH }, t.analyst)).data!.stats;
    expect(value('total', 'all')).toBe(String(gql.total.value));
    const shown = (c: { value: number | null; suppressed?: boolean }) => (c.suppressed ? '<5' : String(c.value));
    for (const b of gql.byRegion) expect(value('by_region', b.key)).toBe(shown(b.count));
    for (const b of gql.byPlatform) expect(value('by_platform', b.key)).toBe(shown(b.count));
    expect(value('deadlines', 'all', 'overdue_now')).toBe(gql.deadlines.overdueNow === null ? '' : String(gql.deadlines.overdueNow));
    for (const x of gql.repeatTargets) expect(value('repeat_targets', x.target, 'cases')).toBe(String(x.cases.value ?? '<5'));
    expect(analyst.text).not.toMatch(/http|bully/);
    expect((await csv('chair')).text).toContain('repeat_targets,https://www.tiktok.com/bully_account,cases,6');
    expect((await csv('analyst', 'from=2025-03-01&to=2025-03-30')).status).toBe(400);
    expect((await csv('chair')).text).toContain('by_region,ALMATY_CITY,count,3');
    expect((await csv('member1')).status).toBe(403);
    expect((await csv('nobody')).status).toBe(401);
    expect((await csv('analyst', 'from=2025-03-31&to=2025-03-01')).status).toBe(400);
    expect((await csv('analyst', 'from=2025-03-01&to=2025-03-31&regions=ATLANTIS')).status).toBe(400);
    // Names of Object.prototype are not regions.
    for (const region of ['constructor', 'toString', '__proto__']) expect((await csv('analyst', `from=2025-03-01&to=2025-03-31&regions=${region}`)).status).toBe(400);
  });

  it('lets no analyst reach a case or personal data', async () => {
    expect(codeOf(await tp.gql('{ cases { totalCount } }', {}, t.analyst))).toBe('FORBIDDEN');
    expect(codeOf(await tp.gql('{ notifications { id } }', {}, t.analyst))).toBe('FORBIDDEN');
  });
});
