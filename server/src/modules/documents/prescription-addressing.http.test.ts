import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { confirmedCase, demoTokens } from '../../test-support/scenarios.js';
import { extractPdf, flat } from './pdf-text.test-support.js';

// The prescription as downloaded: the demo's settings name the signatory and the executor, and its
// TikTok entry carries a (fictitious) legal entity, BIN and address (db/seed/demo.ts, issue 16).
let tp: TestPlatform;
let t: Record<string, string>;

const pdfOf = async (id: string) => {
  const res = await fetch(`${tp.url}/documents/prescriptions/${id}.pdf`, { headers: { authorization: `Bearer ${t.member1}` } });
  expect(res.status).toBe(200);
  const pages = (await extractPdf(Buffer.from(await res.arrayBuffer()))).pages;
  const ruStart = pages.findIndex((page) => page.includes('ПРЕДПИСАНИЕ\nоб удалении'));
  return { kk: flat(pages.slice(0, ruStart).join('\n')), ru: flat(pages.slice(ruStart).join('\n')) };
};

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
});
afterAll(() => tp.close());

describe('the downloaded prescription', () => {
  it('addresses the registry\'s legal entity, BIN and address, names the signatory and executor, and says how to report compliance', async () => {
    const c = await confirmedCase(tp, t);
    const tiktok = c.prescriptions.find((p) => p.urls.some((u) => u.includes('tiktok')))!;
    expect(tiktok.urls).toEqual(['https://www.tiktok.com/@x/video/1']); // the account root @x left out
    const { kk, ru } = await pdfOf(tiktok.id);
    expect(kk).toContain('«Демо Өкілдік» ЖШС TikTok БСН: 051140000718 Мекенжайы: Астана қ., Мәңгілік Ел даңғылы, 55/20');
    expect(ru).toContain('ТОО «Демо Представительство» TikTok БИН: 051140000718 Адрес: г. Астана, проспект Мангилик Ел, 55/20');
    expect(kk).toContain('TikTok компаниясының Қазақстан Республикасындағы заңды өкілі');
    expect(ru).toContain('Законный представитель TikTok в Республике Казахстан');
    expect(kk).toContain('Ақпарат комитеті төрағасының орынбасары (қолы) Е. С. Мұхамеджанов');
    expect(ru).toContain('Заместитель председателя Комитета информации (подпись) Е. С. Мухамеджанов');
    expect(kk).toContain('Орындаушы: бас сарапшы Д. Е. Нұрланқызы, тел. +7 7172 00 00 00, эл. пошта: cyberbullying@demo.kz');
    expect(ru).toContain('Исполнитель: главный эксперт Д. Е. Нурланкызы, тел. +7 7172 00 00 00, e-mail: cyberbullying@demo.kz');
    expect(kk).toContain(`нұсқаманың нөмірін (№ ${tiktok.number}) көрсете отырып хабарлаңыз`);
    expect(ru).toContain(`указав номер предписания (№ ${tiktok.number})`);
  });

  it('says plainly what the registry lacks: a foreign owner without a BIN or an address', async () => {
    const c = await confirmedCase(tp, t);
    const telegram = c.prescriptions.find((p) => p.urls.some((u) => u.includes('t.me')))!;
    const { kk, ru } = await pdfOf(telegram.id);
    expect(kk).toContain('Telegram FZ-LLC Telegram Шетелдік тіркеу: United Arab Emirates Мекенжайы тізілімде көрсетілмеген');
    expect(ru).toContain('Telegram FZ-LLC Telegram Иностранная регистрация: United Arab Emirates Адрес в реестре не указан');
  });

  it('keeps the addressee it was issued to when the registry is edited later (an issued document does not change)', async () => {
    const c = await confirmedCase(tp, t);
    const tiktok = c.prescriptions.find((p) => p.urls.some((u) => u.includes('tiktok')))!;
    const before = await pdfOf(tiktok.id);
    const platforms = await tp.gql<{ platforms: { id: string; code: string; name: string; representative: string }[] }>('{ platforms { id code name representative } }', {}, t.admin);
    const entry = platforms.data!.platforms.find((p) => p.code === 'tiktok')!;
    const edit = await tp.gql('mutation($id: ID!, $i: PlatformInput!) { updatePlatform(id: $id, input: $i) { id } }', {
      id: entry.id,
      i: { name: entry.name, representative: entry.representative, legalNameKk: '«Жаңа Өкіл» ЖШС', legalNameRu: 'ТОО «Новый Представитель»', bin: '051140000718', addressKk: 'Алматы қ.', addressRu: 'г. Алматы' },
    }, t.admin);
    expect(edit.errors).toBeUndefined();
    const after = await pdfOf(tiktok.id);
    expect(after.ru).toContain('ТОО «Демо Представительство» TikTok БИН: 051140000718 Адрес: г. Астана');
    expect(after.ru).not.toContain('Новый Представитель');
    expect(after).toEqual(before);
    const next = (await confirmedCase(tp, t)).prescriptions.find((p) => p.urls.some((u) => u.includes('tiktok')))!;
    expect((await pdfOf(next.id)).ru).toContain('ТОО «Новый Представитель» TikTok БИН: 051140000718 Адрес: г. Алматы');
  });
});
