import { describe, expect, it } from 'vitest';
import { complianceChoices, mayDeliver, mayEscalate, progressOf } from './follow-up';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const PAST = '2026-03-02T09:00:00.000Z';
const FUTURE = '2026-03-03T09:00:00.000Z';

describe('prescription follow-up', () => {
  it.each([
    ['ISSUED', []],
    ['DELIVERED', ['COMPLIED', 'PARTIALLY_COMPLIED', 'NOT_COMPLIED']],
    ['PARTIALLY_COMPLIED', ['COMPLIED', 'NOT_COMPLIED']],
    ['NOT_COMPLIED', ['COMPLIED']],
    ['COMPLIED', []],
    ['ESCALATED', []],
  ] as const)('from %s compliance may be recorded as %j', (status, expected) => {
    expect(complianceChoices(status)).toEqual(expected);
  });

  it.each([
    ['ISSUED', null, true],
    ['DELIVERED', FUTURE, false],
    ['COMPLIED', PAST, false],
  ] as const)('delivery of a %s prescription is offered: %s', (status, due, expected) => {
    expect(mayDeliver({ status, removalDueAt: due })).toBe(expected);
  });

  it.each([
    ['NOT_COMPLIED', PAST, true],
    ['PARTIALLY_COMPLIED', PAST, true],
    ['NOT_COMPLIED', FUTURE, false],
    ['DELIVERED', PAST, false],
    ['ISSUED', null, false],
    ['COMPLIED', PAST, false],
    ['ESCALATED', PAST, false],
  ] as const)('escalation of a %s prescription due %s is offered: %s', (status, due, expected) => {
    expect(mayEscalate({ status, removalDueAt: due }, NOW)).toBe(expected);
  });

  it.each([
    ['ISSUED', null, 'issued'],
    ['DELIVERED', FUTURE, 'deliveredDue'],
    ['DELIVERED', PAST, 'deliveredOverdue'],
    ['COMPLIED', PAST, 'complied'],
    ['PARTIALLY_COMPLIED', PAST, 'partially'],
    ['NOT_COMPLIED', PAST, 'notComplied'],
    ['ESCALATED', PAST, 'escalated'],
  ] as const)('a %s prescription due %s reads as %s', (status, due, expected) => {
    expect(progressOf({ status, removalDueAt: due }, NOW)).toBe(expected);
  });
});
