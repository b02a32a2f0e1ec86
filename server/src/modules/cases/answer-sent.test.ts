// Recording that the answer to the applicant was sent (every ending has one, Order 562-НҚ), on the
// test clock: only once the case has an ending, not in the future nor before the ending, once, by the
// secretary, the chair or the deputy; and the statistics' share of answers sent late.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../shared/clock.js';
import { query } from '../../test-support/databases.js';
import { REGISTER, applicationInput } from '../../test-support/factories.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { caseInReview, confirmedCase, demoTokens } from '../../test-support/scenarios.js';

const clock = new TestClock();
let tp: TestPlatform;
let t: Record<string, string>;

beforeAll(async () => {
  tp = await startTestPlatform({ clock });
  t = await demoTokens(tp);
});
afterAll(() => tp?.close());

const RECORD = 'mutation($id: ID!, $at: DateTimeISO!, $ch: NoticeChannel!) { recordAnswerSent(caseId: $id, sentAt: $at, channel: $ch) { ending answerDueAt answerSentAt answerChannel } }';
const READ = 'query($id: ID!) { case(id: $id) { status dueAt ending answerDueAt answerSentAt answerChannel } }';
const read = async (id: string) => (await tp.gql(READ, { id }, t.secretary)).data!.case;
const events = async (caseId: string) => query<{ payload: Record<string, unknown> }>(tp.dbUrl, `select payload from case_event where case_id = $1 and kind = 'case.answer_sent' order by seq`, [caseId]);
/** Midnight at the end of a Kazakhstan day (UTC+5), as the API writes it. */
const endOfKzDay = (date: string) => new Date(new Date(`${date}T00:00:00+05:00`).getTime() + 86_400_000).toISOString();

/** A registered application, screened and then returned or found out of scope by the secretary at the clock's time. */
async function leftEarly(how: 'returnToApplicant' | 'markOutOfScope', reason: string) {
  const c = (await tp.gql(REGISTER, { input: applicationInput({ receivedAt: clock.now().toISOString() }) }, t.secretary)).data!.registerApplication as { id: string };
  await tp.gql('mutation($c: ID!) { startScreening(caseId: $c) { id } }', { c: c.id }, t.secretary);
  const r = await tp.gql(`mutation($c: ID!, $r: String!) { ${how}(caseId: $c, reason: $r) { id } }`, { c: c.id, r: reason }, t.secretary);
  expect(r.errors).toBeUndefined();
  return c;
}

describe('recordAnswerSent', () => {
  it('refuses a case with no ending, then records the answer to a returned case once, and bad input changes nothing', async () => {
    clock.set(new Date('2027-09-06T10:00:00+05:00')); // a Monday: due at the end of Thursday 9 September
    const open = await caseInReview(tp, t, { receivedAt: clock.now().toISOString() });
    expect(await read(open.id)).toMatchObject({ ending: null, answerDueAt: null, answerSentAt: null, answerChannel: null });
    const before = await tp.snapshot();
    const none = await tp.gql(RECORD, { id: open.id, at: clock.now().toISOString(), ch: 'EMAIL' }, t.secretary);
    expect(codeOf(none)).toBe('CONFLICT');
    expect(none.errors![0].extensions).toMatchObject({ details: { reason: 'NO_ENDING' }, messages: { en: expect.stringMatching(/no ending/), ru: expect.any(String), kk: expect.any(String) } });
    expect(await tp.snapshot()).toEqual(before);

    const endedAt = clock.now();
    const c = await leftEarly('returnToApplicant', 'Не приложены скриншоты публикаций');
    expect(await read(c.id)).toMatchObject({ status: 'RETURNED', ending: 'RETURNED', answerDueAt: endOfKzDay('2027-09-09'), answerSentAt: null });

    clock.advance(3_600_000);
    const now = clock.now().getTime();
    const refusals: [string, string, string, string, string][] = [
      ['in the future', 'secretary', c.id, new Date(now + 60_000).toISOString(), 'BAD_USER_INPUT'],
      ['before the ending', 'secretary', c.id, new Date(endedAt.getTime() - 1).toISOString(), 'BAD_USER_INPUT'],
      ['by a member', 'member1', c.id, new Date(now).toISOString(), 'FORBIDDEN'],
      ['by an advisor', 'advisor', c.id, new Date(now).toISOString(), 'FORBIDDEN'],
      ['by the analyst', 'analyst', c.id, new Date(now).toISOString(), 'FORBIDDEN'],
      ['for a malformed id', 'secretary', 'not-a-case', new Date(now).toISOString(), 'NOT_FOUND'],
      ['for an unknown case', 'secretary', '00000000-0000-4000-8000-000000000000', new Date(now).toISOString(), 'NOT_FOUND'],
    ];
    for (const [what, who, id, at, code] of refusals) {
      const snap = await tp.snapshot();
      const r = await tp.gql(RECORD, { id, at, ch: 'EMAIL' }, t[who]);
      expect(codeOf(r), what).toBe(code);
      expect(await tp.snapshot(), what).toEqual(snap);
    }
    expect((await tp.gql(RECORD, { id: c.id, at: new Date(now).toISOString(), ch: 'PIGEON' }, t.secretary)).errors).toBeDefined();

    const sentAt = new Date(now - 1_800_000).toISOString();
    const ok = await tp.gql(RECORD, { id: c.id, at: sentAt, ch: 'E_OTINISH' }, t.secretary);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordAnswerSent).toEqual({ ending: 'RETURNED', answerDueAt: endOfKzDay('2027-09-09'), answerSentAt: sentAt, answerChannel: 'E_OTINISH' });
    expect((await events(c.id)).map((e) => e.payload)).toEqual([{ ending: 'RETURNED', sentAt, channel: 'E_OTINISH', answerDueAt: endOfKzDay('2027-09-09'), late: false }]);

    // Recorded once: a second record (even by the chair) is a conflict and changes nothing.
    const snap = await tp.snapshot();
    const twice = await tp.gql(RECORD, { id: c.id, at: new Date(now).toISOString(), ch: 'POST' }, t.chair);
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(await tp.snapshot()).toEqual(snap);

    // Supplemented: the case is received again and its next ending will have its own answer.
    expect((await tp.gql('mutation($c: ID!) { startScreening(caseId: $c) { id } }', { c: c.id }, t.secretary)).errors).toBeUndefined();
    expect(await read(c.id)).toMatchObject({ status: 'SCREENING', ending: null, answerDueAt: null, answerSentAt: null, answerChannel: null });
  });

  it('records a decided case\'s answer sent after the review term as late, by the chair', async () => {
    clock.set(new Date('2027-09-13T10:00:00+05:00')); // a Monday: due at the end of Thursday 16 September
    const c = await confirmedCase(tp, t, { receivedAt: clock.now().toISOString() });
    expect(await read(c.id)).toMatchObject({ ending: 'CONFIRMED', answerDueAt: endOfKzDay('2027-09-16') });
    clock.set(new Date('2027-09-17T12:00:00+05:00'));
    const r = await tp.gql(RECORD, { id: c.id, at: clock.now().toISOString(), ch: 'POST' }, t.chair);
    expect(r.errors).toBeUndefined();
    expect((await events(c.id))[0].payload).toMatchObject({ ending: 'CONFIRMED', channel: 'POST', late: true });
  });
});

describe('the demo panel', () => {
  it('offers the answer on every ending, and shows one recorded as sent on time', async () => {
    const Q = 'query($s: [CaseStatus!]) { cases(first: 50, filter: { status: $s }) { edges { node { status ending answerDueAt answerSentAt answerChannel } } } }';
    type Ending = { status: string; ending: string; answerDueAt: string; answerSentAt: string | null; answerChannel: string | null };
    type Page = { cases: { edges: { node: Ending }[] } };
    const early = (await tp.gql<Page>(Q, { s: ['RETURNED', 'OUT_OF_SCOPE'] }, t.secretary)).data!.cases.edges.map((e) => e.node);
    expect(early.length).toBeGreaterThanOrEqual(2);
    for (const c of early) expect(c.ending).toBe(c.status);
    const sent = early.filter((c) => c.answerSentAt);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ status: 'RETURNED', answerChannel: 'E_OTINISH' });
    expect(sent[0].answerSentAt! < sent[0].answerDueAt).toBe(true);
    const decided = (await tp.gql<Page>(Q, { s: ['DECIDED', 'PRESCRIBED', 'COMPLIED', 'ESCALATED', 'CLOSED'] }, t.secretary)).data!.cases.edges.map((e) => e.node);
    for (const c of decided) expect(['CONFIRMED', 'NOT_CONFIRMED']).toContain(c.ending);
  });
});

describe('late answers in the statistics', () => {
  const STATS = 'query($p: PeriodInput!) { stats(period: $p) { deadlines { lateAnswers } } }';
  const PERIOD = { from: '2027-10-01', to: '2027-10-31' };
  const lateAnswers = async (token: string) => (await tp.gql(STATS, { p: PERIOD }, token)).data!.stats.deadlines.lateAnswers;
  const csvLine = async (token: string) => {
    const res = await fetch(`${tp.url}/stats.csv?from=${PERIOD.from}&to=${PERIOD.to}`, { headers: { authorization: `Bearer ${token}` } });
    return (await res.text()).split('\r\n').find((l) => l.startsWith('deadlines,all,late_answers,'));
  };

  it('is the share of answers sent after they were due among answers sent; hidden below five for the analyst', async () => {
    clock.set(new Date('2027-10-04T10:00:00+05:00')); // a Monday: due at the end of Thursday 7 October
    const onTime = await leftEarly('returnToApplicant', 'Не указаны даты публикаций');
    const late = await leftEarly('markOutOfScope', 'Потерпевшему исполнилось 19 лет');
    await leftEarly('returnToApplicant', 'Нет ссылок'); // never answered: not counted
    await caseInReview(tp, t, { receivedAt: clock.now().toISOString() }); // no ending
    clock.advance(3_600_000);
    expect((await tp.gql(RECORD, { id: onTime.id, at: clock.now().toISOString(), ch: 'EMAIL' }, t.secretary)).errors).toBeUndefined();
    expect(await lateAnswers(t.chair)).toBe(0);

    clock.set(new Date('2027-10-08T09:00:00+05:00')); // past the review term
    expect((await tp.gql(RECORD, { id: late.id, at: clock.now().toISOString(), ch: 'POST' }, t.deputy)).errors).toBeUndefined();
    expect(await lateAnswers(t.chair)).toBe(0.5);
    expect(await csvLine(t.chair)).toBe('deadlines,all,late_answers,0.5');

    // The analyst: 2 answers are fewer than 5, so no share is shown. Their record keys are fixed so that the
    // perturbed count of 2 is published as 0, not 5 (stats/perturbation.ts: either may happen).
    await query(tp.dbUrl, 'update "case" set "record_key" = 100 where "id" in ($1, $2)', [onTime.id, late.id]);
    expect(await lateAnswers(t.analyst)).toBeNull();
    expect(await csvLine(t.analyst)).toBe('deadlines,all,late_answers,');
  });
});
