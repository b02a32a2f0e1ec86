import { describe, expect, it } from 'vitest';
import { agencyNamesProblems, normalizeAgencyNames, type AgencyNames } from './agency.rules.js';

const good: AgencyNames = { nameKk: 'Ішкі істер министрлігі', nameRu: 'Министерство внутренних дел', nameEn: 'Ministry of Internal Affairs' };

describe('agency names', () => {
  it('are trimmed, with runs of spaces folded', () => {
    expect(normalizeAgencyNames({ nameKk: '  А  Б ', nameRu: 'В', nameEn: null })).toEqual({ nameKk: 'А Б', nameRu: 'В', nameEn: '' });
  });

  it.each([
    ['all three given', {}, {}],
    ['an empty Kazakh name', { nameKk: '' }, { nameKk: 'REQUIRED' }],
    ['one letter', { nameEn: 'M' }, { nameEn: 'TOO_SHORT' }],
    ['201 characters', { nameRu: 'я'.repeat(201) }, { nameRu: 'TOO_LONG' }],
    ['200 characters', { nameRu: 'я'.repeat(200) }, {}],
    ['a line break', { nameRu: 'Министерство\nвнутренних дел' }, { nameRu: 'NOT_ALLOWED_CHARACTER' }],
    ['a direction mark', { nameKk: 'Министрлік\u202E' }, { nameKk: 'NOT_ALLOWED_CHARACTER' }],
    ['every name wrong', { nameKk: '', nameRu: '', nameEn: 'x' }, { nameKk: 'REQUIRED', nameRu: 'REQUIRED', nameEn: 'TOO_SHORT' }],
  ])('%s', (_what, change, codes) => {
    const problems = agencyNamesProblems(normalizeAgencyNames({ ...good, ...change }));
    expect(Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, p.code]))).toEqual(codes);
    for (const p of Object.values(problems)) expect(p.message.kk && p.message.ru && p.message.en).toBeTruthy();
  });
});
