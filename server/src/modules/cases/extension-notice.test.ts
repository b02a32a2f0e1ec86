// The decision deadline and its extension on the working-day calendar, on the test clock
// (shared/clock.ts): due 3 working days after receipt (16 December, Independence Day, skipped), an
// extension tells when the applicant must hear of it (2 working days), the secretaries are reminded
// a day before that, a later extension replaces the earlier reminder, and the case is overdue only
// once the extended deadline has passed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../shared/clock.js';
import { query } from '../../test-support/databases.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ALL_MET, caseInReview, demoTokens } from '../../test-support/scenarios.js';

const clock = new TestClock();
let tp: TestPlatform;
let t: Record<string, string>;

beforeAll(async () => {
  tp = await startTestPlatform({ clock });
  t = await demoTokens(tp);
});
afterAll(() => tp?.close());

const EXTEND = 'mutation($id: ID!, $reason: String!, $dueAt: DateTimeISO) { extendDeadline(caseId: $id, reason: $reason, dueAt: $dueAt) { dueAt extension { extendedAt dueAt applicantNoticeDueAt } } }';
const notices = async (caseId: string) => (await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from notification where kind = 'case.extension_notice' and case_id = $1`, [caseId]))[0].n;
const activeSecretaries = async () => (await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from member where role = 'SECRETARY' and active`))[0].n;
/** Midnight at the end of a Kazakhstan day (UTC+5), as the API writes it. */
const endOfKzDay = (date: string) => new Date(new Date(`${date}T00:00:00+05:00`).getTime() + 86_400_000).toISOString();

describe('the decision deadline and its extension', () => {
  it('follows the working-day calendar, reminds of the applicant notice, and turns overdue only past the extended deadline', async () => {
    clock.set(new Date('2026-12-14T10:00:00+05:00')); // a Monday in Astana
    const c = await caseInReview(tp, t, { receivedAt: clock.now().toISOString() });
    const read = async () => (await tp.gql('query($id: ID!) { case(id: $id) { dueAt overdue } }', { id: c.id }, t.secretary)).data!.case;
    // Tue 15, (Wed 16 is a holiday), Thu 17, Fri 18.
    expect(await read()).toEqual({ dueAt: endOfKzDay('2026-12-18'), overdue: false });

    // Extended on Tuesday: the applicant must hear of it by the end of Friday (Thu 17, Fri 18).
    clock.set(new Date('2026-12-15T10:00:00+05:00'));
    const first = await tp.gql(EXTEND, { id: c.id, reason: 'Запрос платформе', dueAt: endOfKzDay('2026-12-22') }, t.chair);
    expect(first.errors).toBeUndefined();
    expect(first.data!.extendDeadline.extension).toEqual({ extendedAt: clock.now().toISOString(), dueAt: endOfKzDay('2026-12-22'), applicantNoticeDueAt: endOfKzDay('2026-12-18') });

    // Extended again on Thursday to the latest allowed (15 calendar days after receipt): notice by Monday's end.
    clock.set(new Date('2026-12-17T10:00:00+05:00'));
    const second = await tp.gql(EXTEND, { id: c.id, reason: 'Ответ платформы не получен' }, t.chair);
    expect(second.data!.extendDeadline).toMatchObject({ dueAt: endOfKzDay('2026-12-29'), extension: { applicantNoticeDueAt: endOfKzDay('2026-12-21') } });

    // The first extension's reminder falls due (a day before its notice time) but was replaced: nothing.
    clock.set(new Date(endOfKzDay('2026-12-17')));
    await tp.platform.jobs.tick();
    expect(await notices(c.id)).toBe(0);
    const jobs = await query<{ done_at: Date | null; failed_at: Date | null }>(tp.dbUrl, `select done_at, failed_at from scheduled_job where kind = 'case.extension_notice' and payload->>'caseId' = $1 order by run_at`, [c.id]);
    expect(jobs).toEqual([{ done_at: clock.now(), failed_at: null }, { done_at: null, failed_at: null }]);

    // Past the first deadline, but it was extended.
    clock.set(new Date(endOfKzDay('2026-12-18')));
    expect((await read()).overdue).toBe(false);

    // The second extension's reminder: a day before the notice is due, each secretary once.
    clock.set(new Date(endOfKzDay('2026-12-20')).getTime() - 1);
    await tp.platform.jobs.tick();
    expect(await notices(c.id)).toBe(0);
    clock.advance(1);
    await tp.platform.jobs.tick();
    expect(await notices(c.id)).toBe(await activeSecretaries());

    // Overdue from the extended deadline on, in the field and in the queue's filter.
    const queue = async () => (await tp.gql('query($s: String!) { cases(first: 5, filter: { overdue: true, search: $s }) { edges { node { id } } } }', { s: c.number }, t.secretary)).data!.cases.edges;
    clock.set(new Date(endOfKzDay('2026-12-29')).getTime() - 1);
    expect((await read()).overdue).toBe(false);
    expect(await queue()).toEqual([]);
    clock.advance(1);
    expect((await read()).overdue).toBe(true);
    expect(await queue()).toEqual([{ node: { id: c.id } }]);
  });

  it('sends no notice reminder once the case is decided (its clock stopped)', async () => {
    clock.set(new Date('2027-02-01T10:00:00+05:00')); // a Monday
    const c = await caseInReview(tp, t, { receivedAt: clock.now().toISOString() });
    await tp.gql(EXTEND, { id: c.id, reason: 'Запрос платформе' }, t.chair);
    const round = (await tp.gql('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, t.chair)).data!.openVoting.id;
    for (const who of ['chair', 'deputy', 'member1', 'member2', 'member3']) {
      await tp.gql('mutation($r: ID!, $f: [FindingInput!]) { castVote(roundId: $r, choice: CONFIRMED, findings: $f) { id } }', { r: round, f: ALL_MET }, t[who]);
    }
    await tp.gql('mutation($r: ID!) { closeVoting(roundId: $r) { id } }', { r: round }, t.chair);
    expect((await tp.gql('query($id: ID!) { case(id: $id) { status } }', { id: c.id }, t.secretary)).data!.case.status).toBe('PRESCRIBED');
    clock.advance(5 * 86_400_000);
    await tp.platform.jobs.tick();
    expect(await notices(c.id)).toBe(0);
    const [job] = await query<{ done_at: Date | null }>(tp.dbUrl, `select done_at from scheduled_job where kind = 'case.extension_notice' and payload->>'caseId' = $1`, [c.id]);
    expect(job.done_at).toEqual(clock.now()); // it ran, and found nothing to remind of
  });
});
