import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInReview, demoTokens } from '../../test-support/scenarios.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { query } from '../../test-support/databases.js';

// The rapporteur of a case (issue 17, "my cases"): named by the staff, told in the inbox, in the queue's "my cases".
let tp: TestPlatform;
let t: Record<string, string>;
let ids: Record<string, string>;

const SET = 'mutation($c: ID!, $m: ID) { setRapporteur(caseId: $c, memberId: $m) { id rapporteur { id name } viewerCan { nameRapporteur } } }';
type Set = { setRapporteur: { id: string; rapporteur: { id: string; name: string } | null; viewerCan: { nameRapporteur: boolean } } };
const set = (caseId: string, memberId: string | null, who = 'secretary') => tp.gql<Set>(SET, { c: caseId, m: memberId }, t[who]);
const mine = async (who: string) =>
  (await tp.gql<{ cases: { edges: { node: { id: string } }[] } }>('{ cases(first: 100, filter: { view: MY_CASES, state: ALL }) { edges { node { id } } } }', {}, t[who])).data!.cases.edges.map((e) => e.node.id);
const events = async (caseId: string) =>
  query<{ payload: { memberId: string | null; previousMemberId: string | null } }>(tp.dbUrl, `select payload from case_event where case_id = $1 and kind = 'case.rapporteur_set' order by seq`, [caseId]);

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
  const members = (await tp.gql<{ members: { id: string; email: string }[] }>('{ members { id email } }', {}, t.admin)).data!.members;
  ids = Object.fromEntries(members.map((m) => [m.email.split('@')[0], m.id]));
});
afterAll(() => tp.close());

describe('naming the rapporteur', () => {
  it('names a member: the case shows them, the log records it, their inbox tells them, and it is among their cases', async () => {
    const c = await caseInReview(tp, t);
    expect(await mine('member2')).not.toContain(c.id);
    const r = await set(c.id, ids.member2);
    expect(r.errors).toBeUndefined();
    expect(r.data!.setRapporteur.rapporteur?.id).toBe(ids.member2);
    expect(r.data!.setRapporteur.viewerCan.nameRapporteur).toBe(true);
    expect(await events(c.id)).toEqual([{ payload: { memberId: ids.member2, previousMemberId: null } }]);
    const inbox = await tp.gql<{ notifications: { kind: string; case: { id: string } }[] }>('{ notifications(unreadOnly: true) { kind case { id } } }', {}, t.member2);
    expect(inbox.data!.notifications).toContainEqual({ kind: 'case.rapporteur', case: { id: c.id } });
    expect(await mine('member2')).toContain(c.id);

    // The same again changes nothing; another member replaces them; null removes.
    expect((await set(c.id, ids.member2)).errors).toBeUndefined();
    expect(await events(c.id)).toHaveLength(1);
    expect((await set(c.id, ids.member3, 'chair')).data!.setRapporteur.rapporteur?.id).toBe(ids.member3);
    expect(await mine('member2')).not.toContain(c.id);
    expect(await mine('member3')).toContain(c.id);
    expect((await set(c.id, null)).data!.setRapporteur.rapporteur).toBeNull();
    expect(await mine('member3')).not.toContain(c.id);
    expect((await events(c.id)).map((e) => e.payload)).toEqual([
      { memberId: ids.member2, previousMemberId: null },
      { memberId: ids.member3, previousMemberId: ids.member2 },
      { memberId: null, previousMemberId: ids.member3 },
    ]);
    const timeline = await tp.gql<{ case: { events: { kind: string; details: { memberId: string | null } }[] } }>(
      'query($id: ID!) { case(id: $id) { events { kind details { ... on RapporteurSetDetails { memberId } } } } }', { id: c.id }, t.member1);
    expect(timeline.data!.case.events.filter((e) => e.kind === 'CASE_RAPPORTEUR_SET')).toHaveLength(3);
  });

  it.each([
    ['the secretary (does not vote)', 'secretary', 'голосующий'],
    ['an advisor', 'advisor', 'голосующий'],
    ['an analyst', 'analyst', 'голосующий'],
    ['a member who recused from the case', 'member4', 'конфликте интересов'],
    ['an unknown id', null, 'действующего'],
  ])('refuses %s under memberId with BAD_USER_INPUT, in words, and changes nothing', async (_what, who, words) => {
    const c = await caseInReview(tp, t);
    await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: c.id }, t.member4);
    const before = await tp.snapshot();
    const r = await set(c.id, who ? ids[who] : '6f1c2b0e-3a4d-4e5f-8a9b-0c1d2e3f4a5b');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    const ext = r.errors![0].extensions as { fields: Record<string, { code: string; message: { ru: string } }> };
    expect(ext.fields.memberId.message.ru).toContain(words);
    expect(r.errors![0].message).not.toMatch(/select|insert|at .*\.ts/i);
    expect(await tp.snapshot()).toEqual(before);
  });

  it('refuses members who do not run cases (FORBIDDEN) and a finished case (CONFLICT), changing nothing', async () => {
    const c = await caseInReview(tp, t);
    const before = await tp.snapshot();
    for (const who of ['member1', 'advisor', 'analyst', 'admin']) expect(codeOf(await set(c.id, ids.member1, who))).toBe('FORBIDDEN');
    expect(await tp.snapshot()).toEqual(before);
    const out = await tp.gql('mutation($c: ID!) { markOutOfScope(caseId: $c, reason: "Не относится к кибербуллингу") { id } }', { c: c.id }, t.secretary);
    expect(out.errors).toBeUndefined();
    const closed = await tp.snapshot();
    const r = await set(c.id, ids.member1);
    expect(codeOf(r)).toBe('CONFLICT');
    expect(await tp.snapshot()).toEqual(closed);
  });

  it('a rapporteur who recuses stops being the rapporteur, and the log says so', async () => {
    const c = await caseInReview(tp, t);
    await set(c.id, ids.member1);
    await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Знаком с семьей") { id } }', { c: c.id }, t.member1);
    const r = await tp.gql<{ case: { rapporteur: unknown } }>('query($id: ID!) { case(id: $id) { rapporteur { id } } }', { id: c.id }, t.chair);
    expect(r.data!.case.rapporteur).toBeNull();
    expect((await events(c.id)).map((e) => e.payload)).toEqual([
      { memberId: ids.member1, previousMemberId: null },
      { memberId: null, previousMemberId: ids.member1 },
    ]);
    expect(await mine('member1')).not.toContain(c.id);
  });

  it('withholds the rapporteur from a member who recused from the case', async () => {
    const c = await caseInReview(tp, t);
    await set(c.id, ids.member2);
    await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: c.id }, t.member5);
    const r = await tp.gql<{ case: { rapporteur: unknown } }>('query($id: ID!) { case(id: $id) { number rapporteur { id } } }', { id: c.id }, t.member5);
    expect(r.data?.case?.rapporteur ?? null).toBeNull();
    expect(codeOf(r)).toBe('FORBIDDEN');
  });
});

describe('naming the rapporteur while others act on the case', () => {
  it('five staff naming at once, a recusal and a comment in the same second: no deadlock, no INTERNAL, one rapporteur, a log that adds up', async () => {
    const c = await caseInReview(tp, t);
    const writes = [
      set(c.id, ids.member1, 'secretary'), set(c.id, ids.member2, 'chair'), set(c.id, ids.member3, 'deputy'),
      set(c.id, ids.member5, 'secretary'), set(c.id, null, 'chair'),
      tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Знаком с семьей") { id } }', { c: c.id }, t.member3),
      tp.gql('mutation($c: ID!) { addComment(caseId: $c, body: "Беру на себя подготовку") { id } }', { c: c.id }, t.member1),
    ];
    const answers = await Promise.all(writes);
    const codes = answers.map(codeOf);
    expect(codes.filter((x) => x === 'INTERNAL')).toEqual([]);
    // member3's naming fails only when the recusal came first.
    expect(codes.every((x) => x === undefined || x === 'BAD_USER_INPUT')).toBe(true);
    const [row] = await query<{ member_id: string }>(tp.dbUrl, 'select member_id from case_rapporteur where case_id = $1', [c.id]);
    const log = (await events(c.id)).map((e) => e.payload);
    // The log replays to the row: each event starts from the one before it.
    let current: string | null = null;
    for (const e of log) {
      expect(e.previousMemberId).toBe(current);
      current = e.memberId;
    }
    expect(row?.member_id ?? null).toBe(current);
    const recused = await query<{ n: string }>(tp.dbUrl, 'select count(*) as n from recusal where case_id = $1 and member_id = $2', [c.id, ids.member3]);
    expect(Number(recused[0].n)).toBe(1);
    // Named before the recusal or refused after it: member3 is never the rapporteur at the end.
    expect(current).not.toBe(ids.member3);
  });
});
