// The decision deadline and its extension on the working-day calendar, on the test clock
// (shared/clock.ts): due 3 working days after receipt (16 December, Independence Day, skipped), an
// extension tells when the applicant must hear of it (2 working days), the secretaries are reminded
// a day before that, a later extension replaces the earlier reminder, and the case is overdue only
// once the extended deadline has passed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../shared/clock.js';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ALL_MET, caseInReview, demoTokens } from '../../test-support/scenarios.js';

const clock = new TestClock();
let tp: TestPlatform;
let t: Record<string, string>;

beforeAll(async () => {
  tp = await startTestPlatform({ clock });
  t = await demoTokens(tp);
});
afterAll(() => tp?.close());

const EXTEND = 'mutation($id: ID!, $reason: String!, $dueAt: DateTimeISO) { extendDeadline(caseId: $id, reason: $reason, dueAt: $dueAt) { dueAt extension { extendedAt dueAt applicantNoticeDueAt noticeSentAt noticeChannel } } }';
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
    expect(first.data!.extendDeadline.extension).toEqual({ extendedAt: clock.now().toISOString(), dueAt: endOfKzDay('2026-12-22'), applicantNoticeDueAt: endOfKzDay('2026-12-18'), noticeSentAt: null, noticeChannel: null });

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
    const round = (await tp.gql<{ openVoting: { id: string } }>('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, t.chair)).data!.openVoting.id;
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

const RECORD = 'mutation($id: ID!, $at: DateTimeISO!, $ch: NoticeChannel!) { recordExtensionNotice(caseId: $id, sentAt: $at, channel: $ch) { extension { noticeSentAt noticeChannel } } }';
const events = async (caseId: string, kind: string) => query<{ payload: Record<string, unknown> }>(tp.dbUrl, 'select payload from case_event where case_id = $1 and kind = $2 order by seq', [caseId, kind]);

describe('recording the extension notice', () => {
  it('refuses before any extension, then records once, and the reminder stops', async () => {
    clock.set(new Date('2027-03-01T10:00:00+05:00')); // a Monday: due at the end of Thursday 4 March
    const c = await caseInReview(tp, t, { receivedAt: clock.now().toISOString() });
    const before = await tp.snapshot();
    const never = await tp.gql(RECORD, { id: c.id, at: clock.now().toISOString(), ch: 'EMAIL' }, t.secretary);
    expect(codeOf(never)).toBe('INVALID_TRANSITION');
    expect(await tp.snapshot()).toEqual(before);

    clock.set(new Date('2027-03-02T10:00:00+05:00'));
    const extendedAt = clock.now();
    await tp.gql(EXTEND, { id: c.id, reason: 'Запрос платформе' }, t.chair);
    clock.set(new Date('2027-03-03T10:00:00+05:00'));
    const now = clock.now().getTime();
    const refusals: [string, string, string, string][] = [
      ['in the future', 'secretary', new Date(now + 60_000).toISOString(), 'BAD_USER_INPUT'],
      ['before the extension', 'secretary', new Date(extendedAt.getTime() - 1).toISOString(), 'BAD_USER_INPUT'],
      ['by a member', 'member1', new Date(now).toISOString(), 'FORBIDDEN'],
      ['by an advisor', 'advisor', new Date(now).toISOString(), 'FORBIDDEN'],
      ['by the analyst', 'analyst', new Date(now).toISOString(), 'FORBIDDEN'],
    ];
    for (const [what, who, at, code] of refusals) {
      const snap = await tp.snapshot();
      const r = await tp.gql(RECORD, { id: c.id, at, ch: 'EMAIL' }, t[who]);
      expect(codeOf(r), what).toBe(code);
      expect(await tp.snapshot(), what).toEqual(snap);
    }
    const badChannel = await tp.gql(RECORD, { id: c.id, at: new Date(now).toISOString(), ch: 'PIGEON' }, t.secretary);
    expect(badChannel.errors).toBeDefined();

    const sentAt = new Date(now - 3_600_000).toISOString();
    const ok = await tp.gql(RECORD, { id: c.id, at: sentAt, ch: 'E_OTINISH' }, t.secretary);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordExtensionNotice.extension).toEqual({ noticeSentAt: sentAt, noticeChannel: 'E_OTINISH' });
    expect((await events(c.id, 'case.extension_notice_recorded')).map((e) => e.payload)).toEqual([
      { sentAt, channel: 'E_OTINISH', applicantNoticeDueAt: endOfKzDay('2027-03-04'), late: false },
    ]);

    // Recorded once: a second record is a conflict and changes nothing.
    const snap = await tp.snapshot();
    expect(codeOf(await tp.gql(RECORD, { id: c.id, at: new Date(now).toISOString(), ch: 'POST' }, t.chair))).toBe('CONFLICT');
    expect(await tp.snapshot()).toEqual(snap);

    // The reminder falls due (a day before the notice time) and finds the notice recorded: nothing.
    clock.set(new Date(endOfKzDay('2027-03-03')));
    await tp.platform.jobs.tick();
    expect(await notices(c.id)).toBe(0);
    const [job] = await query<{ done_at: Date | null }>(tp.dbUrl, `select done_at from scheduled_job where kind = 'case.extension_notice' and payload->>'caseId' = $1`, [c.id]);
    expect(job.done_at).toEqual(clock.now());
  });

  it('a later extension needs its own notice', async () => {
    clock.set(new Date('2027-03-15T10:00:00+05:00')); // a Monday
    const c = await caseInReview(tp, t, { receivedAt: clock.now().toISOString() });
    await tp.gql(EXTEND, { id: c.id, reason: 'Запрос платформе', dueAt: endOfKzDay('2027-03-24') }, t.chair);
    clock.advance(3_600_000);
    expect((await tp.gql(RECORD, { id: c.id, at: clock.now().toISOString(), ch: 'IN_PERSON' }, t.deputy)).errors).toBeUndefined();
    clock.advance(3_600_000);
    const again = await tp.gql(EXTEND, { id: c.id, reason: 'Ответ не получен' }, t.chair);
    expect(again.data!.extendDeadline.extension).toMatchObject({ noticeSentAt: null, noticeChannel: null });
  });
});

describe('an extension after the deadline', () => {
  it('is refused with INVALID_TRANSITION in kk, ru and en, and nothing changes', async () => {
    clock.set(new Date('2027-04-05T10:00:00+05:00')); // a Monday: due at the end of Thursday 8 April
    const c = await caseInReview(tp, t, { receivedAt: clock.now().toISOString() });
    clock.set(new Date(endOfKzDay('2027-04-08')));
    const before = await tp.snapshot();
    const r = await tp.gql(EXTEND, { id: c.id, reason: 'Запрос платформе' }, t.chair);
    expect(codeOf(r)).toBe('INVALID_TRANSITION');
    expect(r.errors![0].extensions!.messages).toMatchObject({ en: expect.stringMatching(/already passed/), ru: expect.any(String), kk: expect.any(String) });
    expect(await tp.snapshot()).toEqual(before);
  });
});

describe('late extension notices in the statistics', () => {
  const STATS = 'query($p: PeriodInput!, $f: StatsFilter) { stats(period: $p, filter: $f) { deadlines { extended lateExtensionNotices } } }';
  const late = async (token: string, filter: Record<string, unknown> | null = null) =>
    (await tp.gql(STATS, { p: { from: '2027-06-01', to: '2027-06-30' }, f: filter }, token)).data!.stats.deadlines;

  it('counts notices recorded after they were due, and unrecorded ones once past due; perturbed for the analyst', async () => {
    clock.set(new Date('2027-06-07T10:00:00+05:00')); // a Monday
    const cases = [];
    for (let i = 0; i < 4; i++) cases.push(await caseInReview(tp, t, { receivedAt: clock.now().toISOString() }));
    const [onTime, recordedLate, unrecorded] = cases; // the fourth is never extended
    clock.set(new Date('2027-06-08T10:00:00+05:00')); // extended on Tuesday: notice due by the end of Thursday 10 June
    for (const c of [onTime, recordedLate, unrecorded]) expect((await tp.gql(EXTEND, { id: c.id, reason: 'Запрос платформе' }, t.chair)).errors).toBeUndefined();
    clock.set(new Date('2027-06-09T10:00:00+05:00'));
    await tp.gql(RECORD, { id: onTime.id, at: clock.now().toISOString(), ch: 'EMAIL' }, t.secretary);
    expect(await late(t.chair)).toEqual({ extended: 0.75, lateExtensionNotices: 0 });

    clock.set(new Date('2027-06-11T12:00:00+05:00')); // past the notice time
    const r = await tp.gql(RECORD, { id: recordedLate.id, at: clock.now().toISOString(), ch: 'POST' }, t.secretary);
    expect((await events(recordedLate.id, 'case.extension_notice_recorded'))[0].payload.late).toBe(true);
    expect(r.errors).toBeUndefined();
    // Late: the one recorded after its time, and the one not recorded and past due.
    expect(await late(t.chair)).toEqual({ extended: 0.75, lateExtensionNotices: 0.667 });
    expect(await late(t.chair, { statuses: ['IN_REVIEW'] })).toEqual({ extended: 0.75, lateExtensionNotices: 0.667 });

    // The analyst: 3 extended cases are fewer than 5, so no share is shown at all. Their record keys are fixed so
    // that the perturbed count of 3 is published as 0, not 5 (stats/perturbation.ts: either may happen).
    await query(tp.dbUrl, 'update "case" set "record_key" = 60 where "id" in ($1, $2, $3)', [onTime.id, recordedLate.id, unrecorded.id]);
    expect((await late(t.analyst)).lateExtensionNotices).toBeNull();
  });
});
