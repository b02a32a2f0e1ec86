import type { Localized } from '../../shared/domain-error.js';
import { msg } from '../../shared/domain-error.js';
import { VOTERS, type Role } from '../../shared/role.js';
import { isFinished, type CaseStatus } from './lifecycle.js';

// The rapporteur of a case (issue 17, "my cases"): the member the secretary or the chair names to
// prepare the case for the panel. Pure rules; rapporteur.service.ts applies them under the case's lock.

/** What decides whether a member may be named rapporteur of a case. */
export interface Candidate {
  role: Role;
  active: boolean;
  /** Declared a conflict of interest in this case. */
  recused: boolean;
}

/** Why a member cannot be named, or null when they can: an active voting member (chair, deputy, member) not recused. */
export function candidateRefusal(c: Candidate | null): Localized | null {
  if (!c || !c.active) return msg('Choose an active member of the panel.', 'Выберите действующего члена группы.', 'Топтың қолданыстағы мүшесін таңдаңыз.');
  if (!(VOTERS as readonly Role[]).includes(c.role)) {
    return msg('The rapporteur is a voting member: the chair, the deputy or a member.', 'Докладчиком может быть только голосующий член группы: председатель, заместитель или член группы.', 'Баяндамашы тек дауыс беретін мүше бола алады: төраға, орынбасар немесе топ мүшесі.');
  }
  if (c.recused) return msg('This member declared a conflict of interest in the case.', 'Этот член группы заявил о конфликте интересов по делу.', 'Бұл мүше іс бойынша мүдделер қақтығысын мәлімдеді.');
  return null;
}

/** A finished case (closed, returned, out of scope) keeps its rapporteur; it is not named anew. */
export const rapporteurOpen = (status: CaseStatus): boolean => !isFinished(status);
