import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { ALL_MET, caseInReview, confirmedCase, demoTokens, writeDecisionReasoning } from '../../test-support/scenarios.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import type { Localized } from '../../shared/domain-error.js';
import { extractPdf, flat } from './pdf-text.test-support.js';

let tp: TestPlatform;
let t: Record<string, string>;
beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
});
afterAll(() => tp.close());

const get = (path: string, token?: string) => fetch(`${tp.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const textOf = async (res: Response) => flat((await extractPdf(Buffer.from(await res.arrayBuffer()))).text);

describe('printable documents over HTTP', () => {
  it('serves the prescription as a PDF with its URLs, numbers and both languages, and never the child\'s name', async () => {
    const c = await confirmedCase(tp, t);
    const p = c.prescriptions[0];
    const res = await get(`/documents/prescriptions/${p.id}.pdf`, t.member1);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = await textOf(res);
    for (const url of p.urls) expect(text).toContain(url);
    expect(text).toContain(p.number);
    expect(text).toContain(c.decision.protocolNumber);
    expect(text).toContain(c.number);
    expect(text).toMatch(/НҰСҚАМА/);
    expect(text).toMatch(/ПРЕДПИСАНИЕ/);
    expect(text).toMatch(/24/);
    expect(text).not.toContain('Айгерім');
  });

  it('names the platform in the Kazakh half by its Kazakh name from the registry, in the Russian half by its name', async () => {
    // Every platform of the registry gets a Kazakh name, then a case is decided and its prescription printed.
    const before = await query<{ id: string; name_kk: string | null }>(tp.dbUrl, 'select id, name_kk from platform');
    await query(tp.dbUrl, `update platform set name_kk = 'Қазақша атауы'`);
    try {
      const c = await confirmedCase(tp, t);
      const res = await get(`/documents/prescriptions/${c.prescriptions[0].id}.pdf`, t.member1);
      const { pages } = await extractPdf(Buffer.from(await res.arrayBuffer()));
      const ruStart = pages.findIndex((page) => page.includes('ПРЕДПИСАНИЕ\nоб удалении')); // the Russian half starts on a page of its own
      const [kk, ru] = [flat(pages.slice(0, ruStart).join('\n')), flat(pages.slice(ruStart).join('\n'))];
      expect(ruStart).toBeGreaterThan(0);
      expect(kk).toContain('Қазақша атауы');
      expect(ru).not.toContain('Қазақша атауы');
    } finally {
      for (const r of before) await query(tp.dbUrl, 'update platform set name_kk = $2 where id = $1', [r.id, r.name_kk]);
    }
  });

  it('serves the protocol in both languages and the answer in the application\'s language (a logged personal-data read)', async () => {
    const c = await confirmedCase(tp, t);
    const protocol = await textOf(await get(`/documents/decisions/${c.decision.id}/protocol.pdf`, t.chair));
    expect(protocol).toContain(c.decision.protocolNumber);
    expect(protocol).toMatch(/ХАТТАМА|Хаттама/);
    expect(protocol).toMatch(/ПРОТОКОЛ|Протокол/);
    const answer = await textOf(await get(`/documents/cases/${c.id}/answer.pdf`, t.secretary));
    expect(answer).toMatch(/Құрметті/); // the factory's application is in Kazakh
    expect(answer).not.toMatch(/Уважаемый/);
    const logged = await query(tp.dbUrl, `select 1 from case_event where case_id = $1 and kind = 'pii.viewed' and payload->>'document' = 'answer'`, [c.id]);
    expect(logged).toHaveLength(1);
  });

  it('prints the dissenter and the signer as recorded, and refuses the protocol to a member recused from the case', async () => {
    const c = await caseInReview(tp, t);
    expect((await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: c.id }, t.member5)).errors).toBeUndefined();
    const round = (await tp.gql('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, t.chair)).data!.openVoting;
    const vote = (who: string, choice: string) => tp.gql(`mutation($r: ID!, $f: [FindingInput!]) { castVote(roundId: $r, choice: ${choice}, findings: $f) { id } }`, { r: round.id, f: ALL_MET }, t[who]);
    for (const who of ['chair', 'deputy', 'member1', 'member2']) await vote(who, 'CONFIRMED');
    await tp.gql('mutation($r: ID!, $f: [FindingInput!]) { castVote(roundId: $r, choice: NOT_CONFIRMED, findings: $f) { id } }', { r: round.id, f: [] }, t.member3);
    await tp.gql('mutation($r: ID!) { closeVoting(roundId: $r) { id } }', { r: round.id }, t.chair);
    const decision = (await tp.gql('query($id: ID!) { case(id: $id) { decision { id } } }', { id: c.id }, t.chair)).data!.case.decision;
    expect((await tp.gql('mutation($d: ID!) { addDissent(decisionId: $d, text: "Эпизод единичный, систематичности нет") { id } }', { d: decision.id }, t.member3)).errors).toBeUndefined();
    await writeDecisionReasoning(tp, t, decision.id, 'chair');
    expect((await tp.gql('mutation($d: ID!) { signDecision(decisionId: $d) { id } }', { d: decision.id }, t.chair)).errors).toBeUndefined();

    const protocol = await textOf(await get(`/documents/decisions/${decision.id}/protocol.pdf`, t.member1));
    expect(protocol).toContain('Талғат Бекмұхамбетов'); // member3, the dissenter
    expect(protocol).toContain('Эпизод единичный, систематичности нет');
    expect(protocol).toContain('Әсел Нұрланқызы'); // the chair, who signed
    const refused = await get(`/documents/decisions/${decision.id}/protocol.pdf`, t.member5);
    expect(refused.status).toBe(403);
  });

  it.each([
    ['no token', () => `/documents/prescriptions/00000000-0000-4000-8000-000000000000.pdf`, () => undefined, 401],
    ['an unknown prescription', () => `/documents/prescriptions/00000000-0000-4000-8000-000000000000.pdf`, () => t.chair, 404],
    ['an analyst (refused before any lookup)', () => `/documents/prescriptions/00000000-0000-4000-8000-000000000000.pdf`, () => t.analyst, 403],
    ['the answer for an advisor', () => 'answer', () => t.advisor, 403],
  ])('refuses %s', async (_w, path, token, status) => {
    let target = path();
    if (target === 'answer') target = `/documents/cases/${(await confirmedCase(tp, t)).id}/answer.pdf`;
    const res = await get(target, token());
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { messages: Localized } }).error.messages.ru.length).toBeGreaterThan(5);
  });
});
