// Issue 16, item 3: the decision's own reasoning, written by the presiding chair or the secretary,
// required to sign; the answer carries it in the application's language and nothing of the members.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ALL_MET, caseInReview, confirmedCase, demoTokens, SET_REASONING } from '../../test-support/scenarios.js';
import { extractPdf, flat } from '../documents/pdf-text.test-support.js';

let tp: TestPlatform;
let t: Record<string, string>;
beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
});
afterAll(() => tp?.close());

const SIGN = 'mutation($d: ID!) { signDecision(decisionId: $d) { id signed } }';
const KK = 'Үш жарияланымда балаға қорлау жүйелі түрде жіберілді.';
const RU = 'В трех публикациях ребенку систематически адресовались оскорбления.';
const pdfText = async (path: string, token: string) =>
  flat((await extractPdf(Buffer.from(await (await fetch(`${tp.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer()))).text);
const set = (d: string, who: string, kk = KK, ru = RU) => tp.gql(SET_REASONING, { d, kk, ru }, t[who]);

describe('setDecisionReasoning', () => {
  it.each(['chair', 'deputy', 'secretary'])('is written by the %s, logged with ids only', async (who) => {
    const c = await confirmedCase(tp, t);
    const r = await set(c.decision.id, who, `  ${KK}  `);
    expect(r.errors).toBeUndefined();
    expect(r.data!.setDecisionReasoning).toMatchObject({ reasoningKk: KK, reasoningRu: RU });
    const events = await query<{ payload: Record<string, unknown> }>(tp.dbUrl, `select payload from case_event where case_id = $1 and kind = 'decision.reasoning_set'`, [c.id]);
    expect(events.map((e) => e.payload)).toEqual([{ decisionId: c.decision.id }]);
  });

  it.each([
    ['a member', 'member1', 'FORBIDDEN'],
    ['an advisor', 'advisor', 'FORBIDDEN'],
    ['an analyst', 'analyst', 'FORBIDDEN'],
  ])('refuses %s and changes nothing', async (_w, who, code) => {
    const c = await confirmedCase(tp, t);
    const before = await tp.snapshot();
    expect(codeOf(await set(c.decision.id, who))).toBe(code);
    expect(await tp.snapshot()).toEqual(before);
  });

  it('refuses a recused chair (the deputy presides) and changes nothing', async () => {
    const c = await caseInReview(tp, t);
    expect(codeOf(await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: c.id }, t.chair))).toBeUndefined();
    const round = (await tp.gql('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, t.deputy)).data!.openVoting;
    for (const who of ['deputy', 'member1', 'member2', 'member3']) {
      await tp.gql('mutation($r: ID!, $f: [FindingInput!]) { castVote(roundId: $r, choice: CONFIRMED, findings: $f) { id } }', { r: round.id, f: ALL_MET }, t[who]);
    }
    await tp.gql('mutation($r: ID!) { closeVoting(roundId: $r) { id } }', { r: round.id }, t.deputy);
    const d = (await tp.gql('query($id: ID!) { case(id: $id) { decision { id } } }', { id: c.id }, t.secretary)).data!.case.decision;
    const before = await tp.snapshot();
    expect(codeOf(await set(d.id, 'chair'))).toBe('FORBIDDEN');
    expect(await tp.snapshot()).toEqual(before);
    expect(codeOf(await set(d.id, 'deputy'))).toBeUndefined();
  });

  it('refuses a text over 10 000 characters and changes nothing', async () => {
    const c = await confirmedCase(tp, t);
    const before = await tp.snapshot();
    expect(codeOf(await set(c.decision.id, 'secretary', 'а'.repeat(10_001)))).toBe('BAD_USER_INPUT');
    expect(await tp.snapshot()).toEqual(before);
  });

  it('is required to sign, then editable until the protocol is signed by both, and refused after (nothing changes)', async () => {
    const c = await confirmedCase(tp, t);
    for (const who of ['chair', 'secretary']) {
      const before = await tp.snapshot();
      const r = await tp.gql(SIGN, { d: c.decision.id }, t[who]);
      expect(codeOf(r)).toBe('INVALID_TRANSITION');
      expect(r.errors![0].extensions!.messages).toMatchObject({ kk: expect.stringMatching(/негіздемесін/), ru: expect.stringMatching(/обоснование/), en: expect.stringMatching(/reasoning/) });
      expect(await tp.snapshot()).toEqual(before);
    }
    expect(codeOf(await set(c.decision.id, 'secretary', KK, ''))).toBeUndefined();
    expect(codeOf(await tp.gql(SIGN, { d: c.decision.id }, t.chair))).toBe('INVALID_TRANSITION');
    expect(codeOf(await set(c.decision.id, 'secretary'))).toBeUndefined();
    expect((await tp.gql(SIGN, { d: c.decision.id }, t.chair)).data!.signDecision.signed).toBe(false);
    expect(codeOf(await set(c.decision.id, 'chair', `${KK} Толықтырылды.`))).toBeUndefined(); // one signature: still editable
    expect((await tp.gql(SIGN, { d: c.decision.id }, t.secretary)).data!.signDecision.signed).toBe(true);
    for (const who of ['chair', 'secretary']) {
      const before = await tp.snapshot();
      expect(codeOf(await set(c.decision.id, who, 'Өзгерді', 'Изменено'))).toBe('INVALID_TRANSITION');
      expect(await tp.snapshot()).toEqual(before);
    }
  });
});

describe("the answer carries the decision's reasoning only", () => {
  it("in the application's language, without the members' vote reasoning or the dissent; the protocol has both halves", async () => {
    const c = await caseInReview(tp, t); // the factory's application is in Kazakh
    const round = (await tp.gql('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, t.chair)).data!.openVoting;
    const votes: [string, string, string][] = [
      ['chair', 'CONFIRMED', 'ДОВОД-ПРЕДСЕДАТЕЛЯ угрозы повторялись'], ['deputy', 'CONFIRMED', 'ДОВОД-ЗАМЕСТИТЕЛЯ'],
      ['member1', 'CONFIRMED', 'ДОВОД-ЧЛЕНА-1'], ['member2', 'CONFIRMED', 'ДОВОД-ЧЛЕНА-2'], ['member3', 'NOT_CONFIRMED', 'ДОВОД-ПРОТИВ единичный эпизод'],
    ];
    for (const [who, choice, reasoning] of votes) {
      const r = await tp.gql('mutation($r: ID!, $ch: VoteChoice!, $f: [FindingInput!], $x: String) { castVote(roundId: $r, choice: $ch, findings: $f, reasoning: $x) { id } }',
        { r: round.id, ch: choice, f: choice === 'CONFIRMED' ? ALL_MET : [], x: reasoning }, t[who]);
      expect(r.errors).toBeUndefined();
    }
    await tp.gql('mutation($r: ID!) { closeVoting(roundId: $r) { id } }', { r: round.id }, t.chair);
    const d = (await tp.gql('query($id: ID!) { case(id: $id) { decision { id } } }', { id: c.id }, t.chair)).data!.case.decision;
    expect(codeOf(await tp.gql('mutation($d: ID!) { addDissent(decisionId: $d, text: "ОСОБОЕ-МНЕНИЕ систематичности нет") { id } }', { d: d.id }, t.member3))).toBeUndefined();
    expect(codeOf(await set(d.id, 'secretary'))).toBeUndefined();

    const answerText = (await tp.gql('query($id: ID!) { case(id: $id) { decision { answerText } } }', { id: c.id }, t.secretary)).data!.case.decision.answerText as string;
    const answerPdf = await pdfText(`/documents/cases/${c.id}/answer.pdf`, t.secretary);
    for (const answer of [answerText, answerPdf]) {
      expect(flat(answer)).toContain(KK);
      expect(answer).not.toContain(RU);
      expect(answer).not.toMatch(/ДОВОД|ОСОБОЕ-МНЕНИЕ|Талғат Бекмұхамбетов/);
    }

    const protocol = await pdfText(`/documents/decisions/${d.id}/protocol.pdf`, t.chair);
    expect(protocol).toContain(KK);
    expect(protocol).toContain(RU);
    expect(protocol).toContain('ДОВОД-ПРОТИВ единичный эпизод');
    expect(protocol).toContain('ОСОБОЕ-МНЕНИЕ систематичности нет');
  });
});
