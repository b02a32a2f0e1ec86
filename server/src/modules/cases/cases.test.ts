import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { isClockStopped, type CaseStatus } from './lifecycle.js';

let tp: TestPlatform;
const tokens: Record<string, string> = {};
const register = async (overrides = {}) => (await tp.gql(REGISTER, { input: applicationInput(overrides) }, tokens.secretary)).data!.registerApplication;
const MOVE = (name: string, withReason = false) =>
  `mutation($id: ID!${withReason ? ', $reason: String!' : ''}) { ${name}(caseId: $id${withReason ? ', reason: $reason' : ''}) { id status screeningReason dueAt } }`;
const CASE = `query($id: ID!) { case(id: $id) { id number status child { name birthDate } applicant { name contact } childProfile { ageAtFirstEpisode region } allowedTransitions } }`;

beforeAll(async () => {
  tp = await startTestPlatform();
  for (const r of ['chair', 'deputy', 'secretary', 'member1', 'advisor', 'analyst', 'admin']) tokens[r] = await tp.login(`${r}@demo.kz`);
});
afterAll(() => tp.close());

describe('screening', () => {
  it('moves REGISTERED → SCREENING → IN_REVIEW with one event per move', async () => {
    const c = await register();
    expect((await tp.gql(MOVE('startScreening'), { id: c.id }, tokens.secretary)).data!.startScreening.status).toBe('SCREENING');
    expect((await tp.gql(MOVE('acceptForReview'), { id: c.id }, tokens.secretary)).data!.acceptForReview.status).toBe('IN_REVIEW');
    const events = await query<{ kind: string; payload: { from: string; to: string } }>(tp.dbUrl, `select kind, payload from case_event where case_id = $1 and kind = 'case.status_changed' order by seq`, [c.id]);
    expect(events.map((e) => `${e.payload.from}→${e.payload.to}`)).toEqual(['REGISTERED→SCREENING', 'SCREENING→IN_REVIEW']);
  });

  it('returns to the applicant with the reason, and a supplemented case goes back to screening', async () => {
    const c = await register();
    await tp.gql(MOVE('startScreening'), { id: c.id }, tokens.secretary);
    const r = await tp.gql(MOVE('returnToApplicant', true), { id: c.id, reason: 'Нет ссылок на публикации' }, tokens.secretary);
    expect(r.data!.returnToApplicant).toMatchObject({ status: 'RETURNED', screeningReason: 'Нет ссылок на публикации' });
    expect((await tp.gql(MOVE('startScreening'), { id: c.id }, tokens.secretary)).data!.startScreening.status).toBe('SCREENING');
  });

  it.each([
    ['a transition out of order (REGISTERED → IN_REVIEW)', 'acceptForReview', false, 'secretary', 'INVALID_TRANSITION'],
    ['out of scope without a reason', 'markOutOfScope', true, 'secretary', 'BAD_USER_INPUT'],
    ['a member screening', 'startScreening', false, 'member1', 'FORBIDDEN'],
    ['an advisor screening', 'startScreening', false, 'advisor', 'FORBIDDEN'],
    ['an analyst screening', 'startScreening', false, 'analyst', 'FORBIDDEN'],
  ])('refuses %s and changes nothing', async (_what, name, withReason, role, code) => {
    const c = await register();
    const before = await tp.snapshot();
    const r = await tp.gql(MOVE(name, withReason), { id: c.id, ...(withReason ? { reason: '   ' } : {}) }, tokens[role]);
    expect(codeOf(r)).toBe(code);
    expect(r.errors![0].message.length).toBeGreaterThan(10);
    expect(await tp.snapshot()).toEqual(before);
  });

  it('words every refusal in Kazakh, Russian and English', async () => {
    const c = await register();
    const r = await tp.gql(MOVE('acceptForReview'), { id: c.id }, tokens.secretary);
    const messages = r.errors![0].extensions!.messages as Record<string, string>;
    expect(Object.keys(messages).sort()).toEqual(['en', 'kk', 'ru']);
    expect(messages.ru).toMatch(/нельзя перевести/);
    expect(messages.kk).toMatch(/ауыстыруға болмайды/);
    expect(r.errors![0].message).toBe(messages.en);
  });

  it('answers an unknown or malformed case id with NOT_FOUND and changes nothing', async () => {
    const before = await tp.snapshot();
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect(codeOf(await tp.gql(CASE, { id }, tokens.chair))).toBe('NOT_FOUND');
      expect(codeOf(await tp.gql(MOVE('startScreening'), { id }, tokens.secretary))).toBe('NOT_FOUND');
    }
    expect(await tp.snapshot()).toEqual(before);
  });
});

describe('extendDeadline', () => {
  const EXTEND = `mutation($id: ID!, $reason: String!, $dueAt: DateTimeISO!) { extendDeadline(caseId: $id, reason: $reason, dueAt: $dueAt) { dueAt extension { reason dueAt applicantNoticeDueAt by { email } } } }`;
  const days = (from: string, n: number) => new Date(new Date(from).getTime() + n * 86_400_000).toISOString();

  it('lets the chair extend up to 15 calendar days with a reason, and records when the applicant must be told', async () => {
    const c = await register();
    const r = await tp.gql(EXTEND, { id: c.id, reason: 'Требуется запрос платформе', dueAt: days(c.receivedAt, 10) }, tokens.chair);
    expect(r.errors).toBeUndefined();
    const ext = r.data!.extendDeadline.extension;
    expect(ext).toMatchObject({ reason: 'Требуется запрос платформе', by: { email: 'chair@demo.kz' } });
    expect(new Date(ext.applicantNoticeDueAt).getTime()).toBeGreaterThan(Date.now());
    const [event] = await query<{ payload: { reason: string } }>(tp.dbUrl, `select payload from case_event where case_id = $1 and kind = 'case.deadline_extended'`, [c.id]);
    expect(event.payload.reason).toBe('Требуется запрос платформе');
  });

  it('extends to the latest allowed day (15 calendar days after receipt, end of day) when no time is given', async () => {
    const c = await register();
    const r = await tp.gql(`mutation($id: ID!) { extendDeadline(caseId: $id, reason: "Запрос в МВД") { dueAt } }`, { id: c.id }, tokens.deputy);
    const due = new Date(r.data!.extendDeadline.dueAt);
    const received = new Date(c.receivedAt);
    expect(due.getTime() - received.getTime()).toBeGreaterThan(15 * 86_400_000);
    expect(due.getTime() - received.getTime()).toBeLessThanOrEqual(16 * 86_400_000);
    expect((due.getTime() / 1000 + 5 * 3600) % 86_400).toBe(0); // midnight in Kazakhstan (UTC+5)
  });

  it.each([
    ['past 15 calendar days', 'deputy', 16, 'reason', 'BAD_USER_INPUT', /15 calendar days/],
    ['by the secretary', 'secretary', 5, 'reason', 'FORBIDDEN', /./],
    ['by a member', 'member1', 5, 'reason', 'FORBIDDEN', /./],
    ['without a reason', 'chair', 5, ' ', 'BAD_USER_INPUT', /reason/],
    ['to earlier than the current due time', 'chair', 0, 'reason', 'BAD_USER_INPUT', /later than the current/],
  ])('refuses an extension %s and changes nothing', async (_what, role, n, reason, code, message) => {
    const c = await register();
    const before = await tp.snapshot();
    const r = await tp.gql(EXTEND, { id: c.id, reason, dueAt: days(c.receivedAt, n) }, tokens[role]);
    expect(codeOf(r)).toBe(code);
    expect(r.errors![0].message).toMatch(message);
    expect(await tp.snapshot()).toEqual(before);
  });
});

describe('personal data per role', () => {
  it.each([['chair'], ['deputy'], ['secretary'], ['member1']])('%s sees the identity, and the read is logged', async (role) => {
    const c = await register();
    const r = await tp.gql(CASE, { id: c.id }, tokens[role]);
    expect(r.errors).toBeUndefined();
    expect(r.data!.case.child).toEqual({ name: 'Айгерім Сапарова', birthDate: '2012-04-15' });
    expect(r.data!.case.applicant.name).toBe('Гүлнар Сапарова');
    const logged = await query<{ payload: { subject: string } }>(tp.dbUrl, `select payload from case_event where case_id = $1 and kind = 'pii.viewed' order by seq`, [c.id]);
    expect(logged.map((e) => e.payload.subject).sort()).toEqual(['applicant', 'child']);
  });

  it('an advisor gets FORBIDDEN for identity but sees the pseudonym, age and region; nothing is logged', async () => {
    const c = await register();
    const r = await tp.gql(CASE, { id: c.id }, tokens.advisor);
    expect(r.data!.case.child).toBeNull();
    expect(r.data!.case.applicant).toBeNull();
    expect(r.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(r.data!.case.number).toBe(c.number);
    expect(r.data!.case.childProfile).toEqual({ ageAtFirstEpisode: expect.any(Number), region: 'ASTANA' });
    expect(await query(tp.dbUrl, `select 1 from case_event where case_id = $1 and kind = 'pii.viewed'`, [c.id])).toHaveLength(0);
  });

  it.each([['analyst'], ['admin']])('%s cannot open a case or the queue at all', async (role) => {
    const c = await register();
    expect(codeOf(await tp.gql(CASE, { id: c.id }, tokens[role]))).toBe('FORBIDDEN');
    expect(codeOf(await tp.gql('{ cases { totalCount } }', {}, tokens[role]))).toBe('FORBIDDEN');
  });
});

describe('the queue', () => {
  const CASES = `query($first: Int, $after: String, $filter: CaseFilter) { cases(first: $first, after: $after, filter: $filter) { totalCount edges { cursor node { id number dueAt status overdue } } pageInfo { hasNextPage endCursor } } }`;
  type Queue = { cases: { totalCount: number; edges: { cursor: string; node: { id: string; number: string; dueAt: string; status: string; overdue: boolean } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

  it('pages through every case once, running deadlines first, each part sorted by due time', async () => {
    const seen: string[] = [];
    const dues: number[] = [];
    const stopped: number[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const { cases }: Queue = (await tp.gql<Queue>(CASES, { first: 7, after }, tokens.member1)).data!;
      total = cases.totalCount;
      for (const e of cases.edges) { seen.push(e.node.id); dues.push(new Date(e.node.dueAt).getTime()); stopped.push(isClockStopped(e.node.status as CaseStatus) ? 1 : 0); }
      after = cases.pageInfo.hasNextPage ? cases.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(total);
    expect(seen.length).toBe(total);
    expect(stopped).toEqual([...stopped].sort((a, b) => a - b));
    for (let i = 1; i < dues.length; i++) if (stopped[i] === stopped[i - 1]) expect(dues[i]).toBeGreaterThanOrEqual(dues[i - 1]);
  });

  it('filters by status, overdue and text', async () => {
    const c = await register({ description: 'Уникальный-поиск-8841 травля в чате' });
    const byText = await tp.gql<Queue>(CASES, { filter: { search: 'поиск-8841' } }, tokens.chair);
    expect(byText.data!.cases.edges.map((e) => e.node.id)).toEqual([c.id]);
    const screening = await tp.gql<Queue>(CASES, { first: 100, filter: { status: ['SCREENING'] } }, tokens.chair);
    expect(screening.data!.cases.edges.every((e) => e.node.status === 'SCREENING')).toBe(true);
    const overdue = await tp.gql<Queue>(CASES, { first: 100, filter: { overdue: true } }, tokens.chair);
    expect(overdue.data!.cases.totalCount).toBeGreaterThan(0);
    expect(overdue.data!.cases.edges.every((e) => e.node.overdue)).toBe(true);
  });

  it.each([[0], [101], [1_000_000]])('refuses a page size of %i', async (first) => {
    const r = await tp.gql(CASES, { first }, tokens.chair);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('refuses a forged cursor', async () => {
    expect(codeOf(await tp.gql(CASES, { after: 'bm9wZQ' }, tokens.chair))).toBe('BAD_USER_INPUT');
  });
});
