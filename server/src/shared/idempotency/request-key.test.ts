import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain-error.js';
import { canonical, checkedKey, requestHash } from './request-key.js';

describe('checkedKey', () => {
  it.each([
    ['a UUID', '3f0c6a4e-9b1d-4c52-8a7e-2d51f1c0b9aa', true],
    ['eight characters', 'abcd_123', true],
    ['sixty-four characters', 'k'.repeat(64), true],
    ['seven characters', 'abcd123', false],
    ['sixty-five characters', 'k'.repeat(65), false],
    ['an empty string', '', false],
    ['a space', 'abcd 1234', false],
    ['a quote (no SQL or log injection)', "abcd'1234", false],
    ['Cyrillic letters', 'ключзапроса', false],
    ['a trailing newline', 'abcd12345\n', false],
  ])('%s → accepted: %s', (_what, key, ok) => {
    if (ok) expect(checkedKey(key)).toBe(key);
    else {
      const error = (() => { try { checkedKey(key); return null; } catch (e) { return e; } })();
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).extensions.messages).toMatchObject({ ru: expect.stringMatching(/Ключ запроса/), kk: expect.stringMatching(/Сұрау кілті/) });
    }
  });
});

describe('requestHash', () => {
  const vote = { roundId: 'r1', choice: 'CONFIRMED', findings: [{ criterion: 'SYSTEMATIC', value: 'MET', note: null }], reasoning: 'x' };

  it.each([
    ['the same object', vote, { ...vote }],
    ['keys in another order', vote, { reasoning: 'x', findings: vote.findings, choice: 'CONFIRMED', roundId: 'r1' }],
    ['an omitted optional field and a null one', { caseId: 'c', body: 'b' }, { caseId: 'c', body: 'b', parentId: null }],
    ['an undefined field and a null one', { id: 'p', at: undefined }, { id: 'p', at: null }],
    ['a date and the same instant as another Date', { at: new Date('2026-01-02T03:04:05Z') }, { at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) }],
  ])('is equal for %s', (_what, a, b) => {
    expect(requestHash(a)).toBe(requestHash(b));
  });

  it.each([
    ['another choice', vote, { ...vote, choice: 'ABSTAIN' }],
    ['another finding', vote, { ...vote, findings: [{ criterion: 'SYSTEMATIC', value: 'NOT_MET', note: null }] }],
    ['findings in another order', { f: [1, 2] }, { f: [2, 1] }],
    ['a reply instead of a comment', { caseId: 'c', body: 'b' }, { caseId: 'c', body: 'b', parentId: 'p' }],
    ['another instant', { at: new Date('2026-01-02T03:04:05Z') }, { at: new Date('2026-01-02T03:04:06Z') }],
    ['a number and its string', { n: 1 }, { n: '1' }],
    ['an empty string and null', { s: '' }, { s: null }],
  ])('differs for %s', (_what, a, b) => {
    expect(requestHash(a)).not.toBe(requestHash(b));
  });

  it('is a SHA-256 hex digest of the canonical JSON', () => {
    expect(requestHash({ b: 1, a: [true, null] })).toMatch(/^[0-9a-f]{64}$/);
    expect(canonical({ b: 1, a: [true, undefined], c: undefined })).toEqual({ a: [true, null], b: 1 });
    expect(JSON.stringify(canonical({ b: 1, a: 2 }))).toBe('{"a":2,"b":1}');
  });
});
