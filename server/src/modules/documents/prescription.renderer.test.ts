import { describe, it, expect } from 'vitest';
import { CHILD_NAME, MINISTRY, prescriptionFixture, URLS } from './documents.fixtures.js';
import { extractPdf, flat, unwrapped } from './pdf-text.test-support.js';
import { renderPrescriptionPdf } from './prescription.renderer.js';

describe('renderPrescriptionPdf', () => {
  it('prints every URL in full, the prescription, protocol and case numbers', async () => {
    const { text } = await extractPdf(await renderPrescriptionPdf(prescriptionFixture()));
    for (const url of URLS) expect(unwrapped(text)).toContain(url);
    expect(text).toContain('ПР-2026-0003');
    expect(text).toContain('ЭГ-2026-017');
    expect(text).toContain('KZ-2026-0042');
  });

  it('gives the whole text in Kazakh, then in Russian', async () => {
    const { text, pages } = await extractPdf(await renderPrescriptionPdf(prescriptionFixture()));
    expect(text).toContain('НҰСҚАМА / ПРЕДПИСАНИЕ');
    // Kazakh-only letters (ә, қ, ұ) and Russian words, each in its own part.
    expect(flat(text)).toContain('Құқықтық негіз');
    expect(flat(text)).toContain('«Бала құқықтары туралы»');
    expect(flat(text)).toContain('Правовое основание');
    expect(flat(text)).toContain('кибербуллинг ребенка — систематические (два и более раз) действия');
    expect(flat(text).indexOf('Құқықтық негіз')).toBeLessThan(flat(text).indexOf('Правовое основание'));
    // The Russian part starts on a page of its own.
    expect(pages.findIndex((page) => page.includes('Правовое основание'))).toBeGreaterThan(0);
    expect(pages.every((page) => !(page.includes('Талап') && page.includes('Требование')))).toBe(true);
  });

  it('demands removal within 24 hours of receipt and warns of restricted access', async () => {
    const { text } = await extractPdf(await renderPrescriptionPdf(prescriptionFixture()));
    expect(flat(text)).toContain('Осы нұсқаманы алған сәттен бастап 24 сағат ішінде');
    expect(flat(text)).toContain('в течение 24 часов с момента получения настоящего предписания');
    expect(flat(text)).toContain('интернет-ресурсқа қол жеткізуді шектеуге негіз болып табылады');
    expect(flat(text)).toContain('является основанием для ограничения доступа к интернет-ресурсу');
  });

  it.each([
    [48, '48 сағат ішінде', 'в течение 48 часов'],
    [21, '21 сағат ішінде', 'в течение 21 часа'],
  ])('takes the removal period from the data (%i hours)', async (hours, kk, ru) => {
    const { text } = await extractPdf(await renderPrescriptionPdf(prescriptionFixture({ removalHours: hours })));
    expect(flat(text)).toContain(kk);
    expect(flat(text)).toContain(ru);
  });

  it('names the addressee, the legal basis and the signatories with the time signed or a blank line', async () => {
    const { text } = await extractPdf(await renderPrescriptionPdf(prescriptionFixture()));
    expect(text).toContain('TikTok (TikTok Pte. Ltd.)');
    expect(text).toContain('legal.kz@tiktok.com');
    expect(flat(text)).toContain('№ 562-НҚ');
    expect(text).toContain('Ә. Б. Жұмабекова');
    expect(text).toContain('Сараптама тобының төрағасы');
    expect(text).toContain('Секретарь экспертной группы');
    expect(text).toContain('18.03.2026 14:20'); // signed at 09:20 UTC, shown in Kazakhstan time
    expect(text).toContain('(қолы)');
    expect(text).toContain('(подпись)');
  });

  it('labels a deputy chair who signs in the chair\'s stead', async () => {
    const signatures = [{ name: 'Н. Т. Оспанов', role: 'DEPUTY_CHAIR' as const, signedAt: null }];
    const { text } = await extractPdf(await renderPrescriptionPdf(prescriptionFixture({ signatures })));
    expect(flat(text)).toContain('Сараптама тобы төрағасының орынбасары');
    expect(flat(text)).toContain('Заместитель председателя экспертной группы');
    expect(text).toContain('Н. Т. Оспанов');
  });

  it('omits the contact line when there is none', async () => {
    const doc = prescriptionFixture();
    const { text } = await extractPdf(
      await renderPrescriptionPdf({ ...doc, addressee: { ...doc.addressee, contact: null } }),
    );
    expect(text).not.toContain('Байланыс');
    expect(text).not.toContain('Контакты');
  });

  it('sets the title and the ministry as author in the PDF metadata', async () => {
    const { info } = await extractPdf(await renderPrescriptionPdf(prescriptionFixture()));
    expect(info['Title']).toBe('НҰСҚАМА / ПРЕДПИСАНИЕ № ПР-2026-0003');
    expect(info['Author']).toBe(`${MINISTRY.kk} / ${MINISTRY.ru}`);
  });

  it('wraps a 500-character URL and still prints it whole', async () => {
    const path = '/video/7345123456789012345?' + 'utm_source=share&utm_medium=copy_link&ref=abcdefghij'.repeat(10);
    const long = `https://www.tiktok.com/@anon_school_15${path}`.slice(0, 500);
    expect(long).toHaveLength(500);
    const { text } = await extractPdf(await renderPrescriptionPdf(prescriptionFixture({ urls: [long, URLS[0]!] })));
    // Wrapped: no single extracted line holds it, yet the lines joined back give it whole.
    expect(text.split('\n').some((line) => line.includes(long))).toBe(false);
    expect(unwrapped(text)).toContain(long);
  });

  it("never prints the child's name, even when the caller's object carries it", async () => {
    // A caller spreading a whole case into the document: the extra field must not leak.
    const fromCase = { ...prescriptionFixture(), child: { name: CHILD_NAME, birthDate: '2013-05-02' } };
    const { text, info } = await extractPdf(await renderPrescriptionPdf(fromCase));
    for (const part of [CHILD_NAME, ...CHILD_NAME.split(' ')]) {
      expect(text).not.toContain(part);
      expect(JSON.stringify(info)).not.toContain(part);
    }
  });
});
