import { describe, expect, it } from 'vitest';
import { ApplicationKind } from '../cases/application.js';
import { Language } from '../cases/case.enums.js';
import { Outcome } from '../voting/criteria.js';
import { draftAnswer } from './answer.js';

const facts = { applicantName: 'Ольга Ковалёва', application: { kind: ApplicationKind.EOTINISH, number: 'ZT-1' }, caseNumber: 'KZ-2026-0001', protocolNumber: 'П-2026-0001', prescriptionNumbers: ['ПР-2026-0001', 'ПР-2026-0002'] };

describe('draftAnswer', () => {
  it.each([
    [Language.RU, Outcome.CONFIRMED, [/Уважаемый/, /подтвердила факт/, /ПР-2026-0001, ПР-2026-0002/, /П-2026-0001/]],
    [Language.RU, Outcome.NOT_CONFIRMED, [/не подтвердила/, /подпункту 4-1\) статьи 1 Закона Республики Казахстан «О правах ребенка в Республике Казахстан»/]],
    [Language.KK, Outcome.CONFIRMED, [/Құрметті/, /растады/, /нұсқама/, /ПР-2026-0002/]],
    [Language.KK, Outcome.NOT_CONFIRMED, [/растамады/, /«Қазақстан Республикасындағы баланың құқықтары туралы» Қазақстан Республикасы Заңының 1-бабының 4-1\) тармақшасына/]],
  ] as const)('in %s for %s', (language, outcome, patterns) => {
    const text = draftAnswer({ ...facts, language, outcome });
    for (const p of patterns) expect(text).toMatch(p);
    expect(text).toContain('KZ-2026-0001');
  });

  it('is written only in the application\'s language', () => {
    expect(draftAnswer({ ...facts, language: Language.KK, outcome: Outcome.CONFIRMED })).not.toMatch(/Уважаемый|подтвердила/);
    expect(draftAnswer({ ...facts, language: Language.RU, outcome: Outcome.CONFIRMED })).not.toMatch(/Құрметті|растады/);
  });

  it.each([
    [Language.KK, 'Эпизодтар жүйелі.', 'Шешімнің негіздемесі: Эпизодтар жүйелі.'],
    [Language.RU, 'Эпизоды систематические.', 'Обоснование решения: Эпизоды систематические.'],
  ] as const)('in %s carries the decision\'s reasoning when written, under its label', (language, reasoning, line) => {
    expect(draftAnswer({ ...facts, language, outcome: Outcome.CONFIRMED, reasoning })).toContain(line);
    expect(draftAnswer({ ...facts, language, outcome: Outcome.CONFIRMED, reasoning: '  ' })).not.toMatch(/негіздемесі|Обоснование/);
  });

  it.each([
    [Language.RU, /обращение вх\. № 01-12\/3345, поступившее на бумажном носителе \(дело/],
    [Language.KK, /қағаз жеткізгіште келіп түсіп, кіріс № 01-12\/3345 болып тіркелген өтінішіңіз/],
  ] as const)('names a paper application by its incoming number in %s, never E-otinish', (language, pattern) => {
    const text = draftAnswer({ ...facts, application: { kind: ApplicationKind.PAPER, number: '01-12/3345' }, language, outcome: Outcome.NOT_CONFIRMED });
    expect(text).toMatch(pattern);
    expect(text).not.toMatch(/E-өтініш/);
  });
});
