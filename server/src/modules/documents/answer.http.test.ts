// GET /documents/cases/:id/answer.pdf: the answer to the applicant for every ending of the case, in
// the application's language, for the roles that may see the applicant's identity, each read logged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { REGISTER, applicationInput } from '../../test-support/factories.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { caseInReview, confirmedCase, demoTokens } from '../../test-support/scenarios.js';
import { answerTexts } from './answer.texts.js';
import { extractPdf, flat } from './pdf-text.test-support.js';

let tp: TestPlatform;
let t: Record<string, string>;
beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
});
afterAll(() => tp.close());

const get = (path: string, token?: string) => fetch(`${tp.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const answerOf = (caseId: string, token?: string) => get(`/documents/cases/${caseId}/answer.pdf`, token);
const textOf = async (res: Response) => flat((await extractPdf(Buffer.from(await res.arrayBuffer()))).text);
/** How /documents refuses a document: a code and a message in each language. */
type RefusedDocument = { error: { code: string; messages: Record<string, string> } };
const logged = async (caseId: string) => query<{ actor_id: string; payload: Record<string, unknown> }>(tp.dbUrl, `select actor_id, payload from case_event where case_id = $1 and kind = 'pii.viewed' and payload->>'document' = 'answer' order by seq`, [caseId]);

async function leftEarly(how: 'returnToApplicant' | 'markOutOfScope', reason: string, language = 'KK', application: Record<string, unknown> = {}) {
  const input = applicationInput(application);
  const r = await tp.gql(REGISTER, { input: { ...input, applicant: { ...input.applicant, language } } }, t.secretary);
  expect(r.errors).toBeUndefined();
  const c = r.data!.registerApplication as { id: string; number: string };
  await tp.gql('mutation($c: ID!) { startScreening(caseId: $c) { id } }', { c: c.id }, t.secretary);
  expect((await tp.gql(`mutation($c: ID!, $r: String!) { ${how}(caseId: $c, reason: $r) { id } }`, { c: c.id, r: reason }, t.secretary)).errors).toBeUndefined();
  return c;
}

describe('the answer to the applicant over HTTP', () => {
  it('serves a decided case\'s answer in the application\'s language, with how to appeal, and logs the read', async () => {
    const c = await confirmedCase(tp, t);
    const res = await answerOf(c.id, t.secretary);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = await textOf(res);
    expect(text).toMatch(/Құрметті/); // the factory's application is in Kazakh
    expect(text).not.toMatch(/Уважаемый/);
    expect(text).toContain(c.decision.protocolNumber);
    expect(text).toContain(answerTexts.kk.appeal);
    expect(text).not.toContain('Эпизоды систематические'); // the members' vote reasoning stays in the protocol
    expect((await logged(c.id)).map((r) => r.payload)).toEqual([{ subject: 'applicant', document: 'answer', ending: 'CONFIRMED', decisionId: c.decision.id }]);
  });

  it.each([
    ['returned', 'returnToApplicant', 'RU', 'ПРИЧИНА-ВОЗВРАТА: не приложены скриншоты', [answerTexts.ru.returnReasonLabel, answerTexts.ru.returnedWhatNext, answerTexts.ru.appeal]],
    ['out of scope', 'markOutOfScope', 'KK', 'СЕБЕБІ: жәбірленуші кәмелетке толған', [answerTexts.kk.outOfScopeReasonLabel, answerTexts.kk.outOfScopeWhereTo, answerTexts.kk.appeal]],
  ] as const)('serves a %s case\'s answer with its reason and what the applicant can do', async (_what, how, language, reason, phrases) => {
    const c = await leftEarly(how, reason, language);
    const res = await answerOf(c.id, t.chair);
    expect(res.status).toBe(200);
    const text = await textOf(res);
    expect(text).toContain(reason);
    for (const p of phrases) expect(text).toContain(p);
    expect(text).toContain(c.number);
    expect(text).not.toContain('Айгерім'); // the child's name, never
    expect((await logged(c.id)).map((r) => r.payload.ending)).toEqual([how === 'returnToApplicant' ? 'RETURNED' : 'OUT_OF_SCOPE']);
  });

  it('cites a paper application by its incoming registration number', async () => {
    const number = `01-12/${Date.now() % 100_000}`;
    const c = await leftEarly('returnToApplicant', 'Нет ссылок', 'RU', { eotinishNumber: undefined, applicationKind: 'PAPER', applicationNumber: number });
    const text = await textOf(await answerOf(c.id, t.secretary));
    expect(text).toContain(`На вх. № ${number} от `);
    expect(text).toContain(`на бумажном носителе и зарегистрированное за вх. № ${number}`);
    expect(text).not.toContain('поступившее через платформу');
  });

  it('answers a case with no ending yet with a clear CONFLICT, and logs nothing', async () => {
    const c = await caseInReview(tp, t);
    const res = await answerOf(c.id, t.secretary);
    expect(res.status).toBe(409);
    const body = (await res.json()) as RefusedDocument;
    expect(body.error.code).toBe('CONFLICT');
    for (const lang of ['en', 'ru', 'kk']) expect(body.error.messages[lang]).toContain('IN_REVIEW');
    expect(await logged(c.id)).toEqual([]);
  });

  it.each([
    ['no token', () => undefined, 401],
    ['an advisor (no identity)', () => t.advisor, 403],
    ['the analyst', () => t.analyst, 403],
    ['the admin', () => t.admin, 403],
  ])('refuses %s, and logs nothing', async (_w, token, status) => {
    const c = await leftEarly('returnToApplicant', 'Нет ссылок');
    const res = await answerOf(c.id, token());
    expect(res.status).toBe(status);
    expect(((await res.json()) as RefusedDocument).error.messages.ru.length).toBeGreaterThan(5);
    expect(await logged(c.id)).toEqual([]);
  });

  it('refuses a member recused from the case, and answers an unknown or malformed id with 404', async () => {
    const c = await caseInReview(tp, t);
    expect((await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: c.id }, t.member5)).errors).toBeUndefined();
    expect((await tp.gql('mutation($c: ID!, $r: String!) { markOutOfScope(caseId: $c, reason: $r) { id } }', { c: c.id, r: 'Дубликат' }, t.secretary)).errors).toBeUndefined();
    expect((await answerOf(c.id, t.member5)).status).toBe(403);
    expect((await answerOf(c.id, t.member1)).status).toBe(200);
    expect((await answerOf('00000000-0000-4000-8000-000000000000', t.chair)).status).toBe(404);
    expect((await answerOf('nope', t.chair)).status).toBe(404);
  });

  it('is no longer served per decision', async () => {
    const c = await confirmedCase(tp, t);
    expect((await get(`/documents/decisions/${c.decision.id}/answer.pdf`, t.secretary)).status).toBe(404);
  });
});
