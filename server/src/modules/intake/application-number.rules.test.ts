import { describe, expect, it } from 'vitest';
import { ApplicationKind } from '../cases/application.js';
import { applicationNumberProblem } from './application-number.rules.js';

const { EOTINISH, PAPER } = ApplicationKind;

describe('applicationNumberProblem', () => {
  it.each<[string, ApplicationKind, string, boolean]>([
    ['a Cyrillic E-otinish number', EOTINISH, 'ЖТ-2026-00000742', true],
    ['a Latin E-otinish number', EOTINISH, 'ZT-2026-00000742', true],
    ['an E-otinish number with slashes, spaces and an underscore', EOTINISH, 'ЖТ/2026 00000742_1', true],
    ['an E-otinish number with full-width digits', EOTINISH, 'ЖТ-２０２６-1', true],
    ['an E-otinish number of 64 characters', EOTINISH, `Z${'1'.repeat(63)}`, true],
    ['an E-otinish number of 65 characters', EOTINISH, `Z${'1'.repeat(64)}`, false],
    ['an E-otinish number starting with a dash', EOTINISH, '-ZT-1', false],
    ['an E-otinish number with markup', EOTINISH, 'ZT<1>', false],
    ['an empty E-otinish number', EOTINISH, '', false],
    ['an incoming number with a slash', PAPER, '01-12/345', true],
    ['an incoming number with dots and spaces inside', PAPER, 'ЗТ 2026.118', true],
    ['an incoming number of one digit', PAPER, '7', true],
    ['an incoming number of 64 characters', PAPER, `1${'-'.repeat(62)}2`, true],
    ['an incoming number of 65 characters', PAPER, '1'.repeat(65), false],
    ['an incoming number ending in a space', PAPER, '12/345 ', false],
    ['an incoming number starting with a space', PAPER, ' 12/345', false],
    ['an incoming number with an underscore', PAPER, '12_345', false],
    ['an incoming number with the sign №', PAPER, '№ 12', false],
    ['an incoming number of separators only', PAPER, '-/.', false],
    ['an empty incoming number', PAPER, '', false],
  ])('%s: %s %j → valid %s', (_what, kind, number, valid) => {
    const problem = applicationNumberProblem(kind, number);
    expect(problem === null).toBe(valid);
    if (problem) for (const text of Object.values(problem)) expect(text).toMatch(/64/);
  });
});
