import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';

let tp: TestPlatform;
let secretary: string;

beforeAll(async () => {
  tp = await startTestPlatform();
  secretary = await tp.login('secretary@demo.kz');
});
afterAll(() => tp.close());

describe('registerApplication', () => {
  it('opens a case with a pseudonym, the platforms from the URLs, a due time and a registered event', async () => {
    const input = applicationInput();
    const r = await tp.gql(REGISTER, { input }, secretary);
    expect(r.errors).toBeUndefined();
    const c = r.data!.registerApplication;
    expect(c.number).toMatch(/^KZ-\d{4}-\d{4}$/);
    expect(c.status).toBe('REGISTERED');
    expect(c.language).toBe('KK');
    expect(c.episodes.map((e: { platform: { code: string } | null }) => e.platform?.code)).toEqual(['tiktok', 'telegram']);
    expect(c.resources[0].platform.code).toBe('tiktok');
    expect(new Date(c.dueAt).getTime()).toBeGreaterThan(new Date(c.receivedAt).getTime() + 3 * 86_400_000 - 1);
    const events = await query<{ kind: string; actor_id: string }>(tp.dbUrl, 'select kind, actor_id from case_event where case_id = $1', [c.id]);
    expect(events.map((e) => e.kind)).toEqual(['case.registered']);
  });

  it.each([
    ['2024-12-31T19:00:00Z', 2025, 'midnight of 1 January in Almaty'],
    ['2024-12-31T18:59:59Z', 2024, 'a second before it'],
  ])('numbers a case received at %s in the series of %i (%s): the year is Kazakhstan\'s', async (receivedAt, year) => {
    const day = 86_400_000;
    const at = Date.parse(receivedAt);
    const input = applicationInput({ receivedAt, episodes: [
      { occurredAt: new Date(at - 5 * day).toISOString(), url: 'https://www.tiktok.com/@x/video/1', contentKind: 'VIDEO', excerpt: null },
      { occurredAt: new Date(at - 3 * day).toISOString(), url: 'https://t.me/class_chat/7', contentKind: 'MESSAGE', excerpt: null },
    ] });
    const r = await tp.gql(REGISTER, { input }, secretary);
    expect(r.errors).toBeUndefined();
    expect(r.data!.registerApplication.number).toMatch(new RegExp(`^KZ-${year}-\\d{4}$`));
  });

  it('is idempotent on the E-otinish number: the second call returns the same case and changes nothing', async () => {
    const input = applicationInput();
    const first = await tp.gql(REGISTER, { input }, secretary);
    const before = await tp.snapshot();
    const second = await tp.gql(REGISTER, { input: { ...input, description: 'другой текст' } }, secretary);
    expect(second.data!.registerApplication.id).toBe(first.data!.registerApplication.id);
    expect(await tp.snapshot()).toEqual(before);
  });

  it('accepts a real Cyrillic number, and one application typed in other ways is one case', async () => {
    const serial = String(Date.now()).slice(-8);
    const first = await tp.gql(REGISTER, { input: applicationInput({ eotinishNumber: `ЖТ-2026-${serial}` }) }, secretary);
    expect(first.errors).toBeUndefined();
    const id = first.data!.registerApplication.id;
    const before = await tp.snapshot();
    // Lower case, a Latin T among Cyrillic letters, a slash, spaces, an en dash, a trailing dot, full-width digits.
    const variants = [`жт-2026-${serial}`, `ЖT-2026-${serial}`, `ЖТ/2026/${serial}`, ` ЖТ 2026 ${serial} `.trim(), `ЖТ–2026–${serial}`, `ЖТ-2026-${serial}.`,
      `ЖТ-２０２６-${serial}`];
    for (const eotinishNumber of variants) {
      const again = await tp.gql(REGISTER, { input: applicationInput({ eotinishNumber }) }, secretary);
      expect(again.errors, eotinishNumber).toBeUndefined();
      expect(again.data!.registerApplication.id, eotinishNumber).toBe(id);
    }
    expect(await tp.snapshot()).toEqual(before);
    // Stored as entered the first time.
    expect((await query<{ n: string }>(tp.dbUrl, 'select application_number as n from "case" where id = $1', [id]))[0].n).toBe(`ЖТ-2026-${serial}`);
    // Another application stays another case.
    const other = await tp.gql(REGISTER, { input: applicationInput({ eotinishNumber: `ЖТ-2026-${serial}1` }) }, secretary);
    expect(other.data!.registerApplication.id).not.toBe(id);
  });

  it('registers one case when the same application arrives twice at once', async () => {
    const input = applicationInput();
    const [a, b] = await Promise.all([tp.gql(REGISTER, { input }, secretary), tp.gql(REGISTER, { input }, secretary)]);
    expect(a.data!.registerApplication.id).toBe(b.data!.registerApplication.id);
    const rows = await query(tp.dbUrl, 'select id from "case" where application_number = $1', [input.eotinishNumber]);
    expect(rows).toHaveLength(1);
  });

  const future = new Date(Date.now() + 7 * 86_400_000).toISOString();
  it.each([
    ['an episode URL that is not http(s)', { episodes: [{ occurredAt: new Date().toISOString(), url: 'javascript:alert(1)', contentKind: 'TEXT' }] }, 'BAD_USER_INPUT', /http/],
    ['a birth date in the future', { child: { name: 'X', birthDate: future.slice(0, 10), region: 'ASTANA' } }, 'BAD_USER_INPUT', /birth date is in the future/],
    ['a birth date that is not a date', { child: { name: 'X', birthDate: '2012-02-30', region: 'ASTANA' } }, 'BAD_USER_INPUT', /YYYY-MM-DD/],
    ['a receipt time in the future', { receivedAt: future }, 'BAD_USER_INPUT', /future/],
    ['no episodes', { episodes: [] }, 'BAD_USER_INPUT', /episodes/],
    ['a description over 20 000 characters', { description: 'а'.repeat(20_001) }, 'BAD_USER_INPUT', /description/],
    ['an unknown region', { child: { name: 'X', birthDate: '2012-01-01', region: 'MARS' } }, 'BAD_USER_INPUT', /Region/],
    ['an E-otinish number with markup', { eotinishNumber: 'ZT<1>' }, 'BAD_USER_INPUT', /E-otinish number/],
    ['an E-otinish number starting with a dash', { eotinishNumber: '-ZT-1' }, 'BAD_USER_INPUT', /E-otinish number/],
  ])('refuses %s and changes nothing', async (_what, override, code, message) => {
    const before = await tp.snapshot();
    const r = await tp.gql(REGISTER, { input: applicationInput(override) }, secretary);
    expect(codeOf(r)).toBe(code);
    expect(r.errors![0].message).toMatch(message);
    expect(JSON.stringify(r)).not.toMatch(/at .*\.ts:\d+|select |insert /i);
    expect(await tp.snapshot()).toEqual(before);
  });

  it('refuses a 10 MB description at the body limit with a clear error', async () => {
    const before = await tp.snapshot();
    const r = await tp.gql(REGISTER, { input: applicationInput({ description: 'x'.repeat(10 * 1024 * 1024) }) }, secretary);
    expect(r.status).toBe(413);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/larger than the limit/);
    expect(await tp.snapshot()).toEqual(before);
  });

  it.each([['member1@demo.kz'], ['advisor@demo.kz'], ['analyst@demo.kz'], ['admin@demo.kz']])('refuses %s (FORBIDDEN) and changes nothing', async (email) => {
    const token = await tp.login(email);
    const before = await tp.snapshot();
    const r = await tp.gql(REGISTER, { input: applicationInput() }, token);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(await tp.snapshot()).toEqual(before);
  });

  it('refuses a request without a token (UNAUTHENTICATED)', async () => {
    const r = await tp.gql(REGISTER, { input: applicationInput() });
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });
});
