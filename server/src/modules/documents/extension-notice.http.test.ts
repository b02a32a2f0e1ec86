import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { caseInReview, demoTokens } from '../../test-support/scenarios.js';
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
const path = (caseId: string) => `/documents/cases/${caseId}/extension-notice.pdf`;
const logged = async (caseId: string) => (await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from case_event where case_id = $1 and kind = 'pii.viewed' and payload->>'document' = 'extension-notice'`, [caseId]))[0].n;

async function extendedCase(language: 'KK' | 'RU', reason: string) {
  const c = await caseInReview(tp, t, { applicant: { name: 'Гүлнар Сапарова', relation: 'PARENT', contact: '+7 701 555 0101', language } });
  const r = await tp.gql('mutation($c: ID!, $r: String!) { extendDeadline(caseId: $c, reason: $r) { dueAt } }', { c: c.id, r: reason }, t.chair);
  expect(r.errors).toBeUndefined();
  const kase = (await tp.gql('query($id: ID!) { case(id: $id) { number eotinishNumber } }', { id: c.id }, t.chair)).data!.case;
  return { id: c.id as string, number: kase.number as string, eotinish: kase.eotinishNumber as string };
}

describe('the extension notice over HTTP', () => {
  it('serves a Kazakh application\'s notice in Kazakh with the new date, the reason and both numbers, and logs the read', async () => {
    const c = await extendedCase('KK', 'Платформадан жауап күтілуде');
    const res = await get(path(c.id), t.secretary);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = await textOf(res);
    expect(text).toContain('Өтінішті қарау мерзімін ұзарту туралы хабарлама');
    expect(text).toMatch(/Өтінішті қараудың жаңа мерзімі: \d{4} жылғы \d{1,2} [а-яәғқңөұүһі]+ \(қоса алғанда\)/);
    expect(text).toContain('Платформадан жауап күтілуде');
    expect(text).toContain(c.number);
    expect(text).toContain(c.eotinish);
    expect(text).toContain('Гүлнар Сапарова');
    expect(text).not.toContain('Айгерім');
    expect(text).not.toMatch(/Уважаемый/);
    expect(await logged(c.id)).toBe(1);
  });

  it('serves a Russian application\'s notice in Russian', async () => {
    const c = await extendedCase('RU', 'Направлен запрос платформе');
    const text = await textOf(await get(path(c.id), t.chair));
    expect(text).toContain('Уведомление о продлении срока рассмотрения обращения');
    expect(text).toMatch(/Новый срок рассмотрения обращения: до \d{2}\.\d{2}\.\d{4} включительно/);
    expect(text).toContain('Направлен запрос платформе');
    expect(text).toContain(c.number);
    expect(text).toContain(c.eotinish);
    expect(text).not.toMatch(/Құрметті/);
  });

  it('refuses the notice of a case never extended (404), and logs nothing', async () => {
    const c = await caseInReview(tp, t);
    const res = await get(path(c.id), t.chair);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { messages: Localized } }).error.messages.ru).toMatch(/не продлевался/);
    expect(await logged(c.id)).toBe(0);
  });

  it.each([
    ['no token', undefined, 401],
    ['an advisor', 'advisor', 403],
    ['an analyst', 'analyst', 403],
    ['the admin', 'admin', 403],
    ['a member recused from the case', 'member5', 403],
  ])('refuses %s and logs nothing', async (_w, who, status) => {
    const c = await extendedCase('RU', 'Запрос платформе');
    expect((await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: c.id }, t.member5)).errors).toBeUndefined();
    const res = await get(path(c.id), who ? t[who] : undefined);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { messages: Localized } }).error.messages.ru.length).toBeGreaterThan(5);
    expect(await logged(c.id)).toBe(0);
  });

  it('answers an unknown or malformed case id with 404', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) expect((await get(path(id), t.chair)).status).toBe(404);
  });
});
