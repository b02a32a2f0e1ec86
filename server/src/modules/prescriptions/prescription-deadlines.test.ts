// The removal deadline of a prescription on the test clock (shared/clock.ts): the secretaries are
// reminded before it, every URL is re-checked over real HTTP after it (a local site stands in for
// the platform; RECHECK_ALLOW_PRIVATE lets the checker reach it), and escalation waits for it.
// Before it: a prescription not delivered is brought to the secretaries 4 h after its decision is
// signed by both the chair and the secretary (it cannot be sent before), then daily, until it is delivered.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../shared/clock.js';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { confirmedCase, demoTokens, signDecisionByBoth, writeDecisionReasoning } from '../../test-support/scenarios.js';
import { activeAccount, createAccount } from '../members/accounts.fixtures.js';

const HOUR = 3_600_000;
const clock = new TestClock();
let tp: TestPlatform;
let site: Server;
let siteUrl: string;
const removed = new Set<string>();
let t: Record<string, string>;

beforeAll(async () => {
  site = createServer((req, res) => { res.statusCode = removed.has(req.url ?? '') ? 404 : 200; res.end('content'); });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  siteUrl = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
  tp = await startTestPlatform({ env: { RECHECK_ALLOW_PRIVATE: '1', RECHECK_TIMEOUT_MS: '1000' }, clock });
  t = await demoTokens(tp);
});
afterAll(async () => {
  await tp?.close();
  await new Promise<void>((r) => site.close(() => r()));
});

/** A case decided CONFIRMED whose two episodes are on the local site, its decision signed by both unless `signed` is false; returns its one prescription. */
async function prescribed(signed = true): Promise<{ caseId: string; decisionId: string; p: { id: string; urls: string[] } }> {
  const now = clock.nowMs();
  const c = await confirmedCase(tp, t, { episodes: [
    { occurredAt: new Date(now - 5 * 24 * HOUR).toISOString(), url: `${siteUrl}/post/${now}-1`, contentKind: 'TEXT' },
    { occurredAt: new Date(now - 3 * 24 * HOUR).toISOString(), url: `${siteUrl}/post/${now}-2`, contentKind: 'TEXT' },
  ], resources: [] });
  if (signed) await signDecisionByBoth(tp, t, c.decision.id);
  else await writeDecisionReasoning(tp, t, c.decision.id); // ready to sign
  return { caseId: c.id, decisionId: c.decision.id, p: c.prescriptions[0] };
}

const DELIVER = 'mutation($p: ID!) { deliverPrescription(prescriptionId: $p) { deliveredAt removalDueAt } }';
const COMPLY = 'mutation($p: ID!, $s: PrescriptionStatus!) { recordCompliance(prescriptionId: $p, status: $s) { status } }';
const SIGN = 'mutation($d: ID!) { signDecision(decisionId: $d) { id } }';
const ESCALATE = 'mutation($p: ID!) { escalatePrescription(prescriptionId: $p) { package } }';
const reminders = async (caseId: string) => (await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from notification where kind = 'prescription.deadline' and case_id = $1`, [caseId]))[0].n;
const rechecks = (prescriptionId: string) => query<{ payload: Record<string, unknown> }>(tp.dbUrl, `select payload from case_event where kind = 'prescription.rechecked' and payload->>'prescriptionId' = $1`, [prescriptionId]);

/** Delivers now (on the clock) and returns the removal deadline. */
async function deliverNow(id: string): Promise<number> {
  const d = (await tp.gql(DELIVER, { p: id }, t.secretary)).data!.deliverPrescription;
  expect(d.deliveredAt).toBe(clock.now().toISOString());
  expect(new Date(d.removalDueAt).getTime()).toBe(clock.nowMs() + 24 * HOUR);
  return clock.nowMs() + 24 * HOUR;
}

describe('the removal deadline of a prescription', () => {
  it('reminds the secretaries 2 h before it, re-checks every URL 5 min after it, and lets the chair escalate only then', async () => {
    const { caseId, p } = await prescribed();
    const due = await deliverNow(p.id);
    removed.add(new URL(p.urls[0]).pathname); // the platform took one of the two down
    expect((await tp.gql(COMPLY, { p: p.id, s: 'NOT_COMPLIED' }, t.secretary)).data!.recordCompliance.status).toBe('NOT_COMPLIED');

    clock.set(due - 2 * HOUR - 1);
    await tp.platform.jobs.tick();
    expect(await reminders(caseId)).toBe(0);
    // NOT_COMPLIED is no reason to remind: only a DELIVERED one is still awaited.
    clock.set(due - 2 * HOUR);
    await tp.platform.jobs.tick();
    expect(await reminders(caseId)).toBe(0);

    // Before the deadline (on the clock) escalation is refused and changes nothing.
    clock.set(due - 1);
    const before = await tp.snapshot();
    expect(codeOf(await tp.gql(ESCALATE, { p: p.id }, t.chair))).toBe('INVALID_TRANSITION');
    expect(await tp.snapshot()).toEqual(before);

    clock.set(due + 5 * 60_000 - 1);
    await tp.platform.jobs.tick();
    expect(await rechecks(p.id)).toEqual([]);
    clock.set(due + 5 * 60_000);
    await tp.platform.jobs.tick();
    expect((await rechecks(p.id)).map((r) => r.payload)).toEqual([expect.objectContaining({ GONE: 1, PRESENT: 1, UNREACHABLE: 0 })]);
    const checks = (await tp.gql('query($id: ID!) { case(id: $id) { prescriptions { checks { url state httpStatus } } } }', { id: caseId }, t.secretary)).data!.case.prescriptions[0].checks;
    expect(checks).toEqual(expect.arrayContaining([{ url: p.urls[0], state: 'GONE', httpStatus: 404 }, { url: p.urls[1], state: 'PRESENT', httpStatus: 200 }]));

    const escalated = (await tp.gql(ESCALATE, { p: p.id }, t.chair)).data!.escalatePrescription.package;
    expect(escalated.prescription.removalDueAt).toBe(new Date(due).toISOString());
    expect(escalated.rechecks).toHaveLength(2);
  });

  it('reminds each secretary once, 2 h before the deadline, while the prescription is still only delivered', async () => {
    const { caseId, p } = await prescribed();
    const due = await deliverNow(p.id);
    clock.set(due - 2 * HOUR);
    await tp.platform.jobs.tick();
    const secretaries = await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from member where role = 'SECRETARY' and active`);
    expect(await reminders(caseId)).toBe(secretaries[0].n);
    clock.set(due + HOUR);
    await tp.platform.jobs.tick();
    expect(await reminders(caseId)).toBe(secretaries[0].n);
    const jobs = await query<{ kind: string; done_at: Date }>(tp.dbUrl, `select kind, done_at from scheduled_job where payload->>'prescriptionId' = $1 order by kind`, [p.id]);
    expect(jobs).toEqual([
      { kind: 'prescription.recheck', done_at: new Date(due + HOUR) },
      { kind: 'prescription.reminder', done_at: new Date(due - 2 * HOUR) },
      { kind: 'prescription.undelivered', done_at: new Date(due - 2 * HOUR) }, // it ran, found it delivered, and did nothing
    ]);
  });
});

describe('a prescription issued but not yet delivered', () => {
  /** Notifications of the kind about the case, per member. */
  const undelivered = async (caseId: string) => Object.fromEntries((await query<{ member_id: string; n: number }>(tp.dbUrl,
    `select member_id::text, count(*)::int as n from notification where kind = 'prescription.undelivered' and case_id = $1 group by member_id`, [caseId])).map((r) => [r.member_id, r.n]));
  const undeliveredJobs = (prescriptionId: string) => query<{ run_at: Date; done_at: Date | null; failed_at: Date | null }>(tp.dbUrl,
    `select run_at, done_at, failed_at from scheduled_job where kind = 'prescription.undelivered' and payload->>'prescriptionId' = $1 order by run_at`, [prescriptionId]);
  let secretaries: string[];
  /** Each active secretary with `n` notifications, and nobody else with any. */
  const each = (n: number) => Object.fromEntries(secretaries.map((id) => [id, n]));

  beforeAll(async () => {
    // A second active secretary, and one still waiting for approval (not active): only the active ones hear of it.
    const [agency] = (await tp.gql('{ agencies { id } }', {}, t.admin)).data!.agencies as { id: string }[];
    const tokens = { admin: t.admin, chair: t.chair };
    await activeAccount(tp, tokens, { email: 'secretary2@undelivered.test', role: 'SECRETARY', agencyId: agency.id, password: 'second-secretary-pass' });
    await createAccount(tp, tokens, { email: 'secretary3@undelivered.test', role: 'SECRETARY', agencyId: agency.id });
    secretaries = (await query<{ id: string }>(tp.dbUrl, `select id::text from member where role = 'SECRETARY' and active order by id`)).map((r) => r.id);
    expect(secretaries).toHaveLength(2);
  });

  it('reminds every active secretary 4 h after the decision is signed by both and then daily, and stops once it is delivered', async () => {
    const { caseId, decisionId, p } = await prescribed(false);
    // Unsigned, it cannot be sent: nothing is due 4 h after issue, nor after the chair alone signs.
    clock.advance(4 * HOUR);
    await tp.platform.jobs.tick();
    expect(await undelivered(caseId)).toEqual({});
    await tp.gql(SIGN, { d: decisionId }, t.chair);
    clock.advance(5 * HOUR);
    await tp.platform.jobs.tick();
    expect(await undelivered(caseId)).toEqual({});
    expect(await undeliveredJobs(p.id)).toEqual([]);
    clock.advance(HOUR);
    await tp.gql(SIGN, { d: decisionId }, t.secretary);
    const issuedAt = clock.nowMs(); // the final signature: the reminders count from here

    clock.set(issuedAt + 4 * HOUR - 1);
    await tp.platform.jobs.tick();
    expect(await undelivered(caseId)).toEqual({});
    clock.set(issuedAt + 4 * HOUR);
    await tp.platform.jobs.tick();
    expect(await undelivered(caseId)).toEqual(each(1));
    // The inbox says what it is about.
    const inbox = (await tp.gql('{ notifications { kind case { id } } }', {}, t.secretary)).data!.notifications as { kind: string; case: { id: string } }[];
    expect(inbox.filter((n) => n.case.id === caseId)).toEqual([{ kind: 'prescription.undelivered', case: { id: caseId } }]);

    // Still not delivered a day later: once more each.
    clock.set(issuedAt + 28 * HOUR - 1);
    await tp.platform.jobs.tick();
    expect(await undelivered(caseId)).toEqual(each(1));
    clock.set(issuedAt + 28 * HOUR);
    await tp.platform.jobs.tick();
    expect(await undelivered(caseId)).toEqual(each(2));

    // Delivered: the next run finds it so, sends nothing and schedules nothing.
    await deliverNow(p.id);
    clock.set(issuedAt + 52 * HOUR);
    await tp.platform.jobs.tick();
    expect(await undelivered(caseId)).toEqual(each(2));
    expect(await undeliveredJobs(p.id)).toEqual([4, 28, 52].map((h) => ({ run_at: new Date(issuedAt + h * HOUR), done_at: new Date(issuedAt + h * HOUR), failed_at: null })));
  });

  it('keeps the pending reminder of a prescription issued before reminders waited for the signatures: no second chain', async () => {
    const issuedAt = clock.nowMs();
    const { decisionId, p } = await prescribed(false);
    // As the previous version left it: the first reminder scheduled 4 h after issue.
    await query(tp.dbUrl, `insert into scheduled_job (kind, run_at, payload, attempts, created_at) values ('prescription.undelivered', $1, $2, 0, now())`, [new Date(issuedAt + 4 * HOUR), { prescriptionId: p.id }]);
    clock.advance(HOUR);
    await tp.gql(SIGN, { d: decisionId }, t.chair);
    await tp.gql(SIGN, { d: decisionId }, t.secretary);
    expect((await undeliveredJobs(p.id)).map((j) => j.run_at)).toEqual([new Date(issuedAt + 4 * HOUR)]);
  });

  it('never reminds of a prescription delivered within the 4 h after signing', async () => {
    const issuedAt = clock.nowMs();
    const { caseId, p } = await prescribed();
    clock.set(issuedAt + 4 * HOUR - 1);
    await deliverNow(p.id);
    clock.set(issuedAt + 4 * HOUR);
    await tp.platform.jobs.tick();
    expect(await undelivered(caseId)).toEqual({});
    // It ran, found it delivered, and nothing of the kind is left to run.
    expect(await undeliveredJobs(p.id)).toEqual([{ run_at: new Date(issuedAt + 4 * HOUR), done_at: new Date(issuedAt + 4 * HOUR), failed_at: null }]);
  });
});
