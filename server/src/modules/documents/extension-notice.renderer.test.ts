import { describe, expect, it } from 'vitest';
import { ApplicationKind } from '../cases/application.js';
import { MINISTRY } from './documents.fixtures.js';
import { renderExtensionNoticePdf, type ExtensionNoticeDoc } from './extension-notice.renderer.js';
import { extensionNoticeTexts } from './extension-notice.texts.js';
import { extractPdf, flat } from './pdf-text.test-support.js';

const notice = (over: Partial<ExtensionNoticeDoc> = {}): ExtensionNoticeDoc => ({
  language: 'RU',
  applicantName: 'Сапарова Гульнара Ерлановна',
  application: { kind: ApplicationKind.EOTINISH, number: 'ЖТ-2026-01234567' },
  caseNumber: 'KZ-2026-0042',
  receivedAt: new Date('2026-12-14T05:00:00Z'), // 14 Dec, 10:00 in Astana
  extendedAt: new Date('2026-12-15T05:00:00Z'),
  dueAt: new Date('2026-12-28T19:00:00Z'), // midnight at the end of 28 Dec in Astana
  reason: 'Направлен запрос платформе; ответ ожидается. Айгерім Сапарова — ученица школы.',
  ministry: MINISTRY,
  signatory: { name: 'Ахметов Серик', role: 'CHAIR', signedAt: null },
  ...over,
});

describe('renderExtensionNoticePdf', () => {
  it('tells a Russian applicant the new due date, the reason and the numbers, in Russian only, with the child masked', async () => {
    const { text, info } = await extractPdf(await renderExtensionNoticePdf(notice(), { redact: ['Айгерім Сапарова', 'Сапарова Гульнара Ерлановна'] }));
    const all = flat(text);
    expect(all).toContain(extensionNoticeTexts.ru.title);
    expect(all).toContain('На № ЖТ-2026-01234567 от 14.12.2026');
    expect(all).toContain('KZ-2026-0042');
    expect(all).toContain('Заявителю:');
    expect(all).toContain('Сапарова Гульнара Ерлановна');
    expect(all).toContain('Мотивированным решением председателя экспертной группы от 15.12.2026');
    expect(all).toContain('Новый срок рассмотрения обращения: до 28.12.2026 включительно.');
    expect(all).toContain('Направлен запрос платформе; ответ ожидается.');
    expect(all).not.toContain('Айгерім');
    expect(all).not.toContain(extensionNoticeTexts.kk.title);
    expect(info['Author']).toBe(MINISTRY.ru);
    expect(info['Title']).toBe('Уведомление о продлении срока рассмотрения обращения № ЖТ-2026-01234567');
  });

  it('tells a Kazakh applicant in Kazakh only, with the Kazakh long dates, naming the deputy when the deputy extended', async () => {
    const doc = notice({ language: 'KK', applicantName: 'Сапарова Гүлнар Ерланқызы', reason: 'Платформаға сұрау жіберілді.', signatory: { name: 'Омарова Дана', role: 'DEPUTY_CHAIR', signedAt: null } });
    const all = flat((await extractPdf(await renderExtensionNoticePdf(doc))).text);
    expect(all).toContain(extensionNoticeTexts.kk.title);
    expect(all).toContain('2026 жылғы 14 желтоқсан № ЖТ-2026-01234567 өтінішке');
    expect(all).toContain('Құрметті Сапарова Гүлнар Ерланқызы!');
    expect(all).toContain('Сараптама тобы төрағасы орынбасарының 2026 жылғы 15 желтоқсандағы дәлелді шешімімен');
    expect(all).toContain('Өтінішті қараудың жаңа мерзімі: 2026 жылғы 28 желтоқсан (қоса алғанда).');
    expect(all).toContain('Платформаға сұрау жіберілді.');
    expect(all).toContain('KZ-2026-0042');
    expect(all).toContain('Омарова Дана');
    for (const ru of ['Уважаемый', 'Заявителю', 'включительно', extensionNoticeTexts.ru.title]) expect(all).not.toContain(ru);
  });

  const paper = { kind: ApplicationKind.PAPER, number: '01-12/3345' };

  it('cites a paper application by its incoming number ("вх. №") in Russian, never as E-otinish', async () => {
    const { text, info } = await extractPdf(await renderExtensionNoticePdf(notice({ application: paper })));
    const all = flat(text);
    expect(all).toContain('На вх. № 01-12/3345 от 14.12.2026');
    expect(all).toContain('Ваше обращение, поступившее на бумажном носителе и зарегистрированное за вх. № 01-12/3345 от 14.12.2026 (дело KZ-2026-0042)');
    expect(all).not.toMatch(/E-өтініш|E-otinish/);
    expect(info['Title']).toBe('Уведомление о продлении срока рассмотрения обращения вх. № 01-12/3345');
  });

  it('cites a paper application by its incoming number ("кіріс №") in Kazakh, never as E-otinish', async () => {
    const all = flat((await extractPdf(await renderExtensionNoticePdf(notice({ language: 'KK', application: paper })))).text);
    expect(all).toContain('2026 жылғы 14 желтоқсан кіріс № 01-12/3345 өтінішке');
    expect(all).toContain('қағаз жеткізгіште келіп түсіп, кіріс № 01-12/3345 болып тіркелген өтінішіңізді (іс KZ-2026-0042)');
    expect(all).not.toMatch(/E-өтініш|E-otinish|вх\./);
  });
});
