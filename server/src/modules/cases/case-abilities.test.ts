// `viewerCan` cannot drift from the rules: for each role (and a recused member) on a case in review
// and on a decided one, every boolean asked here equals what the mutation (or query) itself answers
// when called — accepted, or refused by role, recusal or the case's state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { caseInReview, confirmedCase, demoTokens, DECISION_REASONING } from '../../test-support/scenarios.js';

let tp: TestPlatform;
let t: Record<string, string>;

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
});
afterAll(() => tp?.close());

/** The columns: who asks. `member4` is the member who recused from the case. */
const WHO = ['chair', 'secretary', 'member1', 'advisor', 'analyst', 'admin', 'member4'] as const;
type Who = (typeof WHO)[number];

const ABILITIES = ['extendDeadline', 'recordExtensionNotice', 'choosePrescriptionUrls', 'comment', 'openVoting', 'readAudit', 'writeReasoning', 'signDecision', 'declareConflict'] as const;
type Ability = (typeof ABILITIES)[number];

/**
 * Refusals by role, recusal or state. Any other answer means the mutation was accepted: the calls
 * below send a payload that is wrong only where it is checked after those (BAD_USER_INPUT), so an
 * accepted call changes nothing, except where noted.
 */
const REFUSED = new Set(['FORBIDDEN', 'INVALID_TRANSITION', 'CONFLICT']);

/** One call of the operation behind each ability. */
const CALLS: Record<Ability, (c: { id: string; decisionId?: string }) => [string, Record<string, unknown>]> = {
  // A due time far past the 15-day limit: BAD_USER_INPUT once role, recusal and the clock allow it.
  extendDeadline: (c) => ['mutation($c: ID!) { extendDeadline(caseId: $c, reason: "Запрос платформе", dueAt: "2099-01-01T00:00:00Z") { id } }', { c: c.id }],
  recordExtensionNotice: (c) => ['mutation($c: ID!) { recordExtensionNotice(caseId: $c, sentAt: "2020-01-01T00:00:00Z", channel: EMAIL) { id } }', { c: c.id }],
  // A URL the case does not have: BAD_USER_INPUT once allowed.
  choosePrescriptionUrls: (c) => ['mutation($c: ID!) { setPrescriptionUrl(caseId: $c, url: "https://not-in-this-case.example/x", included: true) { url } }', { c: c.id }],
  comment: (c) => ['mutation($c: ID!) { addComment(caseId: $c, body: "Мнение по делу") { id } }', { c: c.id }],
  // Accepted, it opens the round: called last on its case.
  openVoting: (c) => ['mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }],
  readAudit: (c) => ['query($c: ID!) { caseAudit(caseId: $c, first: 1) { edges { node { kind } } } }', { c: c.id }],
  writeReasoning: (c) => ['mutation($d: ID!, $kk: String!, $ru: String!) { setDecisionReasoning(decisionId: $d, kk: $kk, ru: $ru) { id } }', { d: c.decisionId, ...DECISION_REASONING }],
  signDecision: (c) => ['mutation($d: ID!) { signDecision(decisionId: $d) { id } }', { d: c.decisionId }],
  // Accepted, it recuses the caller: called last.
  declareConflict: (c) => ['mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: c.id }],
};

const VIEWER_CAN = `query($id: ID!) { case(id: $id) { status viewerCan { ${ABILITIES.join(' ')} } } }`;

/** What `Case.viewerCan` says for each asker; a role that reads no case gets FORBIDDEN for the case, so it may do nothing on it. */
async function asked(caseId: string): Promise<Record<Who, Record<Ability, boolean>>> {
  const out = {} as Record<Who, Record<Ability, boolean>>;
  for (const who of WHO) {
    const r = await tp.gql<{ case: { viewerCan: Record<Ability, boolean> } }>(VIEWER_CAN, { id: caseId }, t[who]);
    if (who === 'analyst' || who === 'admin') {
      expect(codeOf(r), who).toBe('FORBIDDEN');
      out[who] = Object.fromEntries(ABILITIES.map((a) => [a, false])) as Record<Ability, boolean>;
    } else {
      expect(r.errors, who).toBeUndefined();
      out[who] = r.data!.case.viewerCan;
    }
  }
  return out;
}

/** Calls the ability's operation as each asker, the refused ones first (an accepted call may change the case), and compares. */
async function check(c: { id: string; decisionId?: string }, said: Record<Who, Record<Ability, boolean>>, ability: Ability) {
  const order = [...WHO].sort((a, b) => Number(said[a][ability]) - Number(said[b][ability]));
  const answers: Record<string, { said: boolean; code: unknown }> = {};
  for (const who of order) {
    const [query, variables] = CALLS[ability](c);
    const code = codeOf(await tp.gql(query, variables, t[who]));
    answers[who] = { said: said[who][ability], code: code ?? 'OK' };
  }
  const drift = Object.entries(answers).filter(([, a]) => a.said === REFUSED.has(a.code as string));
  expect(drift, `${ability}: viewerCan against the operation's answer`).toEqual([]);
  return answers;
}

const recuse = async (caseId: string) =>
  expect(codeOf(await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Конфликт интересов") { id } }', { c: caseId }, t.member4))).toBeUndefined();

describe('Case.viewerCan equals what the operations answer', () => {
  it('on a case in review', async () => {
    const c = await caseInReview(tp, t);
    await recuse(c.id);
    const said = await asked(c.id);
    expect(said.chair).toMatchObject({ extendDeadline: true, openVoting: true, comment: true, readAudit: true, declareConflict: true, writeReasoning: false });
    expect(said.member4).toMatchObject({ comment: false, declareConflict: false, extendDeadline: false });
    for (const ability of ['extendDeadline', 'recordExtensionNotice', 'choosePrescriptionUrls', 'comment', 'readAudit', 'openVoting'] as const) await check(c, said, ability);
    // After the round opened, the rest still agrees with a fresh ask.
    await check(c, await asked(c.id), 'declareConflict');
  });

  it('on a decided case', async () => {
    const c = await confirmedCase(tp, t);
    await recuse(c.id);
    const kase = { id: c.id, decisionId: c.decision.id };
    const said = await asked(c.id);
    expect(said.secretary).toMatchObject({ writeReasoning: true, signDecision: true, extendDeadline: false, choosePrescriptionUrls: false });
    expect(said.chair).toMatchObject({ openVoting: false, extendDeadline: false, signDecision: true });
    for (const ability of ['extendDeadline', 'choosePrescriptionUrls', 'comment', 'readAudit', 'openVoting', 'writeReasoning'] as const) await check(kase, said, ability);
    // Signed only over a written reasoning (above); the chair and the secretary each sign once.
    await check(kase, said, 'signDecision');
    await check(kase, await asked(c.id), 'declareConflict');
  });
});

describe('Comment.viewerCan equals what editComment and deleteComment answer', () => {
  it('on a comment of member1, asked by each', async () => {
    const c = await caseInReview(tp, t);
    await recuse(c.id);
    const posted = await tp.gql<{ addComment: { id: string } }>('mutation($c: ID!) { addComment(caseId: $c, body: "Мнение участника") { id } }', { c: c.id }, t.member1);
    const id = posted.data!.addComment.id;
    const ask = async (who: Who) => {
      const r = await tp.gql<{ case: { comments: { id: string; viewerCan: { edit: boolean; delete: boolean } }[] } }>('query($id: ID!) { case(id: $id) { comments { id viewerCan { edit delete } } } }', { id: c.id }, t[who]);
      return r.data?.case?.comments.find((x) => x.id === id)?.viewerCan ?? { edit: false, delete: false };
    };
    const said = Object.fromEntries(await Promise.all(WHO.map(async (w) => [w, await ask(w)] as const))) as Record<Who, { edit: boolean; delete: boolean }>;
    expect(said.member1).toEqual({ edit: true, delete: true });
    expect(said.chair).toEqual({ edit: false, delete: true });
    for (const op of ['edit', 'delete'] as const) {
      const call = op === 'edit' ? 'mutation($id: ID!) { editComment(id: $id, body: "Исправленное мнение") { id } }' : 'mutation($id: ID!) { deleteComment(id: $id) { id } }';
      // The refused first; of the allowed, one call (a deleted comment is deleted once).
      const order = [...WHO].sort((a, b) => Number(said[a][op]) - Number(said[b][op]));
      for (const who of order.filter((w) => !said[w][op])) expect(codeOf(await tp.gql(call, { id }, t[who])), `${op} as ${who}`).toMatch(/FORBIDDEN|NOT_FOUND/);
      if (op === 'edit') for (const who of order.filter((w) => said[w].edit)) expect(codeOf(await tp.gql(call, { id }, t[who])), `edit as ${who}`).toBeUndefined();
      else expect(codeOf(await tp.gql(call, { id }, t.chair)), 'delete as chair').toBeUndefined();
    }
    expect(await ask('member1')).toEqual({ edit: false, delete: false });
  });
});

describe('Query.viewerCan equals what the operations answer', () => {
  const GLOBAL = {
    seeCases: '{ cases(first: 1) { totalCount } }',
    readStats: '{ stats(period: { from: "2026-01-01", to: "2026-12-31" }) { total { value } } }',
    readAccountAudit: '{ accountAudit(first: 1) { edges { node { kind } } } }',
    readInbox: '{ unreadNotificationCount }',
  } as const;

  it.each(['chair', 'deputy', 'secretary', 'member1', 'advisor', 'analyst', 'admin'])('%s', async (who) => {
    const r = await tp.gql<{ viewerCan: Record<keyof typeof GLOBAL, boolean> }>(`{ viewerCan { ${Object.keys(GLOBAL).join(' ')} } }`, {}, t[who]);
    expect(r.errors).toBeUndefined();
    for (const [ability, query] of Object.entries(GLOBAL)) {
      const code = codeOf(await tp.gql(query, {}, t[who]));
      expect({ ability, allowed: code !== 'FORBIDDEN' }).toEqual({ ability, allowed: r.data!.viewerCan[ability as keyof typeof GLOBAL] });
    }
  });
});
