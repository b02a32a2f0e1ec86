// Where a prescription stands and what may be done with it next. Mirrors the server's one table of
// prescription moves (ISSUED → DELIVERED → COMPLIED | PARTIALLY_COMPLIED | NOT_COMPLIED → ESCALATED);
// the server decides for real, this only keeps buttons away from moves it would refuse.
import type { PrescriptionStatus } from '../../shared/api/enums';

export type ComplianceStatus = Extract<PrescriptionStatus, 'COMPLIED' | 'PARTIALLY_COMPLIED' | 'NOT_COMPLIED'>;

const COMPLIANCE_NEXT: Record<PrescriptionStatus, readonly ComplianceStatus[]> = {
  ISSUED: [],
  DELIVERED: ['COMPLIED', 'PARTIALLY_COMPLIED', 'NOT_COMPLIED'],
  PARTIALLY_COMPLIED: ['COMPLIED', 'NOT_COMPLIED'],
  NOT_COMPLIED: ['COMPLIED'],
  COMPLIED: [],
  ESCALATED: [],
};

interface PrescriptionState {
  status: PrescriptionStatus;
  removalDueAt: string | null;
}

/** The compliance outcomes that may be recorded from this status. */
export function complianceChoices(status: PrescriptionStatus): readonly ComplianceStatus[] {
  return COMPLIANCE_NEXT[status];
}

export function mayDeliver(p: PrescriptionState): boolean {
  return p.status === 'ISSUED';
}

/** Escalation: only after a recorded (partial) non-compliance, and once the removal deadline has passed. */
export function mayEscalate(p: PrescriptionState, nowMs: number): boolean {
  if (p.status !== 'NOT_COMPLIED' && p.status !== 'PARTIALLY_COMPLIED') return false;
  return p.removalDueAt !== null && Date.parse(p.removalDueAt) <= nowMs;
}

export type ProgressKey = 'issued' | 'deliveredDue' | 'deliveredOverdue' | 'complied' | 'partially' | 'notComplied' | 'escalated';

/** One sentence of where the follow-up stands (see `prescriptions.progress.*` in i18n). */
export function progressOf(p: PrescriptionState, nowMs: number): ProgressKey {
  switch (p.status) {
    case 'ISSUED':
      return 'issued';
    case 'DELIVERED':
      return p.removalDueAt && Date.parse(p.removalDueAt) <= nowMs ? 'deliveredOverdue' : 'deliveredDue';
    case 'COMPLIED':
      return 'complied';
    case 'PARTIALLY_COMPLIED':
      return 'partially';
    case 'NOT_COMPLIED':
      return 'notComplied';
    case 'ESCALATED':
      return 'escalated';
  }
}
