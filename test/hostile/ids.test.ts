import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { caseInReview, demoTokens } from '../../server/src/test-support/scenarios.js';
import { ask, codes, expectNoLeak, expectRefused, expectStillServing } from './support.js';

// Guessed, malformed and borrowed ids: nothing is found that the viewer may not see, an absent case
// and a forbidden one answer alike (DESIGN.md §5, CaseService.get), nothing changes.
let tp: TestPlatform;
let t: Record<string, string>;
const ids: Record<string, string> = {};
beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
  ids.caseA = (await caseInReview(tp, t)).id;
  ids.caseB = (await caseInReview(tp, t)).id;
  ids.commentA = (await tp.gql<{ addComment: { id: string } }>('mutation($c: ID!) { addComment(caseId: $c, body: "Пікір А") { id } }', { c: ids.caseA }, t.member1)).data!.addComment.id;
  ids.commentB = (await tp.gql<{ addComment: { id: string } }>('mutation($c: ID!) { addComment(caseId: $c, body: "Пікір Б") { id } }', { c: ids.caseB }, t.member1)).data!.addComment.id;
  ids.roundB = (await tp.gql<{ openVoting: { id: string } }>('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: ids.caseB }, t.chair)).data!.openVoting.id;
  await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Туысы") { id } }', { c: ids.caseA }, t.member3);
  // A demo case already decided and prescribed: its decision and prescription ids.
  const prescribed = await tp.gql<{ cases: { edges: { node: { id: string; decision: { id: string }; prescriptions: { id: string }[] } }[] } }>('{ cases(first: 1, filter: { status: [PRESCRIBED] }) { edges { node { id decision { id } prescriptions { id } } } } }', {}, t.secretary);
  const node = prescribed.data!.cases.edges[0].node;
  ids.decision = node.decision.id;
  ids.prescription = node.prescriptions[0].id;
  for (const [k, v] of Object.entries(ids)) expect(v, k).toMatch(/^[0-9a-f-]{36}$/);
});
afterAll(() => tp.close());

const ABSENT = '7f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
const CASE = 'query($id: ID!) { case(id: $id) { id number } }';
const ADD = 'mutation($c: ID!, $p: ID) { addComment(caseId: $c, body: "Сәлем", parentId: $p) { id } }';
const EDIT = 'mutation($id: ID!) { editComment(id: $id, body: "Өзгертілді") { id } }';
const DELETE = 'mutation($id: ID!) { deleteComment(id: $id) { id } }';
const TYPING = 'mutation($c: ID!) { setTyping(caseId: $c, typing: true) }';

// [what, account, query, variables of the forbidden call, variables of the absent call]
const alike: [string, string, string, () => Record<string, unknown>, () => Record<string, unknown>][] = [
  ['an analyst opening a case', 'analyst', CASE, () => ({ id: ids.caseA }), () => ({ id: ABSENT })],
  ['an administrator opening a case', 'admin', CASE, () => ({ id: ids.caseA }), () => ({ id: ABSENT })],
  ['a malformed id and an absent one', 'member1', CASE, () => ({ id: 'KZ-2026-0001' }), () => ({ id: ABSENT })],
];

// [what, account, query, variables, code]
const guessed: [string, string, string, () => Record<string, unknown>, string][] = [
  // A recused member knows the case (they declared the conflict): the refusal says why instead of hiding it.
  ['a recused member commenting on the case', 'member3', ADD, () => ({ c: ids.caseA }), 'FORBIDDEN'],
  ['a recused member typing in the case room', 'member3', TYPING, () => ({ c: ids.caseA }), 'FORBIDDEN'],
  ['a recused member editing a comment of the case', 'member3', EDIT, () => ({ id: ids.commentA }), 'FORBIDDEN'],
  ['a recused member deleting a comment of the case', 'member3', DELETE, () => ({ id: ids.commentA }), 'FORBIDDEN'],
  ['a case id that does not exist', 'member1', CASE, () => ({ id: ABSENT }), 'NOT_FOUND'],
  ['a case id with SQL in it', 'member1', CASE, () => ({ id: `' OR '1'='1` }), 'NOT_FOUND'],
  ['a case id that closes the statement', 'member1', CASE, () => ({ id: `${ABSENT}'); DROP TABLE "case"; --` }), 'NOT_FOUND'],
  ['a case id of 500 000 characters', 'member1', CASE, () => ({ id: 'f'.repeat(500_000) }), 'NOT_FOUND'],
  ['a case id given as a number', 'member1', CASE, () => ({ id: 42 }), 'NOT_FOUND'],
  ['a comment id where a case id is expected', 'member1', CASE, () => ({ id: ids.commentA }), 'NOT_FOUND'],
  ['a reply to a comment of another case', 'member1', ADD, () => ({ c: ids.caseA, p: ids.commentB }), 'BAD_USER_INPUT'],
  ['a reply to a malformed comment id', 'member1', ADD, () => ({ c: ids.caseA, p: 'not-an-id' }), 'BAD_USER_INPUT'],
  ['a reply to a case id given as the parent comment', 'member1', ADD, () => ({ c: ids.caseA, p: ids.caseA }), 'BAD_USER_INPUT'],
  ["editing another member's comment", 'member2', EDIT, () => ({ id: ids.commentB }), 'FORBIDDEN'],
  ['a vote in a round given by its case id', 'member1', 'mutation($r: ID!) { castVote(roundId: $r, choice: ABSTAIN) { id } }', () => ({ r: ids.caseB }), 'NOT_FOUND'],
  ['a vote in a malformed round', 'member1', 'mutation($r: ID!) { castVote(roundId: $r, choice: ABSTAIN) { id } }', () => ({ r: '1' }), 'NOT_FOUND'],
  ['closing a round that does not exist', 'chair', 'mutation($r: ID!) { closeVoting(roundId: $r) { id } }', () => ({ r: ABSENT }), 'NOT_FOUND'],
  ['closing a round given by a comment id', 'chair', 'mutation($r: ID!) { closeVoting(roundId: $r) { id } }', () => ({ r: ids.commentB }), 'NOT_FOUND'],
  ['opening voting on a case that does not exist', 'chair', 'mutation($c: ID!) { openVoting(caseId: $c) { id } }', () => ({ c: ABSENT }), 'NOT_FOUND'],
  ['compliance on a decision id', 'secretary', 'mutation($p: ID!) { recordCompliance(prescriptionId: $p, status: COMPLIED) { id } }', () => ({ p: ids.decision }), 'NOT_FOUND'],
  ['delivering a prescription given by its case id', 'secretary', 'mutation($p: ID!) { deliverPrescription(prescriptionId: $p) { id } }', () => ({ p: ids.caseB }), 'NOT_FOUND'],
  ['signing a prescription id as a decision', 'chair', 'mutation($d: ID!) { signDecision(decisionId: $d) { id } }', () => ({ d: ids.prescription }), 'NOT_FOUND'],
  ['a dissent on a decision that does not exist', 'member1', 'mutation($d: ID!) { addDissent(decisionId: $d, text: "Келіспеймін") { id } }', () => ({ d: ABSENT }), 'NOT_FOUND'],
  ['extending the deadline of a malformed case id', 'chair', 'mutation($c: ID!) { extendDeadline(caseId: $c, reason: "Сараптама") { id } }', () => ({ c: '../../etc/passwd' }), 'NOT_FOUND'],
  ['screening a comment id as a case', 'secretary', 'mutation($c: ID!) { startScreening(caseId: $c) { id } }', () => ({ c: ids.commentA }), 'NOT_FOUND'],
  ['deactivating a malformed member id', 'admin', 'mutation($m: ID!) { deactivateMember(id: $m) { id } }', () => ({ m: 'admin' }), 'NOT_FOUND'],
  ['a page cursor that is not one', 'member1', 'query($a: String) { cases(first: 5, after: $a) { totalCount } }', () => ({ a: '%%%not-base64%%%' }), 'BAD_USER_INPUT'],
  ['a forged page cursor (well-formed, wrong contents)', 'member1', 'query($a: String) { cases(first: 5, after: $a) { totalCount } }', () => ({ a: Buffer.from(JSON.stringify(['not a date', 'not a uuid'])).toString('base64url') }), 'BAD_USER_INPUT'],
  ['a forged page cursor with SQL in it', 'member1', 'query($a: String) { cases(first: 5, after: $a) { totalCount } }', () => ({ a: Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', "x' or 1=1 --"])).toString('base64url') }), 'BAD_USER_INPUT'],
  ['a forged page cursor with a time PostgreSQL cannot hold', 'member1', 'query($a: String) { cases(first: 5, after: $a) { totalCount } }', () => ({ a: Buffer.from(JSON.stringify([new Date(-8.64e15).toISOString(), ABSENT])).toString('base64url') }), 'BAD_USER_INPUT'],
];

describe('ids a client guessed or borrowed', () => {
  it.each(alike)('answers %s exactly as an absent case', async (_what, who, query, forbiddenVars, absentVars) => {
    const before = await tp.snapshot();
    const forbidden = await ask(tp, query, forbiddenVars(), t[who]);
    const absent = await ask(tp, query, absentVars(), t[who]);
    expect(codes(forbidden), `${forbidden.text.slice(0, 300)} | ${absent.text.slice(0, 300)}`).toEqual(codes(absent));
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codes(absent)[0]);
    expect(forbidden.body!.errors![0].message).toBe(absent.body!.errors![0].message);
    expect(forbidden.body!.data ?? null).toEqual(absent.body!.data ?? null);
    expectNoLeak(forbidden.text);
    expect(await tp.snapshot()).toEqual(before);
    await expectStillServing(tp, t.member1);
  });

  it.each(guessed)('refuses %s', async (_what, who, query, variables, code) => {
    await expectRefused(tp, t.member1, () => ask(tp, query, variables(), t[who]), code);
  });

  it.each([
    ['an evidence file with a malformed id', '/files/evidence/not-a-uuid'],
    ['an evidence file that does not exist', `/files/evidence/${ABSENT}`],
    ['a prescription PDF given by a case id', () => `/documents/prescriptions/${ids.caseA}.pdf`],
    ['a protocol PDF with a path in the id', '/documents/decisions/..%2F..%2Fetc%2Fpasswd/protocol.pdf'],
  ])('answers a download of %s with 404 NOT_FOUND', async (_what, path) => {
    const before = await tp.snapshot();
    const url = `${tp.url}${typeof path === 'function' ? path() : path}`;
    const res = await fetch(url, { headers: { authorization: `Bearer ${t.secretary}` } });
    const text = await res.text();
    expect(res.status).toBe(404);
    expect(JSON.parse(text).error.code).toBe('NOT_FOUND');
    expectNoLeak(text);
    expect(await tp.snapshot()).toEqual(before);
    await expectStillServing(tp, t.member1);
  });
});
