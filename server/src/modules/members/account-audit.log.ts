import type { EntityManager } from '@mikro-orm/postgresql';
import { EVENT_KINDS, kindsWhere, type EventKind } from '../../shared/events/event-kinds.js';
import { emit } from '../../shared/write.js';
import type { AccountStatus } from './account.lifecycle.js';
import type { Role } from '../../shared/role.js';

/**
 * The account audit is the append-only log itself: account events are `case_event` rows without a
 * case. So they are written in the change's own transaction, are as append-only as the rest
 * (a trigger refuses updates and deletes), are ordered by the same global seq, and each one wakes
 * every instance on the `log` topic, which is what drops the member caches there. No case stream
 * ever carries them (those read one case's rows).
 */
export type AccountEventKind = { [K in EventKind]: (typeof EVENT_KINDS)[K] extends { account: true } ? K : never }[EventKind];
export const ACCOUNT_EVENT_KINDS = kindsWhere((k) => k.account === true) as AccountEventKind[];

/**
 * What an entry may say, and nothing else: a closed shape, so that no token or password can be
 * logged by passing one along.
 */
export interface AccountChangeDetails {
  from?: AccountStatus;
  to?: AccountStatus;
  previousRole?: Role;
  agencyId?: string;
  previousAgencyId?: string;
  /** Why the chair or deputy rejected the account (their words; readable by them only). */
  reason?: string;
  /** When an issued invitation expires (ISO). */
  expiresAt?: string;
  /** The invitation reset an active account's access. */
  reset?: boolean;
}

/** Appends one account event, in the caller's transaction (and so wakes every instance at commit). */
export async function logAccountChange(
  em: EntityManager,
  kind: Exclude<AccountEventKind, `agency.${string}`>,
  actorId: string | null,
  member: { id: string; role: Role },
  details: AccountChangeDetails,
): Promise<void> {
  emit(em, { caseId: null, kind, actorId, payload: { memberId: member.id, role: member.role, ...details } });
}
