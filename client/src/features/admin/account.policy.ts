// Who does what to accounts, as the server's members/account.policy.ts decides it; these only keep
// buttons away from people who would be refused.
import type { AccountStatus, Role } from '../../shared/api/enums';

const CHAIRS: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR'];
// The panel's roles: accounts that open case files (a property of the target account, which
// `viewerCan` cannot answer: it speaks only of the viewer).
const PANEL_ROLES: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER', 'ADVISOR'];

/** Whether an account of this role opens case files (and may be mentioned in a case room). */
export const isPanelRole = (role: Role): boolean => PANEL_ROLES.includes(role);

/** Accounts that open case files are approved by the chair or deputy. */
export const needsApproval = (role: Role): boolean => isPanelRole(role);

/** The accounts page (approvals, invitations of case readers, the account audit): the chair and deputy. */
export const mayManageAccounts = (role: Role): boolean => CHAIRS.includes(role);

/** The chair or deputy invites case readers; the admin invites analysts and admins; never one's own account. */
export function mayInvite(viewer: { id: string; role: Role }, target: { id: string; role: Role; status: AccountStatus }): boolean {
  if (viewer.id === target.id || (target.status !== 'INVITED' && target.status !== 'ACTIVE')) return false;
  return needsApproval(target.role) ? CHAIRS.includes(viewer.role) : viewer.role === 'ADMIN';
}

export const isFinalStatus = (status: AccountStatus): boolean => status === 'REJECTED' || status === 'DEACTIVATED';
