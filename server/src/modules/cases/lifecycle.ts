import { DomainError, msg } from '../../shared/domain-error.js';

export const CASE_STATUSES = [
  'REGISTERED',
  'SCREENING',
  'IN_REVIEW',
  'VOTING',
  'DECIDED',
  'PRESCRIBED',
  'COMPLIED',
  'ESCALATED',
  'CLOSED',
  'RETURNED',
  'OUT_OF_SCOPE',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The one table of legal moves (DESIGN.md §3); every status change goes through it. */
export const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  REGISTERED: ['SCREENING', 'OUT_OF_SCOPE'],
  SCREENING: ['IN_REVIEW', 'RETURNED', 'OUT_OF_SCOPE'],
  RETURNED: ['SCREENING'], // the applicant supplied what was missing
  IN_REVIEW: ['VOTING', 'OUT_OF_SCOPE'],
  VOTING: ['DECIDED', 'IN_REVIEW'], // a round without quorum goes back to review
  DECIDED: ['PRESCRIBED', 'CLOSED'],
  PRESCRIBED: ['COMPLIED', 'ESCALATED'],
  COMPLIED: ['CLOSED'],
  ESCALATED: ['CLOSED'],
  CLOSED: [],
  OUT_OF_SCOPE: [],
};

// The legal clock stops once the group has decided, or when the case left early.
const CLOCK_STOPPED: ReadonlySet<CaseStatus> = new Set<CaseStatus>([
  'DECIDED',
  'PRESCRIBED',
  'COMPLIED',
  'ESCALATED',
  'CLOSED',
  'RETURNED',
  'OUT_OF_SCOPE',
]);

export const canTransition = (from: CaseStatus, to: CaseStatus): boolean =>
  (TRANSITIONS[from] ?? []).includes(to);

/** Throws INVALID_TRANSITION, naming the allowed next statuses, unless from → to is legal. */
export const assertTransition = (from: CaseStatus, to: CaseStatus): void => {
  if (canTransition(from, to)) return;
  const allowed = TRANSITIONS[from] ?? [];
  const list = allowed.join(', ');
  const message = allowed.length > 0
    ? msg(`A case in status ${from} cannot move to ${to}; allowed next: ${list}.`, `Дело в статусе ${from} нельзя перевести в ${to}; возможно: ${list}.`, `${from} мәртебесіндегі істі ${to} мәртебесіне ауыстыруға болмайды; мүмкін: ${list}.`)
    : msg(`A case in status ${from} cannot move to ${to}; ${from} is final.`, `Дело в статусе ${from} нельзя перевести в ${to}: этот статус окончательный.`, `${from} мәртебесіндегі істі ${to} мәртебесіне ауыстыруға болмайды: бұл соңғы мәртебе.`);
  throw new DomainError('INVALID_TRANSITION', message, {
    from,
    to,
    allowed,
  });
};

/** True once the decision deadline no longer runs for a case in this status. */
export const isClockStopped = (status: CaseStatus): boolean => CLOCK_STOPPED.has(status);

/** The statuses of a case that has a decision (decided, then prescribed, complied, escalated or closed). */
const DECIDED = new Set<CaseStatus>(['DECIDED', 'PRESCRIBED', 'COMPLIED', 'ESCALATED', 'CLOSED']);
export const hasDecision = (status: CaseStatus): boolean => DECIDED.has(status);

/**
 * The statuses of a case the panel has finished with: a final status (no move out of it), or returned
 * to the applicant (it comes back only when they supply what was missing, as a new term). The queue
 * shows these behind a filter (issue 17); every other status is work still under way.
 */
const FINISHED = new Set<CaseStatus>(['CLOSED', 'OUT_OF_SCOPE', 'RETURNED']);
export const isFinished = (status: CaseStatus): boolean => FINISHED.has(status);
