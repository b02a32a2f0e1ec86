import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { fieldProblemsOf, formProblemsOf } from './errors';

const localized = (ru: string, en = 'en text', kk = 'kk мәтін') => ({ ru, en, kk });
const refused = (fields: Record<string, { code: string; message: ReturnType<typeof localized> }> | undefined, message = localized('Общее сообщение.')) =>
  new CombinedGraphQLErrors({ errors: [{ message: message.en, extensions: { code: 'BAD_USER_INPUT', messages: message, ...(fields ? { fields } : {}) } }] });

const place = (known: string[]) => (path: string) => (known.includes(path) ? path : null);

describe('field problems of a server answer', () => {
  it('reads extensions.fields in the interface language', () => {
    const error = refused({ 'applicant.name': { code: 'TOO_LONG', message: localized('Не более 200 символов.') } });
    expect(fieldProblemsOf(error, 'ru')).toEqual({ 'applicant.name': { code: 'TOO_LONG', message: 'Не более 200 символов.' } });
    expect(fieldProblemsOf(error, 'kk')).toEqual({ 'applicant.name': { code: 'TOO_LONG', message: 'kk мәтін' } });
  });

  it.each([
    ['a field the form has: under it, not repeated above', ['reason'], { reason: 'REQUIRED' }, []],
    ['a field the form lacks: the error\'s own message above', ['other'], {}, ['Общее сообщение.']],
  ])('%s', (_what, known, fields, general) => {
    const split = formProblemsOf(refused({ reason: { code: 'REQUIRED', message: localized('Укажите основание.') } }), 'ru', place(known));
    expect(Object.fromEntries(Object.entries(split.fields).map(([k, v]) => [k, v.code]))).toEqual(fields);
    expect(split.general.map((p) => p.message)).toEqual(general);
  });

  it('shows an error without fields as a general problem with its code', () => {
    const split = formProblemsOf(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'CONFLICT', messages: localized('Уже изменено.') } }] }), 'ru', place([]));
    expect(split).toEqual({ fields: {}, general: [{ code: 'CONFLICT', message: 'Уже изменено.' }] });
  });

  it('treats a lost connection as a general NETWORK problem', () => {
    expect(formProblemsOf(new Error('Failed to fetch'), 'ru', place([])).general).toEqual([{ code: 'NETWORK', message: null }]);
  });
});
