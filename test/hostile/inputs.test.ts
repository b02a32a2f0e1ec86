import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { caseInReview, demoTokens } from '../../server/src/test-support/scenarios.js';
import { ask, expectNoLeak, expectRefused, send } from './support.js';

// Hostile values in arguments and variables: sizes past the limits, characters that are not text,
// numbers out of range, wrong types. Each is refused with its code and changes nothing.
let tp: TestPlatform;
let t: Record<string, string>;
let inReview: string;
let screening: string;
let ownComment: string;
beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
  inReview = (await caseInReview(tp, t)).id;
  screening = (await tp.gql<{ registerApplication: { id: string } }>(REGISTER, { input: applicationInput() }, t.secretary)).data!.registerApplication.id;
  await tp.gql('mutation($c: ID!) { startScreening(caseId: $c) { id } }', { c: screening }, t.secretary);
  ownComment = (await tp.gql<{ addComment: { id: string } }>('mutation($c: ID!) { addComment(caseId: $c, body: "Бастапқы пікір") { id } }', { c: inReview }, t.member1)).data!.addComment.id;
});
afterAll(() => tp.close());

const ROUND = '00000000-0000-4000-8000-000000000001';
const ADD = 'mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }';
const EDIT = 'mutation($id: ID!, $b: String!) { editComment(id: $id, body: $b) { id } }';
const RETURN = 'mutation($c: ID!, $r: String!) { returnToApplicant(caseId: $c, reason: $r) { id } }';
const OUT = 'mutation($c: ID!, $r: String!) { markOutOfScope(caseId: $c, reason: $r) { id } }';
const EXTEND = 'mutation($c: ID!, $r: String!) { extendDeadline(caseId: $c, reason: $r) { id } }';
const RECUSE = 'mutation($c: ID!, $r: String!) { declareConflict(caseId: $c, reason: $r) { id } }';
const VOTE = 'mutation($r: ID!, $why: String) { castVote(roundId: $r, choice: ABSTAIN, reasoning: $why) { id } }';
const COMPLY = 'mutation($p: ID!, $n: String) { recordCompliance(prescriptionId: $p, status: COMPLIED, note: $n) { id } }';
const DAY = 'mutation($n: String!) { setCalendarDay(date: "2027-12-30", kind: HOLIDAY, name: $n) { date } }';
const MEMBER = 'mutation($i: CreateMemberInput!) { createMember(input: $i) { id } }';
const SEARCH = 'query($s: String) { cases(filter: { search: $s }) { totalCount } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const PAGE = 'query($n: Int!) { cases(first: $n) { totalCount } }';
const app = (overrides: Record<string, unknown>) => ({ input: applicationInput(overrides) });
const applicant = (name: string) => app({ applicant: { name, relation: 'PARENT', contact: '+7 701 555 0101', language: 'KK' } });
const child = (name: string) => app({ child: { name, birthDate: '2012-04-15', region: 'ASTANA', school: null } });
const x = (n: number) => 'ы'.repeat(n);
const member = (name: string) => ({ i: { name, email: 'new.person@demo.kz', password: 'long-enough-password', role: 'MEMBER', agencyId: ROUND } });

// [what, account, query, variables, code]
type Case = [string, string, string, () => Record<string, unknown>, string];

const sizes: Case[] = [
  ['a comment of 10 001 characters', 'member1', ADD, () => ({ c: inReview, b: x(10_001) }), 'BAD_USER_INPUT'],
  ['a comment of 900 000 characters', 'member1', ADD, () => ({ c: inReview, b: 'a'.repeat(900_000) }), 'BAD_USER_INPUT'],
  ['an edit of 10 001 characters', 'member1', EDIT, () => ({ id: ownComment, b: x(10_001) }), 'BAD_USER_INPUT'],
  ['an application description of 20 001 characters', 'secretary', REGISTER, () => app({ description: x(20_001) }), 'BAD_USER_INPUT'],
  ["an applicant's name of 201 characters", 'secretary', REGISTER, () => applicant(x(201)), 'BAD_USER_INPUT'],
  ["a child's name of 100 000 characters", 'secretary', REGISTER, () => child(x(100_000)), 'BAD_USER_INPUT'],
  ['an E-otinish number of 65 characters', 'secretary', REGISTER, () => app({ eotinishNumber: `ZT${'1'.repeat(63)}` }), 'BAD_USER_INPUT'],
  ['51 episodes', 'secretary', REGISTER, () => app({ episodes: Array.from({ length: 51 }, () => applicationInput().episodes[0]) }), 'BAD_USER_INPUT'],
  ['an episode URL of 2 049 characters', 'secretary', REGISTER, () => app({ episodes: [{ ...applicationInput().episodes[0], url: `https://t.me/${'a'.repeat(2_036)}` }] }), 'BAD_USER_INPUT'],
  ['a return reason of 100 000 characters', 'secretary', RETURN, () => ({ c: screening, r: x(100_000) }), 'BAD_USER_INPUT'],
  ['an out-of-scope reason of 100 000 characters', 'secretary', OUT, () => ({ c: screening, r: x(100_000) }), 'BAD_USER_INPUT'],
  ['an extension reason of 100 000 characters', 'chair', EXTEND, () => ({ c: inReview, r: x(100_000) }), 'BAD_USER_INPUT'],
  ['a recusal reason of 2 001 characters', 'member2', RECUSE, () => ({ c: inReview, r: x(2_001) }), 'BAD_USER_INPUT'],
  ['a vote reasoning of 10 001 characters', 'member1', VOTE, () => ({ r: ROUND, why: x(10_001) }), 'BAD_USER_INPUT'],
  ['a compliance note of 5 001 characters', 'secretary', COMPLY, () => ({ p: ROUND, n: x(5_001) }), 'BAD_USER_INPUT'],
  ['a calendar day name of 201 characters', 'admin', DAY, () => ({ n: x(201) }), 'BAD_USER_INPUT'],
  ["a new member's name of 201 characters", 'admin', MEMBER, () => member(x(201)), 'BAD_USER_INPUT'],
  ['a search text of 201 characters', 'member1', SEARCH, () => ({ s: x(201) }), 'BAD_USER_INPUT'],
  ['a sign-in email of 100 000 characters', 'member1', LOGIN, () => ({ e: `${'a'.repeat(100_000)}@demo.kz`, p: 'panel-demo' }), 'UNAUTHENTICATED'],
  ['a sign-in password of 900 000 characters', 'member1', LOGIN, () => ({ e: 'member1@demo.kz', p: 'p'.repeat(900_000) }), 'UNAUTHENTICATED'],
];

const characters: Case[] = [
  ['a NUL byte in a comment', 'member1', ADD, () => ({ c: inReview, b: 'до\u0000после' }), 'BAD_USER_INPUT'],
  ["a NUL byte in an applicant's name", 'secretary', REGISTER, () => applicant('Гүлнар\u0000'), 'BAD_USER_INPUT'],
  ['a NUL byte in a sign-in email', 'member1', LOGIN, () => ({ e: 'member1@demo.kz\u0000', p: 'panel-demo' }), 'BAD_USER_INPUT'],
  ['a NUL byte in a search text', 'member1', SEARCH, () => ({ s: 'KZ\u0000' }), 'BAD_USER_INPUT'],
  ['a NUL byte in a return reason', 'secretary', RETURN, () => ({ c: screening, r: 'неполное\u0000' }), 'BAD_USER_INPUT'],
  ['a lone high surrogate (\\ud800) in a comment', 'member1', ADD, () => ({ c: inReview, b: 'пікір \ud800' }), 'BAD_USER_INPUT'],
  ["a lone low surrogate (\\udc00) in a child's name", 'secretary', REGISTER, () => child('Айгерім\udc00'), 'BAD_USER_INPUT'],
  ["a zero-width space in a child's name", 'secretary', REGISTER, () => child('Айгер\u200bім Сапарова'), 'BAD_USER_INPUT'],
  ["a byte order mark in an applicant's name", 'secretary', REGISTER, () => applicant('\ufeffГүлнар Сапарова'), 'BAD_USER_INPUT'],
  ['a right-to-left override in a comment', 'member1', ADD, () => ({ c: inReview, b: 'файл \u202Egpj.exe' }), 'BAD_USER_INPUT'],
  ['a bidi isolate in an application description', 'secretary', REGISTER, () => app({ description: 'Сипаттама \u2066жасырын\u2069' }), 'BAD_USER_INPUT'],
  ['a bell control character in an edit', 'member1', EDIT, () => ({ id: ownComment, b: 'дыбыс\u0007' }), 'BAD_USER_INPUT'],
  ['an escape sequence (ESC) in a calendar day name', 'admin', DAY, () => ({ n: '\u001b[31mНаурыз' }), 'BAD_USER_INPUT'],
  ["a zero-width space in a new member's name", 'admin', MEMBER, () => member('Әлия\u200bНұрланқызы'), 'BAD_USER_INPUT'],
];

const values: Case[] = [
  ['first: 2^31 (Int overflow)', 'member1', PAGE, () => ({ n: 2 ** 31 }), 'BAD_USER_INPUT'],
  ['first: 1e20', 'member1', PAGE, () => ({ n: 1e20 }), 'BAD_USER_INPUT'],
  ['first: -1', 'member1', PAGE, () => ({ n: -1 }), 'BAD_USER_INPUT'],
  ['first: 0', 'member1', PAGE, () => ({ n: 0 }), 'BAD_USER_INPUT'],
  ['first: "NaN" as a string', 'member1', PAGE, () => ({ n: 'NaN' }), 'BAD_USER_INPUT'],
  ['first: 1.5', 'member1', PAGE, () => ({ n: 1.5 }), 'BAD_USER_INPUT'],
  ['a page size of a million', 'member1', PAGE, () => ({ n: 1_000_000 }), 'BAD_USER_INPUT'],
  ['a literal Int past 2^31', 'member1', '{ cases(first: 2147483648) { totalCount } }', () => ({}), 'BAD_USER_INPUT'],
  ['a calendar year of 2^31', 'member1', '{ calendar(year: 2147483648) { date } }', () => ({}), 'BAD_USER_INPUT'],
  ['a calendar year of -1', 'member1', '{ calendar(year: -1) { date } }', () => ({}), 'BAD_USER_INPUT'],
  ['an unknown enum value in a literal', 'member1', `mutation { castVote(roundId: "${ROUND}", choice: MAYBE) { id } }`, () => ({}), 'BAD_USER_INPUT'],
  ['an enum value written as a string literal', 'member1', `mutation { castVote(roundId: "${ROUND}", choice: "CONFIRMED") { id } }`, () => ({}), 'BAD_USER_INPUT'],
  ['an unknown enum value in a variable', 'member1', 'query($s: [CaseStatus!]) { cases(filter: { status: $s }) { totalCount } }', () => ({ s: ['DELETED'] }), 'BAD_USER_INPUT'],
  ['null in a list of non-null ids', 'member1', 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', () => ({ ids: [null] }), 'BAD_USER_INPUT'],
  ['null for a non-null input field', 'secretary', REGISTER, () => app({ child: null }), 'BAD_USER_INPUT'],
  ['a string where a list is expected', 'secretary', REGISTER, () => app({ episodes: 'many' }), 'BAD_USER_INPUT'],
  ['a date-time that is not one', 'secretary', REGISTER, () => app({ receivedAt: 'yesterday' }), 'BAD_USER_INPUT'],
  ['a calendar date that does not exist', 'secretary', REGISTER, () => app({ child: { name: 'Айгерім', birthDate: '2013-02-30', region: 'ASTANA' } }), 'BAD_USER_INPUT'],
  ['a missing variable', 'member1', ADD, () => ({ c: inReview }), 'BAD_USER_INPUT'],
  ['an unknown extra input field', 'secretary', REGISTER, () => app({ status: 'CLOSED' }), 'BAD_USER_INPUT'],
  ['an object where an ID is expected (operator injection)', 'member1', 'query($id: ID!) { case(id: $id) { id } }', () => ({ id: { $ne: null } }), 'BAD_USER_INPUT'],
  ['20 000 notification ids', 'member1', 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', () => ({ ids: Array.from({ length: 20_000 }, () => ROUND) }), 'BAD_USER_INPUT'],
];

describe('hostile inputs', () => {
  describe.each([['sizes', sizes], ['characters', characters], ['values', values]] as const)('%s', (_theme, table) => {
    it.each(table)('refuses %s', async (_what, who, query, variables, code) => {
      await expectRefused(tp, t.member1, () => ask(tp, query, variables(), t[who]), code);
    });
  });

  it('refuses a NUL byte written as an escape in a string literal of the document', async () => {
    const query = `mutation { addComment(caseId: "${inReview}", body: "a\\u0000b") { id } }`;
    await expectRefused(tp, t.member1, () => send(tp, { query }, { token: t.member1 }), 'BAD_USER_INPUT');
  });

  it('refuses a variable nested 100 000 levels deep', async () => {
    const depth = 100_000;
    const body = `{"query":"mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }","variables":{"ids":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    await expectRefused(tp, t.member1, () => send(tp, body, { token: t.member1 }), 'BAD_USER_INPUT');
  });

  it('keeps ordinary text: Kazakh letters, line breaks, tabs and emoji joined with U+200D', async () => {
    const body = 'Әріптестер,\n\tскриншоттар қоса берілді 👨‍👩‍👧 — «Қазақстан»';
    const answer = await ask(tp, 'mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { body } }', { c: inReview, b: body }, t.member2);
    expectNoLeak(answer.text);
    expect(answer.body!.errors).toBeUndefined();
    expect((answer.body!.data as { addComment: { body: string } }).addComment.body).toBe(body);
  });
});
