import { DomainError, msg } from '../../shared/domain-error.js';
import { PrescriptionStatus as S } from './prescription.entity.js';

/** The one table of prescription moves: ISSUED → DELIVERED → COMPLIED | PARTIALLY_COMPLIED | NOT_COMPLIED → ESCALATED. */
export const PRESCRIPTION_TRANSITIONS: Record<S, readonly S[]> = {
  [S.ISSUED]: [S.DELIVERED],
  [S.DELIVERED]: [S.COMPLIED, S.PARTIALLY_COMPLIED, S.NOT_COMPLIED],
  [S.PARTIALLY_COMPLIED]: [S.COMPLIED, S.NOT_COMPLIED, S.ESCALATED],
  [S.NOT_COMPLIED]: [S.COMPLIED, S.ESCALATED],
  [S.COMPLIED]: [],
  [S.ESCALATED]: [],
};

export function assertPrescriptionMove(from: S, to: S): void {
  if (PRESCRIPTION_TRANSITIONS[from].includes(to)) return;
  const allowed = PRESCRIPTION_TRANSITIONS[from].join(', ') || '—';
  throw new DomainError('INVALID_TRANSITION', msg(
    `A prescription in status ${from} cannot become ${to}; allowed next: ${allowed}.`,
    `Предписание в статусе ${from} нельзя перевести в ${to}; возможно: ${allowed}.`,
    `${from} мәртебесіндегі нұсқаманы ${to} мәртебесіне ауыстыруға болмайды; мүмкін: ${allowed}.`,
  ), { from, to });
}

/** What the case's status becomes from its prescriptions: all complied → COMPLIED, any escalated → ESCALATED. */
export function caseStatusFrom(statuses: readonly S[]): 'COMPLIED' | 'ESCALATED' | null {
  if (statuses.length === 0) return null;
  if (statuses.some((s) => s === S.ESCALATED)) return 'ESCALATED';
  return statuses.every((s) => s === S.COMPLIED) ? 'COMPLIED' : null;
}
