import { describe, it, expect } from 'vitest';
import { answerTexts } from './answer.texts.js';
import { renderAnswerPdf } from './answer.renderer.js';
import { commonTexts } from './common.texts.js';
import { answerFixture, CHILD_NAME, MINISTRY } from './documents.fixtures.js';
import { extractPdf, flat } from './pdf-text.test-support.js';

// Every fixed string of one language's texts (functions aside), to prove none is printed in the other.
const stringsOf = (texts: object): string[] =>
  Object.values(texts).flatMap((v: unknown) =>
    typeof v === 'string' ? [v] : v !== null && typeof v === 'object' ? stringsOf(v) : [],
  );

const kazakhOnly = [answerTexts.kk.title, answerTexts.kk.appeal, 'сараптама тобы', 'Құрметті', 'нұсқама'];
const russianOnly = [answerTexts.ru.title, answerTexts.ru.appeal, 'экспертной группой', 'Уважаемый', 'предписани'];

describe('renderAnswerPdf', () => {
  it('answers a Russian application in Russian only, naming the prescriptions sent', async () => {
    const { text, info } = await extractPdf(await renderAnswerPdf(answerFixture()));
    const all = flat(text);
    for (const phrase of russianOnly) expect(all).toContain(phrase);
    for (const phrase of kazakhOnly) expect(all).not.toContain(phrase);
    for (const phrase of stringsOf([answerTexts.kk, commonTexts.kk])) expect(all).not.toContain(phrase);
    expect(all).toContain('Уважаемый(-ая) Сапарова Гульнара Ерлановна!');
    expect(all).toContain('ЖТ-2026-01234567');
    expect(all).toContain('KZ-2026-0042');
    expect(all).toContain('протокол № ЭГ-2026-017 от 18.03.2026 13:45');
    expect(all).toContain('ФАКТ КИБЕРБУЛЛИНГА В ОТНОШЕНИИ РЕБЕНКА ПОДТВЕРЖДЕН');
    expect(all).toContain('направлены предписания № ПР-2026-0003, № ПР-2026-0004 об удалении информации');
    expect(info['Author']).toBe(MINISTRY.ru);
    expect(info['Title']).toBe('Ответ на обращение № ЖТ-2026-01234567');
  });

  it('answers a Kazakh application in Kazakh only: not met, with the definition and the reasoning', async () => {
    const doc = answerFixture({
      language: 'KK',
      outcome: 'NOT_CONFIRMED',
      applicantName: 'Сапарова Гүлнар Ерланқызы',
      prescriptionNumbers: [],
      reasoning: 'Өтініште бір ғана жарияланым көрсетілген; жүйелілік белгісі расталмады.',
    });
    const { text, info } = await extractPdf(await renderAnswerPdf(doc));
    const all = flat(text);
    for (const phrase of kazakhOnly.filter((p) => p !== 'нұсқама')) expect(all).toContain(phrase);
    for (const phrase of russianOnly) expect(all).not.toContain(phrase);
    for (const phrase of stringsOf([answerTexts.ru, commonTexts.ru])) expect(all).not.toContain(phrase);
    expect(all).toContain('БАЛАҒА ҚАТЫСТЫ КИБЕРБУЛЛИНГ ФАКТІСІ РАСТАЛМАДЫ');
    expect(all).toContain(answerTexts.kk.notMet);
    expect(all).toContain(commonTexts.kk.definition);
    expect(all).toContain('жүйелілік белгісі расталмады');
    expect(all).toContain('18.03.2026 13:45 № ЭГ-2026-017 хаттамамен');
    expect(all).not.toContain('нұсқама'); // nothing was prescribed
    expect(info['Author']).toBe(MINISTRY.kk);
  });

  it('names a single prescription in the singular', async () => {
    const one = { prescriptionNumbers: ['ПР-2026-0003'] };
    const kk = flat((await extractPdf(await renderAnswerPdf(answerFixture({ ...one, language: 'KK' })))).text);
    expect(kk).toContain('Уәкілетті орган балаға қатысты');
    expect(kk).toContain('заңды өкіліне № ПР-2026-0003 нұсқама жіберді');
    const ru = flat((await extractPdf(await renderAnswerPdf(answerFixture(one)))).text);
    expect(ru).toContain('Уполномоченным органом собственнику и (или) законному представителю интернет-ресурса направлено предписание № ПР-2026-0003 об удалении');
  });

  it("never prints the child's name, and masks it in the reasoning", async () => {
    const fromCase = {
      ...answerFixture({ reasoning: `Айгерім получала угрозы трижды за две недели.` }),
      child: { name: CHILD_NAME, school: 'школа-лицей № 15' },
    };
    const { text, info } = await extractPdf(await renderAnswerPdf(fromCase, { redact: [CHILD_NAME, 'Айгерім'] }));
    expect(text).not.toContain('Айгерім');
    expect(text).not.toContain(CHILD_NAME);
    expect(text).not.toContain('школа-лицей');
    expect(JSON.stringify(info)).not.toContain('Айгерім');
    expect(flat(text)).toContain('*** получала угрозы трижды');
  });
});
