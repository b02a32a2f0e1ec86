import { describe, it, expect } from 'vitest';
import { CHILD_NAME, MINISTRY, prescriptionFixture, URLS } from './documents.fixtures.js';
import { extractPdf, flat, unwrapped } from './pdf-text.test-support.js';
import { addresseeIn, renderPrescriptionPdf } from './prescription.renderer.js';

// The decisions module's placeholder when a platform has no representative on record ("ru / kk").
const OWNER_UNKNOWN =
  'Собственник и (или) законный представитель интернет-ресурса / Интернет-ресурстың меншік иесі және (немесе) заңды өкілі';

/**
 * The Kazakh half and the Russian half of the extracted text (the Russian starts on a page of its
 * own), each as one line, without the bilingual page footers.
 */
const halves = (pages: string[]): { kk: string; ru: string } => {
  const ruStart = pages.findIndex((page) => page.includes('ПРЕДПИСАНИЕ\nоб удалении'));
  const join = (part: string[]) => flat(part.join('\n').split('\n').filter((line) => !line.includes('-бет / ')).join('\n'));
  return { kk: join(pages.slice(0, ruStart)), ru: join(pages.slice(ruStart)) };
};

/** The addressee block of a half: from its label to the first paragraph. */
const addresseeBlock = (half: string, label: string, next: string): string =>
  half.slice(half.indexOf(label) + label.length, half.indexOf(next));

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
    expect(flat(text)).toContain('«Қазақстан Республикасындағы баланың құқықтары туралы»');
    expect(flat(text)).toContain('Правовое основание');
    expect(flat(text)).toContain('кибербуллинг ребенка — систематические (два и более раз) действия');
    expect(flat(text).indexOf('Құқықтық негіз')).toBeLessThan(flat(text).indexOf('Правовое основание'));
    // The Russian part starts on a page of its own.
    expect(pages.findIndex((page) => page.includes('Правовое основание'))).toBeGreaterThan(0);
    expect(pages.every((page) => !(page.includes('Талап') && page.includes('Требование')))).toBe(true);
  });

  it('demands removal within 24 hours of receipt and warns, citing art. 40, of suspended access', async () => {
    const { text } = await extractPdf(await renderPrescriptionPdf(prescriptionFixture()));
    expect(flat(text)).toContain('Осы нұсқаманы алған сәттен бастап 24 сағат ішінде');
    expect(flat(text)).toContain('в течение 24 часов с момента получения настоящего предписания');
    expect(flat(text)).toContain(
      '«Масс-медиа туралы» Қазақстан Республикасы Заңының 40-бабына сәйкес нұсқаманы белгіленген мерзімде ' +
      'орындамау интернет-ресурсқа қолжетімділікті тоқтата тұруға негіз болып табылады',
    );
    expect(flat(text)).toContain(
      'В соответствии со статьей 40 Закона Республики Казахстан «О масс-медиа» неисполнение предписания ' +
      'в установленный срок является основанием для приостановления доступа к интернет-ресурсу',
    );
    for (const restriction of ['ограничени', 'шектеу']) expect(text).not.toContain(restriction);
  });

  it.each([
    [48, '48 сағат ішінде', 'в течение 48 часов'],
    [21, '21 сағат ішінде', 'в течение 21 часа'],
  ])('takes the removal period from the data (%i hours)', async (hours, kk, ru) => {
    const { text } = await extractPdf(await renderPrescriptionPdf(prescriptionFixture({ removalHours: hours })));
    expect(flat(text)).toContain(kk);
    expect(flat(text)).toContain(ru);
  });

  it('names the addressee, is signed by the authorised body, and states in text who signed the decision and when', async () => {
    const { text } = await extractPdf(await renderPrescriptionPdf(prescriptionFixture()));
    expect(text).toContain('TikTok (TikTok Pte. Ltd.)');
    expect(text).toContain('legal.kz@tiktok.com');
    expect(flat(text)).toContain('№ 562-НҚ');
    // The panel's decision: who signed it in the system and when (09:20 UTC is 14:20 in Astana); only the chair did.
    expect(flat(text)).toContain(
      'Сараптама тобының № ЭГ-2026-017 хаттамасына жүйеде қол қойғандар: ' +
      'Сараптама тобының төрағасы Ә. Б. Жұмабекова — 2026 жылғы 18 наурыз, 14:20.',
    );
    expect(flat(text)).toContain(
      'Протокол экспертной группы № ЭГ-2026-017 подписан в системе: ' +
      'председатель экспертной группы Ә. Б. Жұмабекова — 18.03.2026 14:20.',
    );
    expect(text).not.toContain('Д. С. Ким'); // the secretary has not signed
    // Not signed by the panel's chair as if the prescription were the panel's act.
    expect(text).not.toMatch(/^Председатель экспертной группы/m);
    expect(text).not.toMatch(/^Сараптама тобының төрағасы/m);
  });

  it('imitates no signature: no "signed" frame, only text', async () => {
    const { text } = await extractPdf(await renderPrescriptionPdf(prescriptionFixture()));
    expect(text).not.toContain('Подписано');
    expect(text).not.toContain('Қол қойылды');
  });

  it('says when no one has signed the decision in the system yet', async () => {
    const signatures = [{ name: 'Ә. Б. Жұмабекова', role: 'CHAIR' as const, signedAt: null }];
    const { text } = await extractPdf(await renderPrescriptionPdf(prescriptionFixture({ signatures })));
    expect(flat(text)).toContain('сараптама тобының № ЭГ-2026-017 хаттамасына жүйеде әлі қол қойылмаған');
    expect(flat(text)).toContain('протокол экспертной группы № ЭГ-2026-017 в системе не подписан');
    expect(text).not.toContain('Ә. Б. Жұмабекова');
  });

  it('labels a deputy chair who signed the decision in the chair\'s stead', async () => {
    const signatures = [{ name: 'Н. Т. Оспанов', role: 'DEPUTY_CHAIR' as const, signedAt: new Date('2026-03-18T09:20:00Z') }];
    const { text } = await extractPdf(await renderPrescriptionPdf(prescriptionFixture({ signatures })));
    expect(flat(text)).toContain('Сараптама тобы төрағасының орынбасары Н. Т. Оспанов — 2026 жылғы 18 наурыз, 14:20');
    expect(flat(text)).toContain('заместитель председателя экспертной группы Н. Т. Оспанов — 18.03.2026 14:20');
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

  it('cites each law by its official title, in each half in its own language', async () => {
    const { kk, ru } = halves((await extractPdf(await renderPrescriptionPdf(prescriptionFixture()))).pages);
    expect(kk).toContain('«Қазақстан Республикасындағы баланың құқықтары туралы» Қазақстан Республикасы Заңының 1-бабының 4-1) тармақшасы');
    expect(kk).toContain('«Масс-медиа туралы» Қазақстан Республикасы Заңының 40-бабы');
    expect(kk).toContain(
      'Қазақстан Республикасы Мәдениет және ақпарат министрінің 2024 жылғы 26 қарашадағы № 562-НҚ бұйрығымен ' +
      'бекітілген Балаға қатысты кибербуллинг фактілері бойынша сараптама тобын құру, сондай-ақ өтінішті қарау қағидалары',
    );
    expect(ru).toContain('Подпункт 4-1) статьи 1 Закона Республики Казахстан «О правах ребенка в Республике Казахстан»');
    expect(ru).toContain('статья 40 Закона Республики Казахстан «О масс-медиа»');
    expect(ru).toContain(
      'Правила создания экспертной группы, а также рассмотрения заявления по фактам кибербуллинга в отношении ребенка, ' +
      'утвержденные приказом Министра культуры и информации Республики Казахстан от 26 ноября 2024 года № 562-НҚ',
    );
    for (const half of [kk, ru]) {
      expect(half).not.toContain('4.1');
      expect(half).not.toContain('«Бала құқықтары туралы»');
      expect(half).not.toMatch(/«О правах ребенка»/);
      expect(half).not.toContain('средствах массовой информации»');
    }
  });

  it('is sent by the authorised body on the basis of the panel\'s decision, with its protocol number and date', async () => {
    const { kk, ru } = halves((await extractPdf(await renderPrescriptionPdf(prescriptionFixture()))).pages);
    expect(kk).toContain(
      `Уәкілетті орган — ${MINISTRY.kk} «Масс-медиа туралы» Қазақстан Республикасы Заңының 40-бабына сәйкес`,
    );
    expect(kk).toContain('сараптама тобының 2026 жылғы 18 наурыздағы № ЭГ-2026-017 хаттамамен ресімделген шешімі негізінде осы нұсқаманы жібереді');
    expect(ru).toContain(`Уполномоченный орган — ${MINISTRY.ru} в соответствии со статьей 40`);
    expect(ru).toContain('на основании решения экспертной группы, оформленного протоколом № ЭГ-2026-017 от 18.03.2026');
  });

  it('writes the dates of the Kazakh half in the Kazakh long form', async () => {
    const { kk, ru } = halves((await extractPdf(await renderPrescriptionPdf(prescriptionFixture()))).pages);
    expect(kk).toContain('2026 жылғы 18 наурыз № ПР-2026-0003'); // issued at 09:30 UTC
    expect(kk).toContain('2026 жылғы 18 наурыздағы № ЭГ-2026-017');
    expect(kk).not.toMatch(/\d\d\.\d\d\.\d{4}/);
    expect(ru).toContain('18.03.2026 № ПР-2026-0003');
  });

  it('prints the addressee in each half in its language, the unknown owner included', async () => {
    const doc = prescriptionFixture();
    const unknown = { ...doc, addressee: { platform: { kk: '—', ru: '—' }, representative: OWNER_UNKNOWN, contact: null, legalName: null, bin: null, registration: null, address: null } };
    for (const fixture of [doc, unknown]) {
      const { kk, ru } = halves((await extractPdf(await renderPrescriptionPdf(fixture))).pages);
      const kkTo = addresseeBlock(kk, 'заңды өкіліне:', 'Уәкілетті орган');
      const ruTo = addresseeBlock(ru, 'представителю интернет-ресурса:', 'Уполномоченный орган');
      expect(kkTo).not.toContain(' / ');
      expect(kkTo).not.toMatch(/законный представитель|Собственник|ТОО /);
      expect(ruTo).not.toContain(' / ');
      expect(ruTo).not.toMatch(/заңды өкілі|меншік иесі|ЖШС/);
    }
    const { kk, ru } = halves((await extractPdf(await renderPrescriptionPdf(unknown))).pages);
    expect(addresseeBlock(kk, 'заңды өкіліне:', 'Уәкілетті орган').trim()).toBe(
      '— (заңды тұлғаның атауы тізілімде көрсетілмеген) БСН тізілімде көрсетілмеген Мекенжайы тізілімде көрсетілмеген ' +
      'Интернет-ресурстың меншік иесі және (немесе) заңды өкілі',
    );
    expect(addresseeBlock(ru, 'представителю интернет-ресурса:', 'Уполномоченный орган').trim()).toBe(
      '— (наименование юридического лица в реестре не указано) БИН в реестре не указан Адрес в реестре не указан ' +
      'Собственник и (или) законный представитель интернет-ресурса',
    );
  });
});

describe('renderPrescriptionPdf: addressee, signatory, executor and the report of compliance (issue 16)', () => {
  it('addresses the legal entity by name, BIN and address, each half in its language', async () => {
    const { kk, ru } = halves((await extractPdf(await renderPrescriptionPdf(prescriptionFixture()))).pages);
    const kkTo = addresseeBlock(kk, 'заңды өкіліне:', 'Уәкілетті орган');
    const ruTo = addresseeBlock(ru, 'представителю интернет-ресурса:', 'Уполномоченный орган');
    expect(kkTo).toContain('«ТикТок Қазақстан» ЖШС');
    expect(kkTo).toContain('БСН: 051140000718');
    expect(kkTo).toContain('Мекенжайы: Алматы қ., Әл-Фараби даңғылы, 77/7');
    expect(ruTo).toContain('ТОО «ТикТок Казахстан»');
    expect(ruTo).toContain('БИН: 051140000718');
    expect(ruTo).toContain('Адрес: г. Алматы, проспект Аль-Фараби, 77/7');
    expect(kkTo).not.toMatch(/БИН|Адрес|ТОО/);
    expect(ruTo).not.toMatch(/БСН|Мекенжайы|ЖШС/);
  });

  it('prints a foreign registration when there is no BIN, and says when neither nor the address is recorded', async () => {
    const doc = prescriptionFixture();
    const foreign = { ...doc, addressee: { ...doc.addressee, legalName: { kk: 'TikTok Pte. Ltd.', ru: 'TikTok Pte. Ltd.' }, bin: null, registration: 'Singapore, UEN 201000000X' } };
    let { kk, ru } = halves((await extractPdf(await renderPrescriptionPdf(foreign))).pages);
    expect(kk).toContain('Шетелдік тіркеу: Singapore, UEN 201000000X');
    expect(ru).toContain('Иностранная регистрация: Singapore, UEN 201000000X');
    expect(kk).not.toContain('БСН');
    const bare = { ...doc, addressee: { ...doc.addressee, legalName: null, bin: null, registration: null, address: null } };
    ({ kk, ru } = halves((await extractPdf(await renderPrescriptionPdf(bare))).pages));
    expect(kk).toContain('TikTok (TikTok Pte. Ltd.) (заңды тұлғаның атауы тізілімде көрсетілмеген) БСН тізілімде көрсетілмеген Мекенжайы тізілімде көрсетілмеген');
    expect(ru).toContain('TikTok (TikTok Pte. Ltd.) (наименование юридического лица в реестре не указано) БИН в реестре не указан Адрес в реестре не указан');
  });

  it('names the platform in each half in its language when the registry has a Kazakh name', async () => {
    const doc = prescriptionFixture();
    const named = { ...doc, addressee: { ...doc.addressee, platform: { kk: 'Мектеп форумы', ru: 'Школьный форум' } } };
    const { kk, ru } = halves((await extractPdf(await renderPrescriptionPdf(named))).pages);
    const kkTo = addresseeBlock(kk, 'заңды өкіліне:', 'Уәкілетті орган');
    const ruTo = addresseeBlock(ru, 'представителю интернет-ресурса:', 'Уполномоченный орган');
    expect(kkTo).toContain('Мектеп форумы');
    expect(kkTo).not.toContain('Школьный форум');
    expect(ruTo).toContain('Школьный форум');
    expect(ruTo).not.toContain('Мектеп форумы');
  });

  it('names the issuing official from the settings, keeps a blank line to sign by hand, and the system-signature text', async () => {
    const { kk, ru } = halves((await extractPdf(await renderPrescriptionPdf(prescriptionFixture()))).pages);
    expect(kk).toContain('Ақпарат комитеті төрағасының орынбасары (қолы) Е. С. Мұхамеджанов');
    expect(ru).toContain('Заместитель председателя Комитета информации (подпись) Е. С. Мухамеджанов');
    expect(kk).toContain('хаттамасына жүйеде қол қойғандар');
    expect(ru).toContain('подписан в системе');
    for (const half of [kk, ru]) expect(half).not.toMatch(/Подписано|Қол қойылды/);
  });

  it('falls back to the generic official with blank lines when the settings name none', async () => {
    const doc = prescriptionFixture({ officials: { signatory: null, executor: null } });
    const { kk, ru } = halves((await extractPdf(await renderPrescriptionPdf(doc))).pages);
    expect(kk).toContain('Уәкілетті органның лауазымды адамы (қолы) (тегі, аты-жөні)');
    expect(ru).toContain('Должностное лицо уполномоченного органа (подпись) (фамилия, инициалы)');
    expect(kk).not.toContain('Орындаушы');
    expect(ru).not.toContain('Исполнитель');
    // With no executor, compliance is reported to the authorised body, still citing the number.
    expect(kk).toContain('Нұсқаманың орындалғаны туралы 4-бөлімде көрсетілген жою мерзімі ішінде уәкілетті органға нұсқаманың нөмірін (№ ПР-2026-0003) көрсете отырып хабарлаңыз.');
    expect(ru).toContain('Об исполнении предписания сообщите в пределах срока удаления, указанного в разделе 4, уполномоченному органу, указав номер предписания (№ ПР-2026-0003).');
  });

  it('prints the executor with phone and e-mail, and how to report compliance to them', async () => {
    const { kk, ru } = halves((await extractPdf(await renderPrescriptionPdf(prescriptionFixture()))).pages);
    expect(kk).toContain('Орындаушы: бас сарапшы Д. Е. Нұрланқызы, тел. +7 7172 74 05 12, эл. пошта: cyberbullying@mci.gov.kz');
    expect(ru).toContain('Исполнитель: главный эксперт Д. Е. Нурланкызы, тел. +7 7172 74 05 12, e-mail: cyberbullying@mci.gov.kz');
    expect(kk).toContain('5. Орындалғаны туралы хабарлау');
    expect(kk).toContain(
      'Нұсқаманың орындалғаны туралы 4-бөлімде көрсетілген жою мерзімі ішінде орындаушыға cyberbullying@mci.gov.kz электрондық поштасына ' +
      'жауап хатпен немесе +7 7172 74 05 12 телефоны арқылы нұсқаманың нөмірін (№ ПР-2026-0003) көрсете отырып хабарлаңыз.',
    );
    expect(ru).toContain('5. Сообщение об исполнении');
    expect(ru).toContain(
      'Об исполнении предписания сообщите в пределах срока удаления, указанного в разделе 4, ответным письмом исполнителю ' +
      'на адрес cyberbullying@mci.gov.kz или по телефону +7 7172 74 05 12, указав номер предписания (№ ПР-2026-0003).',
    );
    expect(kk).toContain('6. Құқықтық негіз');
    expect(ru).toContain('6. Правовое основание');
  });

  it('writes the Kazakh half entirely in Kazakh (with the registry in Kazakh)', async () => {
    const doc = prescriptionFixture();
    const { kk: whole } = halves((await extractPdf(await renderPrescriptionPdf(doc))).pages);
    // The bilingual title of the first page and the footers are both languages by design.
    const kk = whole.replaceAll('НҰСҚАМА / ПРЕДПИСАНИЕ', '');
    // Words only the Russian half has; the names of people and the URLs are the same in both.
    for (const russian of [/(^|\s)(и|в|от|по|с)\s/, /предписани/i, /Исполнитель/, /БИН/, /Адрес/, /сообщите/, /не указан/, /ТОО/, /законный/, /Заместитель/, /подпись/, /решени/]) {
      expect(kk).not.toMatch(russian);
    }
  });
});

describe('addresseeIn', () => {
  it.each([
    [OWNER_UNKNOWN, 'kk', 'Интернет-ресурстың меншік иесі және (немесе) заңды өкілі'],
    [OWNER_UNKNOWN, 'ru', 'Собственник и (или) законный представитель интернет-ресурса'],
    ['«ТикТок Қазақстан» ЖШС / ТОО «ТикТок Казахстан»', 'kk', '«ТикТок Қазақстан» ЖШС'], // Kazakh first
    ['«ТикТок Қазақстан» ЖШС / ТОО «ТикТок Казахстан»', 'ru', 'ТОО «ТикТок Казахстан»'],
    ['TikTok Pte. Ltd.', 'kk', 'TikTok Pte. Ltd.'], // one language: as is in both halves
    ['TikTok Pte. Ltd.', 'ru', 'TikTok Pte. Ltd.'],
  ] as const)('%s in %s is %s', (text, lang, shown) => {
    expect(addresseeIn(text, lang)).toBe(shown);
  });
});
