import { write } from '../../shared/write.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/domain-error.js';
import { isUuid } from '../../shared/ids.js';
import { lockRow } from '../../shared/locks.js';
import type { Viewer } from '../../shared/viewer.js';
import { logAccountChange } from './account-audit.log.js';
import { AccountStatus, assertAccountMove } from './account.lifecycle.js';
import { invitationInvalid, passwordTooLong, passwordTooShort, refusal } from './account.messages.js';
import { invitationRefusal } from './account.policy.js';
import { hashPassword } from './auth.service.js';
import { lockInvitedAccount, setPasswordFromInvitation, storeInvitation } from './credentials.js';
import { hashInvitationToken, invitationPath, isInvitationToken, newInvitationToken, PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from './invitation.token.js';
import { assertAdminRemains, lockAdmins } from './last-admin.js';
import { Member } from './member.entity.js';

export interface IssuedInvitation {
  token: string;
  path: string;
  expiresAt: Date;
  member: Member;
}

/**
 * Invitation links: the only way a password is ever set. The token is shown once, to whoever
 * issued it, and only its SHA-256 is kept; issuing again replaces the previous link, and on an
 * active account resets its access (the password is cleared, its sessions end).
 */
export class InvitationService {
  constructor(private readonly em: EntityManager, private readonly ttlHours: number) {}

  /** A new one-time link for an approved (INVITED) or ACTIVE account. */
  async issue(viewer: Viewer, memberId: string): Promise<IssuedInvitation> {
    return write(this.em, async (em) => {
      await lockAdmins(em);
      const member = isUuid(memberId) ? await lockRow(em, Member, memberId) : null;
      if (!member) throw notFound('member');
      const refused = invitationRefusal(viewer, member);
      if (refused) throw refusal(refused, 'inviters');
      const from = member.status;
      const to = assertAccountMove(from, 'invite');
      await assertAdminRemains(em, member, { role: member.role, status: to });
      const { token, hash } = newInvitationToken();
      const expiresAt = new Date(Date.now() + this.ttlHours * 3_600_000);
      member.moveTo(to);
      await em.flush();
      await storeInvitation(em, member.id, hash, expiresAt);
      // The token goes to the caller only: never into the log, whose payload says when it expires.
      await logAccountChange(em, 'member.invitation_issued', viewer.id, member, { from, to, expiresAt: expiresAt.toISOString(), reset: from === AccountStatus.ACTIVE });
      return { token, path: invitationPath(token), expiresAt, member };
    });
  }

  /**
   * Sets the person's own password and activates the account, consuming the link in the same
   * transaction. Any link that cannot be used gets one answer; the password's rules are checked
   * first, so that answer never depends on the password either.
   */
  async accept(token: string, password: string): Promise<Member> {
    const problem = passwordProblem(password);
    if (problem === 'TOO_SHORT') throw passwordTooShort(PASSWORD_MIN);
    if (problem === 'TOO_LONG') throw passwordTooLong(PASSWORD_MAX);
    if (!isInvitationToken(token)) throw invitationInvalid();
    // Hashed before the lookup: a wrong link costs the same as a good one.
    const passwordHash = await hashPassword(password);
    return write(this.em, async (em) => {
      const id = await lockInvitedAccount(em, hashInvitationToken(token));
      const member = id ? await em.findOne(Member, { id }) : null;
      if (!member || member.status !== AccountStatus.INVITED) throw invitationInvalid();
      const from = member.status;
      const to = assertAccountMove(from, 'accept');
      member.moveTo(to);
      await em.flush();
      await setPasswordFromInvitation(em, member.id, passwordHash);
      await logAccountChange(em, 'member.invitation_accepted', member.id, member, { from, to });
      return member;
    });
  }
}
