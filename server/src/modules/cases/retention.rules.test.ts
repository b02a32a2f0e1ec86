import { describe, expect, it } from 'vitest';
import { EVENT_DETAILS_FREE_TEXT, FREE_TEXT_FIELDS } from './text.policy.js';
import { CASE_STATUSES, type CaseStatus } from './lifecycle.js';
import { erasedPayload, FINAL_STATUSES, hasErasableText, isFinalStatus, isPastRetention, retentionEndsAt } from './retention.rules.js';
import { CASE_TEXTS, secretsOf } from './retention.texts.js';
import { isValidRetentionYears } from '../settings/retention-period.js';

const at = (iso: string) => new Date(iso);

describe('retention rules', () => {
  it.each<[CaseStatus, boolean]>([
    ['REGISTERED', false], ['SCREENING', false], ['IN_REVIEW', false], ['VOTING', false], ['DECIDED', false],
    ['PRESCRIBED', false], ['COMPLIED', false], ['ESCALATED', false],
    // RETURNED waits for the applicant and may go on: not final.
    ['RETURNED', false],
    ['CLOSED', true], ['OUT_OF_SCOPE', true],
  ])('%s counts as final: %s', (status, final) => expect(isFinalStatus(status)).toBe(final));

  it('covers every status of the lifecycle', () => {
    expect(FINAL_STATUSES).toEqual(['CLOSED', 'OUT_OF_SCOPE']);
    expect(CASE_STATUSES).toHaveLength(11);
  });

  it.each([
    ['2021-03-10T08:00:00Z', 5, '2026-03-10T08:00:00Z'],
    ['2020-02-29T12:00:00Z', 1, '2021-02-28T12:00:00Z'],
    ['2020-02-29T12:00:00Z', 4, '2024-02-29T12:00:00Z'],
    ['2019-12-31T23:59:59Z', 75, '2094-12-31T23:59:59Z'],
  ])('retention from %s for %i years ends at %s', (from, years, end) => {
    expect(retentionEndsAt(at(from), years).toISOString()).toBe(at(end).toISOString());
  });

  it.each<[string | null, string, number, boolean]>([
    ['2021-03-10T08:00:00Z', '2026-03-10T07:59:59Z', 5, false],
    ['2021-03-10T08:00:00Z', '2026-03-10T08:00:00Z', 5, true],
    ['2021-03-10T08:00:00Z', '2030-01-01T00:00:00Z', 5, true],
    ['2021-03-10T08:00:00Z', '2030-01-01T00:00:00Z', 10, false],
    ['2025-06-01T00:00:00Z', '2026-06-01T00:00:00Z', 1, true],
    // Never reached a final state: never due.
    [null, '2100-01-01T00:00:00Z', 1, false],
  ])('a case final at %s, seen at %s with %i years: due %s', (finalAt, now, years, due) => {
    expect(isPastRetention(finalAt ? at(finalAt) : null, at(now), years)).toBe(due);
  });

  it.each<[number, boolean]>([[1, true], [5, true], [75, true], [0, false], [76, false], [-5, false], [2.5, false], [Number.NaN, false]])(
    '%d years is a valid period: %s', (years, valid) => expect(isValidRetentionYears(years)).toBe(valid),
  );
});

describe('erased payloads', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['a screening reason', { from: 'SCREENING', to: 'RETURNED', reason: 'Айгерім туралы анықтама жоқ', dueAt: '2026-01-01T00:00:00.000Z' }, { from: 'SCREENING', to: 'RETURNED', reason: '***', dueAt: '2026-01-01T00:00:00.000Z' }],
    ['an extension reason', { reason: 'Сапарова', from: 'a', to: 'b' }, { reason: '***', from: 'a', to: 'b' }],
    ['an evidence file name', { evidenceId: 'e1', fileName: 'Aigerim.png', sha256: 'ab', size: 3 }, { evidenceId: 'e1', fileName: '***', sha256: 'ab', size: 3 }],
    ['nested texts', { package: { evidence: [{ fileName: 'x.png', size: 1 }] } }, { package: { evidence: [{ fileName: '***', size: 1 }] } }],
    ['codes and numbers only', { from: 'VOTING', to: 'DECIDED', roundId: 'r', tally: { confirmed: 5 } }, { from: 'VOTING', to: 'DECIDED', roundId: 'r', tally: { confirmed: 5 } }],
    ['a missing reason', { reason: null }, { reason: null }],
  ])('masks %s', (_what, payload, expected) => expect(erasedPayload(payload)).toEqual(expected));
});

describe('erased texts', () => {
  it('rewrites every free-text field of a case, or says why it need not', () => {
    const rewritten = new Set(CASE_TEXTS.flatMap((t) => t.fields));
    // Event payloads (and their typed details) are masked when read (the log is append-only); evidence names are cleared whole.
    const elsewhere = new Set(['CaseEvent.payload', ...EVENT_DETAILS_FREE_TEXT, 'Evidence.fileName']);
    expect([...FREE_TEXT_FIELDS].filter((f) => !rewritten.has(f) && !elsewhere.has(f))).toEqual([]);
  });

  it.each([
    ['a phone', '+7 701 555 0101', { phones: ['+7 701 555 0101'], emails: [] }],
    ['an e-mail', 'mother@example.kz', { phones: [], emails: ['mother@example.kz'] }],
    ['nothing', '  ', { phones: [], emails: [] }],
  ])('takes the contact as %s', (_what, contact, expected) => {
    const secrets = secretsOf({ childName: 'Айгерім Сапарова', applicantName: 'Гүлнар Сапарова', applicantContact: contact, childSchool: null });
    expect(secrets).toMatchObject({ names: ['Айгерім Сапарова', 'Гүлнар Сапарова'], schools: [], ...expected });
  });
});

describe('payloads that erasure changes', () => {
  it.each([
    [{ commentId: 'c1', parentId: null, mentions: [] }, false],
    [{ roundId: 'r', tally: { voted: 3 } }, false],
    [{ from: 'IN_REVIEW', to: 'VOTING' }, false],
    [{ reason: 'Родственник заявителя' }, true],
    [{ evidence: [{ fileName: 'скрин.png' }] }, true],
    [{ reason: null }, false],
  ])('%j: %s', (payload, expected) => {
    expect(hasErasableText(payload)).toBe(expected);
  });
});
