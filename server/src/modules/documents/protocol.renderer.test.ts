import { describe, it, expect } from 'vitest';
import { CHILD_NAME, protocolFixture } from './documents.fixtures.js';
import { extractPdf, flat } from './pdf-text.test-support.js';
import { renderProtocolPdf } from './protocol.renderer.js';

describe('renderProtocolPdf', () => {
  it('prints the protocol and case numbers and both languages, Kazakh first', async () => {
    const { text, pages } = await extractPdf(await renderProtocolPdf(protocolFixture()));
    const all = flat(text);
    expect(all).toContain('ХАТТАМА / ПРОТОКОЛ № ЭГ-2026-017');
    expect(all).toContain('KZ-2026-0042');
    expect(all).toContain('Шешім қабылдау тәртібі');
    expect(all).toContain('Дауыс берген мүшелер');
    expect(all).toContain('Порядок принятия решения');
    expect(all).toContain('Особые мнения');
    expect(all.indexOf('Ерекше пікірлер')).toBeLessThan(all.indexOf('ПРОТОКОЛ № ЭГ-2026-017 заседания'));
    expect(pages.findIndex((p) => p.includes('Порядок принятия решения'))).toBeGreaterThan(
      pages.findIndex((p) => p.includes('Ерекше пікірлер')),
    );
  });

  it('states the rule, the quorum and the tally', async () => {
    const { text } = await extractPdf(await renderProtocolPdf(protocolFixture()));
    const all = flat(text);
    expect(all).toContain('Кворум: дауыс беруге құқығы бар мүшелердің кемінде 2/3.');
    expect(all).toContain('Решение принимается простым большинством поданных голосов.');
    expect(all).toContain('При равенстве голосов решающим является голос председателя.');
    expect(all).toContain('Заявили самоотвод (конфликт интересов)');
    expect(all).toMatch(/7 4 1 1 1/); // eligible, confirmed, not confirmed, abstain, recused
  });

  it('lists each voter with agency and choice, and the findings per criterion', async () => {
    const { text } = await extractPdf(await renderProtocolPdf(protocolFixture()));
    const all = flat(text);
    expect(all).toContain('Ғ. М. Сейітова ОО «Қорғау — защита детей» Расталды');
    expect(all).toContain('А. А. Ли ОФ «Безопасный интернет» Не подтвержден');
    expect(all).toContain('Ө. Ү. Исаев Генеральная прокуратура Қалыс қалды');
    expect(all).toContain('Жүйелілік (екі және одан да көп рет) 5 1 0');
    expect(all).toContain('Систематичность (два и более раз) 5 1 0');
    expect(all).toContain('Действия унижительного характера, преследование и (или) запугивание 4 1 1');
  });

  it('gives the outcome, the reasoning and each dissent, with the signatures', async () => {
    const { text } = await extractPdf(await renderProtocolPdf(protocolFixture()));
    const all = flat(text);
    expect(all).toContain('БАЛАҒА ҚАТЫСТЫ КИБЕРБУЛЛИНГ ФАКТІСІ РАСТАЛДЫ');
    expect(all).toContain('ФАКТ КИБЕРБУЛЛИНГА В ОТНОШЕНИИ РЕБЕНКА ПОДТВЕРЖДЕН');
    expect(all).toContain('уәкілетті органның интернет-ресурстың меншік иесіне және (немесе) заңды өкіліне ақпаратты жою туралы нұсқаманы дереу жіберуіне негіз');
    expect(all).toContain('направления уполномоченным органом собственнику и (или) законному представителю интернет-ресурса предписания');
    expect(all).toContain('возраст подтвержден свидетельством о рождении');
    expect(all).toContain('систематичность в отношении одного лица не доказана');
    expect(all).toContain('Сараптама тобының хатшысы');
    expect(all).toContain('Председатель экспертной группы');
  });

  it('says when there is no dissent and orders no prescription when not confirmed', async () => {
    const doc = protocolFixture({ outcome: 'NOT_CONFIRMED', dissents: [] });
    const all = flat((await extractPdf(await renderProtocolPdf(doc))).text);
    expect(all).toContain('Ерекше пікірлер білдірілген жоқ.');
    expect(all).toContain('Особых мнений не заявлено.');
    expect(all).toContain('ФАКТ КИБЕРБУЛЛИНГА В ОТНОШЕНИИ РЕБЕНКА НЕ ПОДТВЕРЖДЕН');
    expect(all).not.toContain('предписания об удалении');
    expect(all).not.toContain('нұсқама');
  });

  it('sets the title, and the ministry (or the group when none is given) as author', async () => {
    const { info } = await extractPdf(await renderProtocolPdf(protocolFixture()));
    expect(info['Title']).toBe('ХАТТАМА / ПРОТОКОЛ № ЭГ-2026-017');
    expect(info['Author']).toMatch(/^Балаларға қатысты .* сараптама тобы \/ Экспертная группа/);
    const ministry = { kk: 'Мәдениет және ақпарат министрлігі', ru: 'Министерство культуры и информации' };
    const withMinistry = await extractPdf(await renderProtocolPdf(protocolFixture({ ministry })));
    expect(withMinistry.info['Author']).toBe(`${ministry.kk} / ${ministry.ru}`);
  });

  it("prints the decision's own reasoning: the Kazakh text in the Kazakh half, the Russian text in the Russian half", async () => {
    const doc = protocolFixture();
    const { pages, text } = await extractPdf(await renderProtocolPdf(doc));
    const all = flat(text);
    expect(all).toContain(`Шешімнің негіздемесі: ${doc.decisionReasoning.kk}`);
    expect(all).toContain(`Обоснование решения: ${doc.decisionReasoning.ru}`);
    expect(all.indexOf(doc.decisionReasoning.kk)).toBeLessThan(all.indexOf('Порядок принятия решения'));
    expect(all.indexOf(doc.decisionReasoning.ru)).toBeGreaterThan(all.indexOf('Порядок принятия решения'));
    expect(all).toContain('Доводы членов при голосовании');
    expect(pages.length).toBeGreaterThan(0);
  });

  it("says when the decision's reasoning is not yet written", async () => {
    const all = flat((await extractPdf(await renderProtocolPdf(protocolFixture({ decisionReasoning: { kk: '', ru: ' ' } })))).text);
    expect(all).toContain('Негіздеме әлі жазылмаған.');
    expect(all).toContain('Обоснование еще не написано.');
  });

  it("masks the child's name where members wrote it into the reasoning or a dissent", async () => {
    const doc = protocolFixture({
      reasoning: `Публикации адресованы ${CHILD_NAME}, ученице 6 класса.`,
      decisionReasoning: { kk: `${CHILD_NAME} туралы жарияланымдар.`, ru: `Публикации о ${CHILD_NAME}.` },
      dissents: [{ name: 'А. А. Ли', text: `Не доказано, что Айгерім узнала о публикациях.` }],
    });
    const { text } = await extractPdf(await renderProtocolPdf(doc, { redact: [CHILD_NAME, ...CHILD_NAME.split(' ')] }));
    expect(text).not.toContain('Айгерім');
    expect(text).not.toContain('Сапарова');
    expect(flat(text)).toContain('Публикации адресованы ***, ученице 6 класса.');
  });
});
