import { describe, it, expect } from 'vitest';
import { answerTexts } from './answer.texts.js';
import { renderAnswerPdf } from './answer.renderer.js';
import { commonTexts } from './common.texts.js';
import { answerFixture, CHILD_NAME, MINISTRY } from './documents.fixtures.js';
import type { AnswerDoc, AnswerEnding } from './documents.types.js';
import { extractPdf, flat } from './pdf-text.test-support.js';
import { protocolTexts } from './protocol.texts.js';

// Every fixed string of one language's texts (functions aside), to prove none is printed in the other.
const stringsOf = (texts: object): string[] =>
  Object.values(texts).flatMap((v: unknown) =>
    typeof v === 'string' ? [v] : v !== null && typeof v === 'object' ? stringsOf(v) : [],
  );

const textOf = async (doc: AnswerDoc) => flat((await extractPdf(await renderAnswerPdf(doc))).text);

const kazakhOnly = [answerTexts.kk.title, answerTexts.kk.appeal, 'сараптама тобы', 'Құрметті'];
const russianOnly = [answerTexts.ru.title, answerTexts.ru.appeal, 'экспертной групп', 'Уважаемый'];
const CODE_TITLE = { kk: '«Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі»', ru: '«Административный процедурно-процессуальный кодекс Республики Казахстан»' };

const decided = (kind: 'CONFIRMED' | 'NOT_CONFIRMED'): Extract<AnswerEnding, { decidedAt: Date }> => ({
  kind, decidedAt: new Date('2026-03-18T08:45:00Z'), protocolNumber: 'ЭГ-2026-017',
  prescriptionNumbers: kind === 'CONFIRMED' ? ['ПР-2026-0003'] : [], reasoning: 'ОБОСНОВАНИЕ-РЕШЕНИЯ эпизоды систематические.',
});
const ENDINGS: Record<AnswerEnding['kind'], AnswerEnding> = {
  CONFIRMED: decided('CONFIRMED'),
  NOT_CONFIRMED: decided('NOT_CONFIRMED'),
  RETURNED: { kind: 'RETURNED', endedAt: new Date('2026-03-17T06:00:00Z'), reason: 'ПРИЧИНА-ВОЗВРАТА не приложены скриншоты публикаций.' },
  OUT_OF_SCOPE: { kind: 'OUT_OF_SCOPE', endedAt: new Date('2026-03-17T06:00:00Z'), reason: 'ОСНОВАНИЕ-ВНЕ-КОМПЕТЕНЦИИ потерпевшему исполнилось 19 лет.' },
};
// What the answer of each ending must say, beyond the appeal: the outcome, or why and what next.
const MUST: Record<AnswerEnding['kind'], Record<'kk' | 'ru', string[]>> = {
  CONFIRMED: {
    kk: [commonTexts.kk.outcome.CONFIRMED.toUpperCase(), 'заңды өкіліне № ПР-2026-0003 нұсқама жіберді', 'ОБОСНОВАНИЕ-РЕШЕНИЯ'],
    ru: [commonTexts.ru.outcome.CONFIRMED.toUpperCase(), 'направлено предписание № ПР-2026-0003 об удалении', 'ОБОСНОВАНИЕ-РЕШЕНИЯ'],
  },
  NOT_CONFIRMED: {
    kk: [commonTexts.kk.outcome.NOT_CONFIRMED.toUpperCase(), answerTexts.kk.notMet, commonTexts.kk.definition, answerTexts.kk.reapply, 'ОБОСНОВАНИЕ-РЕШЕНИЯ'],
    ru: [commonTexts.ru.outcome.NOT_CONFIRMED.toUpperCase(), answerTexts.ru.notMet, commonTexts.ru.definition, answerTexts.ru.reapply, 'ОБОСНОВАНИЕ-РЕШЕНИЯ'],
  },
  RETURNED: {
    kk: ['Сізге қайтарылады', `${answerTexts.kk.returnReasonLabel}:`, 'ПРИЧИНА-ВОЗВРАТА не приложены скриншоты', answerTexts.kk.returnedWhatNext],
    ru: ['как неполное и возвращается Вам', `${answerTexts.ru.returnReasonLabel}:`, 'ПРИЧИНА-ВОЗВРАТА не приложены скриншоты', answerTexts.ru.returnedWhatNext],
  },
  OUT_OF_SCOPE: {
    kk: ['құзыретіне жатпайды', `${answerTexts.kk.outOfScopeReasonLabel}:`, 'ОСНОВАНИЕ-ВНЕ-КОМПЕТЕНЦИИ', answerTexts.kk.outOfScopeWhereTo],
    ru: ['не относится к компетенции экспертной группы', `${answerTexts.ru.outOfScopeReasonLabel}:`, 'ОСНОВАНИЕ-ВНЕ-КОМПЕТЕНЦИИ', answerTexts.ru.outOfScopeWhereTo],
  },
};
const KINDS = Object.keys(ENDINGS) as AnswerEnding['kind'][];
// Section headings of the protocol that carry the members' votes and dissents: never in an answer.
const protocolOnly = (lang: 'kk' | 'ru') => [protocolTexts[lang].sections.voters, protocolTexts[lang].sections.dissents, protocolTexts[lang].noDissents];

describe('renderAnswerPdf, for every ending', () => {
  it.each(KINDS.flatMap((kind) => (['kk', 'ru'] as const).map((lang) => [kind, lang] as const)))('answers %s in %s only, with how to appeal under the Administrative Procedure Code', async (kind, lang) => {
    const all = await textOf(answerFixture({ language: lang === 'kk' ? 'KK' : 'RU', ending: ENDINGS[kind] }));
    const other = lang === 'kk' ? 'ru' : 'kk';
    for (const phrase of MUST[kind][lang]) expect(all).toContain(phrase);
    for (const phrase of lang === 'kk' ? kazakhOnly : russianOnly) expect(all).toContain(phrase);
    for (const phrase of lang === 'kk' ? russianOnly : kazakhOnly) expect(all).not.toContain(phrase);
    for (const phrase of stringsOf([answerTexts[other], commonTexts[other]])) expect(all).not.toContain(phrase);
    expect(all).toContain(answerTexts[lang].appeal);
    expect(all).toContain(CODE_TITLE[lang]);
    for (const phrase of protocolOnly(lang)) expect(all).not.toContain(phrase);
    // An early ending is no decision: no outcome, no protocol; a decision is no early ending.
    for (const k of KINDS.filter((x) => x !== kind)) for (const phrase of MUST[k][lang].filter((p) => !MUST[kind][lang].includes(p))) expect(all).not.toContain(phrase);
  });

  it('cites an E-otinish application by its number and a paper one by its incoming number, in both languages', async () => {
    const paper = { kind: 'PAPER', number: '01-12/345' } as const;
    for (const kind of KINDS) {
      const ru = await textOf(answerFixture({ application: paper, ending: ENDINGS[kind] }));
      expect(ru).toContain('На вх. № 01-12/345 от 16.03.2026');
      expect(ru).toContain('поступившее 16.03.2026 на бумажном носителе и зарегистрированное за вх. № 01-12/345');
      expect(ru).not.toContain('E-өтініш»,'); // not "received through E-otinish"
      const kk = await textOf(answerFixture({ language: 'KK', application: paper, ending: ENDINGS[kind] }));
      expect(kk).toContain('16.03.2026 кіріс № 01-12/345 өтінішке');
      expect(kk).toContain('16.03.2026 күні қағаз жеткізгіште келіп түскен, кіріс № 01-12/345 болып тіркелген');
    }
    const ru = await textOf(answerFixture({ ending: ENDINGS.RETURNED }));
    expect(ru).toContain('На № ЖТ-2026-01234567 от 16.03.2026');
    expect(ru).toContain('Ваше обращение № ЖТ-2026-01234567 от 16.03.2026, поступившее через платформу «E-өтініш» (дело KZ-2026-0042)');
    const kk = await textOf(answerFixture({ language: 'KK', ending: ENDINGS.OUT_OF_SCOPE }));
    expect(kk).toContain('16.03.2026 № ЖТ-2026-01234567 өтінішке');
    expect(kk).toContain('«E-өтініш» платформасы арқылы 16.03.2026 күні келіп түскен № ЖТ-2026-01234567 өтінішіңіз (іс KZ-2026-0042)');
  });

  it('names the prescriptions of a confirmed case, and the metadata of the ministry', async () => {
    const { text, info } = await extractPdf(await renderAnswerPdf(answerFixture()));
    const all = flat(text);
    expect(all).toContain('Уважаемый(-ая) Сапарова Гульнара Ерлановна!');
    expect(all).toContain('протокол № ЭГ-2026-017 от 18.03.2026 13:45');
    expect(all).toContain('направлены предписания № ПР-2026-0003, № ПР-2026-0004 об удалении информации');
    expect(info['Author']).toBe(MINISTRY.ru);
    expect(info['Title']).toBe('Ответ на обращение № ЖТ-2026-01234567');
    const kk = await textOf(answerFixture({ language: 'KK', ending: { ...decided('CONFIRMED'), prescriptionNumbers: ['ПР-2026-0003'] } }));
    expect(kk).toContain('18.03.2026 13:45 № ЭГ-2026-017 хаттамамен');
  });

  it("never prints the child's name, and masks it in the reasoning and in a screening reason", async () => {
    for (const ending of [{ ...decided('CONFIRMED'), reasoning: 'Айгерім получала угрозы трижды за две недели.' }, { ...ENDINGS.RETURNED, reason: 'Айгерім: не указаны даты публикаций.' }] as AnswerEnding[]) {
      const { text, info } = await extractPdf(await renderAnswerPdf(answerFixture({ ending }), { redact: [CHILD_NAME, 'Айгерім'] }));
      expect(text).not.toContain('Айгерім');
      expect(text).not.toContain(CHILD_NAME);
      expect(JSON.stringify(info)).not.toContain('Айгерім');
      expect(flat(text)).toMatch(/\*\*\*( получала угрозы трижды|: не указаны даты)/);
    }
  });
});
