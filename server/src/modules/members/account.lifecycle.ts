import { registerEnumType } from 'type-graphql';
import { DomainError, msg } from '../../shared/domain-error.js';
import { CASE_READERS, Role } from '../../shared/role.js';

/**
 * Where an account stands. Only ACTIVE signs in, reads and counts for a quorum; REJECTED and
 * DEACTIVATED are final (the email stays taken, the history stays readable).
 */
export enum AccountStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  REJECTED = 'REJECTED',
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'PENDING_APPROVAL: a case-reading account waiting for the chair or deputy; INVITED: waiting for the person to set a password through the invitation link; ACTIVE: may sign in; REJECTED and DEACTIVATED: final.',
});

/** What happens to an account; `invite` also resets the access of an active one. */
export type AccountAction = 'approve' | 'reject' | 'invite' | 'accept' | 'deactivate';

/** The one table of account moves; every status change goes through it. */
export const ACCOUNT_TRANSITIONS: Record<AccountStatus, Partial<Record<AccountAction, AccountStatus>>> = {
  [AccountStatus.PENDING_APPROVAL]: { approve: AccountStatus.INVITED, reject: AccountStatus.REJECTED, deactivate: AccountStatus.DEACTIVATED },
  [AccountStatus.INVITED]: { invite: AccountStatus.INVITED, accept: AccountStatus.ACTIVE, deactivate: AccountStatus.DEACTIVATED },
  [AccountStatus.ACTIVE]: { invite: AccountStatus.INVITED, deactivate: AccountStatus.DEACTIVATED },
  [AccountStatus.REJECTED]: {},
  [AccountStatus.DEACTIVATED]: {},
};

export const isFinal = (status: AccountStatus) => Object.keys(ACCOUNT_TRANSITIONS[status]).length === 0;

/** Roles that open case files: their accounts are approved by the chair or deputy first. */
export const needsApproval = (role: Role): boolean => (CASE_READERS as readonly Role[]).includes(role);

/** The status a new account starts in: analysts and admins (no case files) need no approval. */
export const initialStatus = (role: Role): AccountStatus => (needsApproval(role) ? AccountStatus.PENDING_APPROVAL : AccountStatus.INVITED);

/**
 * The status after the admin changes a role. Moving into a case-reading role (from any other role,
 * or between two of them: advisor → member reads identities, member → chair presides) needs a
 * fresh approval and a password the person sets again; a role without case files keeps the
 * account as it is (a pending one needs no approval any more).
 */
export function statusAfterRoleChange(status: AccountStatus, from: Role, to: Role): AccountStatus {
  if (from === to || isFinal(status)) return status;
  if (needsApproval(to)) return AccountStatus.PENDING_APPROVAL;
  return status === AccountStatus.PENDING_APPROVAL ? AccountStatus.INVITED : status;
}

/** The next status, or null when the action is not allowed from `from`. */
export const nextStatus = (from: AccountStatus, action: AccountAction): AccountStatus | null => ACCOUNT_TRANSITIONS[from][action] ?? null;

const ACTION_NAMES: Record<AccountAction, { en: string; ru: string; kk: string }> = {
  approve: msg('approved', 'одобрить', 'мақұлдауға'),
  reject: msg('rejected', 'отклонить', 'қабылдамауға'),
  invite: msg('sent an invitation', 'пригласить', 'шақыру жіберуге'),
  accept: msg('activated by an invitation', 'активировать по приглашению', 'шақыру арқылы белсендіруге'),
  deactivate: msg('deactivated', 'отключить', 'өшіруге'),
};

/** The next status; INVALID_TRANSITION naming the status otherwise. */
export function assertAccountMove(from: AccountStatus, action: AccountAction): AccountStatus {
  const to = nextStatus(from, action);
  if (to) return to;
  const a = ACTION_NAMES[action];
  throw new DomainError('INVALID_TRANSITION', msg(
    `An account in status ${from} cannot be ${a.en}.`,
    `Учётную запись в статусе ${from} нельзя ${a.ru}.`,
    `${from} мәртебесіндегі тіркелгіні ${a.kk} болмайды.`,
  ), { from, action });
}
