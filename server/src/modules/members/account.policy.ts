import { AccountStatus, needsApproval } from './account.lifecycle.js';
import { CHAIRS, Role } from '../../shared/role.js';

/** The viewer as these rules need it. */
export interface Actor {
  id: string;
  role: Role;
}

/** The account acted on. */
export interface Target {
  id: string;
  role: Role;
}

export type AccountRefusal = 'NOT_YOUR_ROLE' | 'OWN_ACCOUNT' | 'SEAT_TAKEN' | 'LAST_ADMIN';

const isChair = (role: Role) => (CHAIRS as readonly Role[]).includes(role);

/** Accounts and agencies are made and changed by the admin (DESIGN.md §2). */
export const mayAdministerAccounts = (actor: Pick<Actor, 'role'>) => actor.role === Role.ADMIN;

/** The account audit (who changed which account): the chair and the deputy, who approve accounts. */
export const mayReadAccountAudit = (actor: Pick<Actor, 'role'>) => isChair(actor.role);

/**
 * Approval and rejection of an account: the chair or the deputy, never of their own account. The
 * chair and deputy vouch for the person; the admin, who creates accounts, never approves one.
 */
export function approvalRefusal(actor: Actor, target: Target): AccountRefusal | null {
  if (!isChair(actor.role)) return 'NOT_YOUR_ROLE';
  if (actor.id === target.id) return 'OWN_ACCOUNT';
  return null;
}

/**
 * The panel has one chair and one deputy chair (DESIGN.md §1, appointed by the ministry): an
 * account with either role is approved only while no other account of that role holds the seat
 * (approved and waiting for its password, or active). To hand over, the admin deactivates the
 * outgoing account (or gives it another role) and the incoming one is approved after.
 */
export function seatRefusal(target: Target, holders: readonly { id: string; status: AccountStatus }[]): AccountRefusal | null {
  if (!isChair(target.role)) return null;
  const seated = holders.some((h) => h.id !== target.id && (h.status === AccountStatus.ACTIVE || h.status === AccountStatus.INVITED));
  return seated ? 'SEAT_TAKEN' : null;
}

/**
 * Who issues the invitation link, which sets (or resets) the password: whoever holds the link can
 * become the account. For an account that reads case files that is the chair or the deputy (who
 * vouched for the person), never the admin — so the admin never holds anything that opens a child's
 * file. For analysts and admins (no case files, no approval) it is the admin. Never one's own.
 */
export function invitationRefusal(actor: Actor, target: Target): AccountRefusal | null {
  const issuerMayBe = needsApproval(target.role) ? isChair(actor.role) : mayAdministerAccounts(actor);
  if (!issuerMayBe) return 'NOT_YOUR_ROLE';
  if (actor.id === target.id) return 'OWN_ACCOUNT';
  return null;
}

/** Role, agency and deactivation are the admin's, on any account but the admin's own. */
export function adminChangeRefusal(actor: Actor, target: Target): AccountRefusal | null {
  if (!mayAdministerAccounts(actor)) return 'NOT_YOUR_ROLE';
  if (actor.id === target.id) return 'OWN_ACCOUNT';
  return null;
}

/**
 * The platform always keeps an active admin (someone must be able to manage accounts): a change
 * that takes an active admin account out of that (another role, a reset of its access, a
 * deactivation) is refused when no other active admin remains. With the own-account rule this can
 * only happen when two admins act on each other at once; the service serialises those changes.
 */
export function lastAdminRefusal(
  target: Target & { status: AccountStatus },
  after: { role: Role; status: AccountStatus },
  activeAdmins: readonly { id: string }[],
): AccountRefusal | null {
  const isAdmin = (a: { role: Role; status: AccountStatus }) => a.role === Role.ADMIN && a.status === AccountStatus.ACTIVE;
  if (!isAdmin(target) || isAdmin(after)) return null;
  return activeAdmins.some((a) => a.id !== target.id) ? null : 'LAST_ADMIN';
}
