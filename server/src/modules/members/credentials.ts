import type { EntityManager } from '@mikro-orm/postgresql';
import { Member } from './member.entity.js';

// The secret columns of an account (password hash, invitation hash) are written with plain
// UPDATEs, never through the unit of work: they are lazy and hidden, and an unloaded one must
// never be flushed by accident.

/** Drops the live invitation, and the password when asked: nothing the account had opens it any more. */
export async function clearCredentials(em: EntityManager, memberId: string, opts: { password: boolean }): Promise<void> {
  await em.nativeUpdate(Member, { id: memberId }, { invitationTokenHash: null, invitationExpiresAt: null, ...(opts.password ? { passwordHash: null } : {}) });
}

/** Stores a new invitation (replacing any earlier one) and clears the password: the link alone sets it. */
export async function storeInvitation(em: EntityManager, memberId: string, tokenHash: string, expiresAt: Date): Promise<void> {
  await em.nativeUpdate(Member, { id: memberId }, { invitationTokenHash: tokenHash, invitationExpiresAt: expiresAt, passwordHash: null });
}

/**
 * The account a live invitation belongs to, locked until commit; null when no live one has this
 * hash (unknown, expired, used or replaced — the caller cannot tell, and must not). A second
 * acceptance of the same token waits for the first and then finds nothing: the first cleared it.
 */
export async function lockInvitedAccount(em: EntityManager, tokenHash: string): Promise<string | null> {
  const rows = await em.execute<{ id: string }[]>(
    'select "id" from "member" where "invitation_token_hash" = ? and "invitation_expires_at" > clock_timestamp() for update',
    [tokenHash],
  );
  return rows[0]?.id ?? null;
}

/** Sets the password the person chose and consumes the invitation, in the caller's transaction. */
export async function setPasswordFromInvitation(em: EntityManager, memberId: string, passwordHash: string): Promise<void> {
  await em.nativeUpdate(Member, { id: memberId }, { passwordHash, invitationTokenHash: null, invitationExpiresAt: null });
}
