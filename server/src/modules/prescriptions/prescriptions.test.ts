import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { caseInReview, confirmedCase, demoTokens, signDecisionByBoth, writeDecisionReasoning } from '../../test-support/scenarios.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';

let tp: TestPlatform;
let second: TestPlatform;
let site: Server;
let siteUrl: string;
const removed = new Set<string>();
let t: Record<string, string>;
const P = 'id number status deliveredAt removalDueAt urls checks { url state httpStatus } escalation { package }';

/**
 * A case decided CONFIRMED whose episodes point at the local test site; returns its prescription.
 * Signed by both (unless `signed: false`), the signatures moved `signedHoursAgo` back so a delivery
 * recorded a day late (to reach an escalation) still follows them.
 */
async function prescribed(opts: { signed?: boolean; signedHoursAgo?: number } = {}): Promise<{ caseId: string; decisionId: string; p: { id: string; urls: string[] } }> {
  const now = Date.now();
  const c = await confirmedCase(tp, t, { episodes: [
    { occurredAt: new Date(now - 5 * 86_400_000).toISOString(), url: `${siteUrl}/post/${now}-1`, contentKind: 'TEXT' },
    { occurredAt: new Date(now - 3 * 86_400_000).toISOString(), url: `${siteUrl}/post/${now}-2`, contentKind: 'TEXT' },
  ], resources: [] });
  if (opts.signed ?? true) {
    await signDecisionByBoth(tp, t, c.decision.id);
    const hours = opts.signedHoursAgo ?? 31;
    await query(tp.dbUrl, `update decision set chair_signed_at = now() - make_interval(hours => $2), secretary_signed_at = now() - make_interval(hours => $2) where id = $1`, [c.decision.id, hours]);
  } else {
    await writeDecisionReasoning(tp, t, c.decision.id); // ready to sign
  }
  return { caseId: c.id, decisionId: c.decision.id, p: c.prescriptions[0] };
}
const DELIVER = `mutation($p: ID!, $at: DateTimeISO) { deliverPrescription(prescriptionId: $p, deliveredAt: $at) { ${P} } }`;
const COMPLY = `mutation($p: ID!, $s: PrescriptionStatus!) { recordCompliance(prescriptionId: $p, status: $s) { ${P} } }`;
const caseStatus = async (id: string) => (await tp.gql('query($id: ID!) { case(id: $id) { status } }', { id }, t.chair)).data!.case.status;

beforeAll(async () => {
  site = createServer((req, res) => { res.statusCode = removed.has(req.url ?? '') ? 404 : 200; res.end('content'); });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  siteUrl = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
  tp = await startTestPlatform({ env: { RECHECK_ALLOW_PRIVATE: '1', RECHECK_TIMEOUT_MS: '1000' } });
  second = await startTestPlatform({ sameDatabaseAs: tp, env: { RECHECK_ALLOW_PRIVATE: '1' } });
  t = await demoTokens(tp);
});
afterAll(async () => {
  await second?.close();
  await tp?.close();
  await new Promise<void>((r) => site.close(() => r()));
});

describe('a prescription followed to compliance', () => {
  it('is delivered (the removal clock starts), re-checked over real HTTP, and complied: the case becomes COMPLIED', async () => {
    const { caseId, p } = await prescribed();
    const delivered = (await tp.gql(DELIVER, { p: p.id }, t.secretary)).data!.deliverPrescription;
    expect(delivered.status).toBe('DELIVERED');
    expect(new Date(delivered.removalDueAt).getTime() - new Date(delivered.deliveredAt).getTime()).toBe(24 * 3_600_000);
    removed.add(new URL(p.urls[0]).pathname);
    const checks = (await tp.gql<{ recheckPrescription: { url: string; state: string; httpStatus: number | null }[] }>('mutation($p: ID!) { recheckPrescription(prescriptionId: $p) { url state httpStatus } }', { p: p.id }, t.secretary)).data!.recheckPrescription;
    expect(checks.map((c) => [c.state, c.httpStatus])).toEqual([['GONE', 404], ['PRESENT', 200]]);
    expect((await tp.gql(COMPLY, { p: p.id, s: 'COMPLIED' }, t.secretary)).data!.recordCompliance.status).toBe('COMPLIED');
    expect(await caseStatus(caseId)).toBe('COMPLIED');
  });

  it('escalates a prescription not complied with past its deadline, bundling the decision, evidence hashes and re-checks', async () => {
    const { caseId, p } = await prescribed();
    await tp.gql(DELIVER, { p: p.id, at: new Date(Date.now() - 30 * 3_600_000).toISOString() }, t.secretary);
    await tp.gql('mutation($p: ID!) { recheckPrescription(prescriptionId: $p) { state } }', { p: p.id }, t.secretary);
    await tp.gql(COMPLY, { p: p.id, s: 'NOT_COMPLIED' }, t.secretary);
    const escalated = await tp.gql('mutation($p: ID!) { escalatePrescription(prescriptionId: $p) { package } }', { p: p.id }, t.chair);
    const pkg = escalated.data!.escalatePrescription.package;
    expect(pkg.decision.protocolNumber).toMatch(/^П-/);
    expect(pkg.prescription.urls).toEqual(p.urls);
    expect(pkg.rechecks).toHaveLength(2);
    expect(await caseStatus(caseId)).toBe('ESCALATED');
  });

  it('runs scheduled work exactly once with two instances: the re-check after the deadline', async () => {
    const { caseId, p } = await prescribed();
    await tp.gql(DELIVER, { p: p.id, at: new Date(Date.now() - 25 * 3_600_000).toISOString() }, t.secretary);
    await query(tp.dbUrl, `update scheduled_job set run_at = now() - interval '1 second' where payload->>'prescriptionId' = $1`, [p.id]);
    await Promise.all([tp.platform.jobs.tick(), second.platform.jobs.tick(), tp.platform.jobs.tick()]);
    const jobs = await query<{ kind: string; attempts: number }>(tp.dbUrl, `select kind, attempts from scheduled_job where payload->>'prescriptionId' = $1 and done_at is not null order by kind`, [p.id]);
    expect(jobs).toEqual([{ kind: 'prescription.recheck', attempts: 0 }, { kind: 'prescription.reminder', attempts: 0 }, { kind: 'prescription.undelivered', attempts: 0 }]);
    const rechecks = await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from case_event where kind = 'prescription.rechecked' and payload->>'prescriptionId' = $1`, [p.id]);
    expect(rechecks[0].n).toBe(1);
    const reminders = await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from notification where kind = 'prescription.deadline' and case_id = $1`, [caseId]);
    expect(reminders[0].n).toBe(1); // one secretary, one reminder
  });

  it('closes a round at its deadline once, whichever instance takes the job', async () => {
    const c = await caseInReview(tp, t);
    const round = (await tp.gql('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, t.chair)).data!.openVoting;
    await query(tp.dbUrl, `update voting_round set deadline_at = now() - interval '1 second' where id = $1`, [round.id]);
    await query(tp.dbUrl, `update scheduled_job set run_at = now() - interval '1 second' where payload->>'roundId' = $1`, [round.id]);
    await Promise.all([tp.platform.jobs.tick(), second.platform.jobs.tick()]);
    const closed = await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from case_event where case_id = $1 and kind = 'voting.closed'`, [c.id]);
    expect(closed[0].n).toBe(1);
    expect(await caseStatus(c.id)).toBe('IN_REVIEW'); // nobody voted: no quorum
  });
});

describe('refusals change nothing', () => {
  it.each([
    ['marking compliance before delivery', async (p: string) => [COMPLY, { p, s: 'COMPLIED' }, 'secretary'], 'INVALID_TRANSITION'],
    ['delivering twice', async (p: string) => { await tp.gql(DELIVER, { p }, t.secretary); return [DELIVER, { p }, 'secretary']; }, 'INVALID_TRANSITION'],
    ['delivering a prescription that was never issued', async () => [DELIVER, { p: '00000000-0000-4000-8000-000000000000' }, 'secretary'], 'NOT_FOUND'],
    ['a delivery time in the future', async (p: string) => [DELIVER, { p, at: new Date(Date.now() + 86_400_000).toISOString() }, 'secretary'], 'BAD_USER_INPUT'],
    ['escalating before the deadline', async (p: string) => {
      await tp.gql(DELIVER, { p }, t.secretary);
      await tp.gql(COMPLY, { p, s: 'NOT_COMPLIED' }, t.secretary);
      return ['mutation($p: ID!) { escalatePrescription(prescriptionId: $p) { package } }', { p }, 'chair'];
    }, 'INVALID_TRANSITION'],
    ['a member recording delivery', async (p: string) => [DELIVER, { p }, 'member1'], 'FORBIDDEN'],
    ['compliance recorded as ESCALATED', async (p: string) => { await tp.gql(DELIVER, { p }, t.secretary); return [COMPLY, { p, s: 'ESCALATED' }, 'secretary']; }, 'BAD_USER_INPUT'],
  ] as [string, (p: string) => Promise<[string, Record<string, unknown>, string]>, string][])('refuses %s', async (_w, setup, code) => {
    const { p } = await prescribed();
    const [doc, vars, who] = await setup(p.id);
    const before = await tp.snapshot();
    const r = await tp.gql(doc, vars, t[who]);
    expect(codeOf(r)).toBe(code);
    expect(await tp.snapshot()).toEqual(before);
  });
});

describe('delivery waits for the signed decision', () => {
  const SIGN = 'mutation($d: ID!) { signDecision(decisionId: $d) { id } }';

  it.each([
    ['before anyone signed', [] as string[]],
    ['signed by the chair only', ['chair']],
    ['signed by the secretary only', ['secretary']],
  ])('refuses delivery %s with INVALID_TRANSITION, and changes nothing', async (_w, signers) => {
    const { decisionId, p } = await prescribed({ signed: false });
    for (const who of signers) await tp.gql(SIGN, { d: decisionId }, t[who]);
    const before = await tp.snapshot();
    const r = await tp.gql(DELIVER, { p: p.id }, t.secretary);
    expect(codeOf(r)).toBe('INVALID_TRANSITION');
    expect(r.errors![0].extensions!.messages).toMatchObject({ kk: expect.stringMatching(/қол қойғаннан кейін/), ru: expect.stringMatching(/подписания решения/) });
    expect(await tp.snapshot()).toEqual(before);
  });

  it('accepts delivery once both the chair and the secretary have signed', async () => {
    const { decisionId, p } = await prescribed({ signed: false });
    await tp.gql(SIGN, { d: decisionId }, t.chair);
    expect(codeOf(await tp.gql(DELIVER, { p: p.id }, t.secretary))).toBe('INVALID_TRANSITION');
    await tp.gql(SIGN, { d: decisionId }, t.secretary);
    const r = await tp.gql(DELIVER, { p: p.id }, t.secretary);
    expect(r.errors).toBeUndefined();
    expect(r.data!.deliverPrescription.status).toBe('DELIVERED');
  });

  it.each([
    ['backdated beyond the limit (4 days, the default limit is 3)', { signedHoursAgo: 24 * 5 }, 4 * 24, /3 day/],
    ['backdated to the year 2000', { signedHoursAgo: 24 * 5 }, (Date.now() - Date.parse('2000-01-01T00:00:00Z')) / 3_600_000, /3 day/],
    ['before the decision was signed', { signedHoursAgo: 2 }, 3, /signing of the decision/],
  ])('refuses a delivery time %s with BAD_USER_INPUT, and changes nothing', async (_w, opts, hoursAgo, message) => {
    const { p } = await prescribed(opts);
    const before = await tp.snapshot();
    const r = await tp.gql(DELIVER, { p: p.id, at: new Date(Date.now() - hoursAgo * 3_600_000).toISOString() }, t.secretary);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(message);
    expect(await tp.snapshot()).toEqual(before);
  });

  it('accepts a delivery time after the signing within the limit', async () => {
    const { p } = await prescribed({ signedHoursAgo: 24 * 5 });
    const r = await tp.gql(DELIVER, { p: p.id, at: new Date(Date.now() - 2 * 86_400_000).toISOString() }, t.secretary);
    expect(r.data!.deliverPrescription.status).toBe('DELIVERED');
  });
});

describe('the demo panel (and every delivery made here)', () => {
  it('delivers prescriptions only under decisions signed by both, and not before the signing', async () => {
    const [row] = await query<{ delivered: number; unsigned: number }>(tp.dbUrl, `
      select count(*)::int as delivered,
             count(*) filter (where d.chair_signed_at is null or d.secretary_signed_at is null
                                 or p.delivered_at < greatest(d.chair_signed_at, d.secretary_signed_at))::int as unsigned
        from prescription p join decision d on d.id = p.decision_id
       where p.delivered_at is not null`);
    expect(row.delivered).toBeGreaterThan(0);
    expect(row.unsigned).toBe(0);
  });
});
