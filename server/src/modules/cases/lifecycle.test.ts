import { describe, it, expect } from 'vitest';
import { DomainError } from '../../shared/domain-error.js';
import {
  hasDecision,
  assertTransition,
  canTransition,
  CASE_STATUSES,
  isClockStopped,
  isFinished,
  TRANSITIONS,
  type CaseStatus,
} from './lifecycle.js';

// The expected legal moves, written out independently of TRANSITIONS so a typo in either shows.
const LEGAL = new Set([
  'REGISTERED>SCREENING',
  'REGISTERED>OUT_OF_SCOPE',
  'SCREENING>IN_REVIEW',
  'SCREENING>RETURNED',
  'SCREENING>OUT_OF_SCOPE',
  'RETURNED>SCREENING',
  'IN_REVIEW>VOTING',
  'IN_REVIEW>OUT_OF_SCOPE',
  'VOTING>DECIDED',
  'VOTING>IN_REVIEW',
  'DECIDED>PRESCRIBED',
  'DECIDED>CLOSED',
  'PRESCRIBED>COMPLIED',
  'PRESCRIBED>ESCALATED',
  'COMPLIED>CLOSED',
  'ESCALATED>CLOSED',
]);

const GRID = CASE_STATUSES.flatMap((from) =>
  CASE_STATUSES.map((to) => [from, to, LEGAL.has(`${from}>${to}`)] as [CaseStatus, CaseStatus, boolean]),
);

const thrown = (fn: () => void): DomainError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('case lifecycle transitions', () => {
  it('covers the full 11 × 11 grid', () => {
    expect(GRID).toHaveLength(121);
  });

  it.each(GRID)('%s → %s is legal: %s', (from, to, legal) => {
    expect(canTransition(from, to)).toBe(legal);
    if (legal) {
      expect(() => assertTransition(from, to)).not.toThrow();
    } else {
      const error = thrown(() => assertTransition(from, to));
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.extensions).toMatchObject({ details: { from, to, allowed: TRANSITIONS[from] } });
    }
  });

  it('lists exactly the legal moves in TRANSITIONS', () => {
    const listed = CASE_STATUSES.flatMap((from) => TRANSITIONS[from].map((to) => `${from}>${to}`));
    expect(new Set(listed)).toEqual(LEGAL);
    expect(listed).toHaveLength(LEGAL.size);
  });

  it.each([
    [
      'SCREENING',
      'VOTING',
      'A case in status SCREENING cannot move to VOTING; allowed next: IN_REVIEW, RETURNED, OUT_OF_SCOPE.',
    ],
    ['VOTING', 'CLOSED', 'A case in status VOTING cannot move to CLOSED; allowed next: DECIDED, IN_REVIEW.'],
    ['CLOSED', 'SCREENING', 'A case in status CLOSED cannot move to SCREENING; CLOSED is final.'],
    ['OUT_OF_SCOPE', 'REGISTERED', 'A case in status OUT_OF_SCOPE cannot move to REGISTERED; OUT_OF_SCOPE is final.'],
  ] as const)('refusing %s → %s says what is allowed', (from, to, message) => {
    expect(thrown(() => assertTransition(from, to)).message).toBe(message);
  });

  it('refuses staying in the same status as a transition', () => {
    for (const status of CASE_STATUSES) expect(canTransition(status, status)).toBe(false);
  });
});

const CLOCK_TABLE = [
  ['REGISTERED', false],
  ['SCREENING', false],
  ['IN_REVIEW', false],
  ['VOTING', false],
  ['DECIDED', true],
  ['PRESCRIBED', true],
  ['COMPLIED', true],
  ['ESCALATED', true],
  ['CLOSED', true],
  ['RETURNED', true],
  ['OUT_OF_SCOPE', true],
] as const;

describe('isClockStopped', () => {
  it.each(CLOCK_TABLE)('the clock of a case in %s is stopped: %s', (status, stopped) => {
    expect(isClockStopped(status)).toBe(stopped);
  });

  it('is tabled for every status', () => {
    expect(CLOCK_TABLE.map(([status]) => status).sort()).toEqual([...CASE_STATUSES].sort());
  });
});

describe('hasDecision', () => {
  const TABLE: [CaseStatus, boolean][] = [
    ['REGISTERED', false], ['SCREENING', false], ['RETURNED', false], ['OUT_OF_SCOPE', false], ['IN_REVIEW', false], ['VOTING', false],
    ['DECIDED', true], ['PRESCRIBED', true], ['COMPLIED', true], ['ESCALATED', true], ['CLOSED', true],
  ];
  it.each(TABLE)('%s → %s', (status, expected) => {
    expect(hasDecision(status)).toBe(expected);
  });

  it('is tabled for every status', () => {
    expect(TABLE.map(([status]) => status).sort()).toEqual([...CASE_STATUSES].sort());
  });
});

describe('isFinished', () => {
  const TABLE: [CaseStatus, boolean][] = [
    ['REGISTERED', false], ['SCREENING', false], ['IN_REVIEW', false], ['VOTING', false], ['DECIDED', false],
    ['PRESCRIBED', false], ['COMPLIED', false], ['ESCALATED', false],
    ['RETURNED', true], ['OUT_OF_SCOPE', true], ['CLOSED', true],
  ];
  it.each(TABLE)('%s → %s', (status, expected) => {
    expect(isFinished(status)).toBe(expected);
  });

  it('is tabled for every status', () => {
    expect(TABLE.map(([status]) => status).sort()).toEqual([...CASE_STATUSES].sort());
  });

  it('counts every final status (no move out of it) as finished', () => {
    for (const s of CASE_STATUSES) if (TRANSITIONS[s].length === 0) expect(isFinished(s)).toBe(true);
  });
});
