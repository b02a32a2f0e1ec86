import { describe, expect, it } from 'vitest';
import { answerDueAtOf, answerSentAtError, endedAtOf, endingOf, noEndingError, type EndingFacts } from './answer.rules.js';
import type { CaseStatus } from './lifecycle.js';

const DUE = new Date('2026-12-18T19:00:00.000Z');
const DECIDED_AT = new Date('2026-12-17T09:00:00.000Z');
const ENDED_AT = new Date('2026-12-15T09:00:00.000Z');
const facts = (status: CaseStatus, outcome: string | null = null): EndingFacts => ({ status, outcome, decidedAt: outcome ? DECIDED_AT : null, endedAt: ENDED_AT, dueAt: DUE });

describe('the ending of a case', () => {
  it.each<[CaseStatus, string | null, string | null, Date | null]>([
    ['REGISTERED', null, null, null],
    ['SCREENING', null, null, null],
    ['IN_REVIEW', null, null, null],
    ['VOTING', null, null, null],
    ['DECIDED', 'NOT_CONFIRMED', 'NOT_CONFIRMED', DECIDED_AT],
    ['PRESCRIBED', 'CONFIRMED', 'CONFIRMED', DECIDED_AT],
    ['COMPLIED', 'CONFIRMED', 'CONFIRMED', DECIDED_AT],
    ['ESCALATED', 'CONFIRMED', 'CONFIRMED', DECIDED_AT],
    ['CLOSED', 'NOT_CONFIRMED', 'NOT_CONFIRMED', DECIDED_AT],
    ['RETURNED', null, 'RETURNED', ENDED_AT],
    ['OUT_OF_SCOPE', null, 'OUT_OF_SCOPE', ENDED_AT],
  ])('%s (outcome %s) → %s, ended at %s', (status, outcome, ending, endedAt) => {
    const c = facts(status, outcome);
    expect(endingOf(c)).toBe(ending);
    expect(endedAtOf(c)).toEqual(endedAt);
    expect(answerDueAtOf(c)).toEqual(ending ? DUE : null);
  });

  it('answers a case without an ending with a stable CONFLICT in kk, ru and en', () => {
    const e = noEndingError('IN_REVIEW');
    expect(e.extensions).toMatchObject({ code: 'CONFLICT', details: { reason: 'NO_ENDING', status: 'IN_REVIEW' } });
    const m = e.extensions.messages as Record<string, string>;
    for (const lang of ['en', 'ru', 'kk']) expect(m[lang]).toContain('IN_REVIEW');
  });
});

describe('answerSentAtError', () => {
  const NOW = new Date('2026-12-16T09:00:00.000Z');
  it.each([
    ['at the ending', ENDED_AT.toISOString(), null],
    ['between the ending and now', '2026-12-15T12:00:00.000Z', null],
    ['now', NOW.toISOString(), null],
    ['a millisecond before the ending', '2026-12-15T08:59:59.999Z', 'BAD_USER_INPUT'],
    ['a millisecond in the future', '2026-12-16T09:00:00.001Z', 'BAD_USER_INPUT'],
    ['not a date', 'nonsense', 'BAD_USER_INPUT'],
  ])('an answer sent %s → %s', (_what, sentAt, code) => {
    expect(answerSentAtError(new Date(sentAt), ENDED_AT, NOW)?.extensions.code ?? null).toBe(code);
  });
});
