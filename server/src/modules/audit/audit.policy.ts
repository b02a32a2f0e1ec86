import { kindName } from '../../shared/events/event-kinds.js';
import type { Viewer } from '../../shared/viewer.js';
import { CHAIRS, type Role } from '../../shared/role.js';

/** Who saw personal data, and who read that record: kinds only the chair and deputy receive. */
export const PII_VIEWED = kindName('pii.viewed');
export const AUDIT_VIEWED = kindName('audit.viewed');

export type AuditCategory = 'PII_READ' | 'AUDIT_READ' | 'CHANGE';

/**
 * The audit of a case is for the chair and the deputy who have not recused. Not the admin: the
 * admin runs accounts and settings and has no case content (DESIGN.md §2), and the audit is case
 * content — who worked on which child's case, when, and how the vote went.
 */
export const mayAudit = (viewer: Pick<Viewer, 'role'>, rel: { recused: boolean }) =>
  (CHAIRS as readonly Role[]).includes(viewer.role) && !rel.recused;

export function categoryOf(kind: string): AuditCategory {
  if (kind === PII_VIEWED) return 'PII_READ';
  if (kind === AUDIT_VIEWED) return 'AUDIT_READ';
  return 'CHANGE';
}
