// Recusal takes a member out of the case (DESIGN.md §5): of it they keep its number, status and
// clock, and nothing else — through the case, its events, the panel's feed, notifications and
// mentions; a recused chair or deputy does not preside, and the other one does, with the casting vote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ALL_MET, caseInReview, demoTokens, SET_REASONING, writeDecisionReasoning } from '../../test-support/scenarios.js';
import { collect, wsClient } from '../../test-support/ws-client.js';

let tp: TestPlatform;
let t: Record<string, string>;

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
});
afterAll(() => tp?.close());

const recuse = (caseId: string, who: string) =>
  tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: caseId }, t[who]);
const comment = (caseId: string, body: string, who = 'member1') =>
  tp.gql('mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }', { c: caseId, b: body }, t[who]);

/** Every field of Case a client could ask for, one level of objects deep. */
const EVERYTHING = `query($id: ID!) { case(id: $id) {
  id number status receivedAt dueAt overdue viewerRecused
  description eotinishNumber language screeningReason
  comments { id body } events { seq kind payload comment { body } actor { id } }
  episodes { id excerpt } resources { id url } recusals { id reason }
  votingRounds { id } decision { id answerText reasoning } prescriptions { id } prescription { id }
  childProfile { region } checklist { met } extension { reason } allowedTransitions
} }`;

describe('a recused member', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = (await caseInReview(tp, t)).id;
    await comment(caseId, 'Первое мнение по делу');
    expect(codeOf(await recuse(caseId, 'member4'))).toBeUndefined();
    await comment(caseId, '@member4 посмотрите, пожалуйста'); // a mention after the recusal
  });

  it('keeps the case number, status and clock, and gets nothing else of it', async () => {
    const r = await tp.gql(`query($id: ID!) { case(id: $id) { id number status receivedAt dueAt overdue viewerRecused } }`, { id: caseId }, t.member4);
    expect(r.errors).toBeUndefined();
    expect(r.data!.case).toMatchObject({ id: caseId, viewerRecused: true });

    const all = await tp.gql(EVERYTHING, { id: caseId }, t.member4);
    expect(all.data?.case ?? null).toBeNull(); // non-null fields (the description …) are refused
    expect(all.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(JSON.stringify(all.data)).not.toMatch(/мнение|Родственник|посмотрите/);
  });

  it.each([
    ['comments', 'comments { id body }', []],
    ['the timeline', 'events { seq payload comment { body } }', []],
    ['the episodes', 'episodes { id excerpt }', []],
    ['the voting rounds', 'votingRounds { id }', []],
    ['the decision', 'decision { id answerText }', null],
    ['the extension', 'extension { reason }', null],
    ['the child', 'child { name }', null],
  ])('is given no %s', async (_what, selection, empty) => {
    const r = await tp.gql(`query($id: ID!) { case(id: $id) { id ${selection} } }`, { id: caseId }, t.member4);
    // Lists come empty; anything else is refused with FORBIDDEN and null in its place.
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(empty === null ? ['FORBIDDEN'] : undefined);
    expect(Object.values(r.data!.case).slice(1)).toEqual([empty]);
    // The others still see it all.
    const other = await tp.gql(`query($id: ID!) { case(id: $id) { id comments { id } events { seq } } }`, { id: caseId }, t.member1);
    expect(other.data!.case.comments.length).toBeGreaterThan(0);
  });

  it('is not mentioned, and sees no notification of the case', async () => {
    const r = await tp.gql('query { notifications { case { id } comment { body } } unreadNotificationCount }', {}, t.member4);
    expect(r.errors).toBeUndefined();
    expect(r.data!.notifications.filter((n: { case: { id: string } }) => n.case.id === caseId)).toEqual([]);
    const mentions = await query<{ n: string }>(tp.dbUrl,
      `select count(*)::text as n from comment_mention m join member p on p.id = m.member_id join comment c on c.id = m.comment_id where p.email = 'member4@demo.kz' and c.case_id = $1`, [caseId]);
    expect(mentions[0].n).toBe('0');
  });

  it('still finds the case in the queue, with nothing of its file', async () => {
    const r = await tp.gql('query { cases(first: 100) { edges { node { id status episodes { id } comments { id } } } } }', {}, t.member4);
    expect(r.errors).toBeUndefined();
    const node = r.data!.cases.edges.map((e: { node: { id: string } }) => e.node).find((n: { id: string }) => n.id === caseId);
    expect(node).toMatchObject({ status: 'IN_REVIEW', episodes: [], comments: [] });
  });
});

describe('the panel feed of a recused member', () => {
  it('tells that a case of theirs moved and when, without its payload or actor; the others get both', async () => {
    const kase = await caseInReview(tp, t);
    await recuse(kase.id, 'member5');
    const subscribe = (who: string) => {
      const client = wsClient(tp.url, t[who]);
      return { client, feed: collect<{ caseId: string; kind: string; payload: Record<string, unknown>; actor: { id: string } | null }>(client, 'subscription { panelEvents { seq kind caseId payload actor { id } } }', {}, 'panelEvents') };
    };
    const recused = subscribe('member5');
    const other = subscribe('member1');
    await new Promise((r) => setTimeout(r, 300)); // both subscribed before the move
    await tp.gql('mutation($c: ID!, $r: String!) { markOutOfScope(caseId: $c, reason: $r) { id } }', { c: kase.id, r: 'Ребёнку уже исполнилось 18 лет' }, t.secretary);
    const [mine] = await recused.feed.until(1);
    const [theirs] = await other.feed.until(1);
    expect(mine).toMatchObject({ caseId: kase.id, kind: 'CASE_STATUS_CHANGED', payload: {}, actor: null });
    expect(theirs).toMatchObject({ caseId: kase.id, kind: 'CASE_STATUS_CHANGED', actor: { id: expect.any(String) } });
    expect(Object.keys(theirs.payload).length).toBeGreaterThan(0);
    for (const s of [recused, other]) { s.feed.stop(); await s.client.dispose(); }
  });
});

describe('a recused chair', () => {
  it('may not open or close the vote, extend the deadline or sign; the deputy presides, with the casting vote', async () => {
    const kase = await caseInReview(tp, t);
    await recuse(kase.id, 'chair');
    const open = await tp.gql('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: kase.id }, t.chair);
    expect(codeOf(open)).toBe('FORBIDDEN');
    const extend = await tp.gql('mutation($c: ID!) { extendDeadline(caseId: $c, reason: "Нужны сведения") { id } }', { c: kase.id }, t.chair);
    expect(codeOf(extend)).toBe('FORBIDDEN');
    expect((await tp.gql(`query($id: ID!) { case(id: $id) { status votingRounds { id } extension { reason } } }`, { id: kase.id }, t.secretary)).data!.case)
      .toEqual({ status: 'IN_REVIEW', votingRounds: [], extension: null });

    const round = (await tp.gql('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: kase.id }, t.deputy)).data!.openVoting as { id: string };
    const close = await tp.gql('mutation($r: ID!) { closeVoting(roundId: $r) { id } }', { r: round.id }, t.chair);
    expect(codeOf(close)).toBe('FORBIDDEN');
    // A tie broken by the presiding deputy: deputy + member1 confirm, member2 + member3 do not.
    const vote = (who: string, choice: string) => tp.gql('mutation($r: ID!, $ch: VoteChoice!, $f: [FindingInput!]) { castVote(roundId: $r, choice: $ch, findings: $f) { id } }', { r: round.id, ch: choice, f: choice === 'CONFIRMED' ? ALL_MET : [] }, t[who]);
    for (const [who, choice] of [['deputy', 'CONFIRMED'], ['member1', 'CONFIRMED'], ['member2', 'NOT_CONFIRMED'], ['member3', 'NOT_CONFIRMED']]) expect(codeOf(await vote(who, choice))).toBeUndefined();
    expect(codeOf(await tp.gql('mutation($r: ID!) { closeVoting(roundId: $r) { id } }', { r: round.id }, t.deputy))).toBeUndefined();
    const decided = (await tp.gql(`query($id: ID!) { case(id: $id) { status decision { id outcome } } }`, { id: kase.id }, t.secretary)).data!.case;
    expect(decided.decision.outcome).toBe('CONFIRMED');

    const sign = await tp.gql('mutation($d: ID!) { signDecision(decisionId: $d) { id } }', { d: decided.decision.id }, t.chair);
    expect(codeOf(sign)).toBe('FORBIDDEN');
    expect(codeOf(await tp.gql(SET_REASONING, { d: decided.decision.id, kk: 'Негіздеме', ru: 'Обоснование' }, t.chair))).toBe('FORBIDDEN');
    await writeDecisionReasoning(tp, t, decided.decision.id, 'deputy');
    expect(codeOf(await tp.gql('mutation($d: ID!) { signDecision(decisionId: $d) { id } }', { d: decided.decision.id }, t.deputy))).toBeUndefined();
  });
});
