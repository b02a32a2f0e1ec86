import { describe, expect, it } from 'vitest';
import { agencyName } from './agency-name';

const mvd = { name: 'МВД РК', nameKk: 'ҚР ІІМ', nameRu: 'МВД РК', nameEn: 'Interior Ministry' };

describe('agencyName', () => {
  it.each([
    ['kk', mvd, 'ҚР ІІМ'],
    ['ru', mvd, 'МВД РК'],
    ['en', mvd, 'Interior Ministry'],
    ['en-GB', mvd, 'Interior Ministry'],
    ['kk', { name: 'МВД РК' }, 'МВД РК'],
    ['en', { ...mvd, nameEn: '' }, 'МВД РК'],
  ])('in %s', (language, agency, expected) => {
    expect(agencyName(agency, language)).toBe(expected);
  });
});
