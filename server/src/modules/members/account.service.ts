import { write } from '../../shared/write.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/domain-error.js';
import { isUuid } from '../../shared/ids.js';
import { lockRow } from '../../shared/locks.js';
import type { Viewer } from '../../shared/viewer.js';
import { logAccountChange } from './account-audit.log.js';
import { AccountStatus, assertAccountMove, initialStatus, isFinal, statusAfterRoleChange } from './account.lifecycle.js';
import { clearCredentials } from './credentials.js';
import { accountFinal, duplicateEmail, nothingToChange, reasonRequired, refusal } from './account.messages.js';
import { adminChangeRefusal, approvalRefusal, mayAdministerAccounts, seatRefusal, type AccountRefusal } from './account.policy.js';
import { assertAdminRemains, lockAdmins } from './last-admin.js';
import { Agency } from './agency.entity.js';
import type { CreateMemberInput, UpdateMemberInput } from './member.inputs.js';
import { Member, statusFields } from './member.entity.js';

const REASON_MAX = 2_000;

/** Serialises approvals of chair and deputy accounts, so two can never take one seat (an arbitrary, fixed key). */
const SEATS_LOCK = 7_310_002;

/**
 * Accounts through their lifecycle: the admin creates them and changes role or agency, the chair or
 * deputy approves or rejects them. Nobody here ever sets a password (see InvitationService). Every
 * change is appended to the log in its transaction (the account audit) and wakes every instance,
 * whose member caches drop what they held.
 */
export class AccountService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  /** A new account without a password: PENDING_APPROVAL if it reads case files, else INVITED. */
  async create(input: CreateMemberInput): Promise<Member> {
    if (!mayAdministerAccounts(this.viewer)) throw refusal('NOT_YOUR_ROLE', 'admins');
    const email = input.email.trim().toLowerCase();
    return write(this.em, async (em) => {
      const agency = isUuid(input.agencyId) ? await em.findOne(Agency, { id: input.agencyId }) : null;
      if (!agency) throw notFound('agency');
      if (await em.findOne(Member, { email })) throw duplicateEmail(email);
      const status = initialStatus(input.role);
      const member = em.create(Member, { name: input.name.trim(), email, role: input.role, agency, ...statusFields(status) });
      await em.flush();
      await logAccountChange(em, 'member.created', this.viewer.id, member, { to: status, agencyId: agency.id });
      return member;
    });
  }

  /** The chair or deputy vouches for the person: PENDING_APPROVAL → INVITED (the invitation comes next). */
  async approve(id: string): Promise<Member> {
    return write(this.em, async (em) => {
      await em.execute('select pg_advisory_xact_lock(?)', [SEATS_LOCK]);
      const member = await this.lock(em, id);
      this.check(approvalRefusal(this.viewer, member), 'approvers');
      const from = member.status;
      const to = assertAccountMove(from, 'approve');
      const holders = await em.find(Member, { role: member.role }, { fields: ['id', 'status'] });
      this.check(seatRefusal(member, holders), 'approvers');
      member.moveTo(to);
      await em.flush();
      await logAccountChange(em, 'member.approved', this.viewer.id, member, { from, to });
      return member;
    });
  }

  /** The chair or deputy refuses the account, with a reason: final. */
  async reject(id: string, reason: string): Promise<Member> {
    const why = reason.trim();
    if (!why || why.length > REASON_MAX) throw reasonRequired();
    return write(this.em, async (em) => {
      const member = await this.lock(em, id);
      this.check(approvalRefusal(this.viewer, member), 'approvers');
      const from = member.status;
      const to = assertAccountMove(from, 'reject');
      member.moveTo(to);
      await em.flush();
      await logAccountChange(em, 'member.rejected', this.viewer.id, member, { from, to, reason: why });
      return member;
    });
  }

  /**
   * The admin changes the role or the agency. A new case-reading role sends the account back to
   * PENDING_APPROVAL with its password and invitation cleared (see statusAfterRoleChange).
   */
  async update(id: string, input: UpdateMemberInput): Promise<Member> {
    if (input.role == null && input.agencyId == null) throw nothingToChange();
    return write(this.em, async (em) => {
      await lockAdmins(em);
      const member = await this.lock(em, id);
      this.check(adminChangeRefusal(this.viewer, member), 'admins');
      const agency = input.agencyId == null ? member.agency : isUuid(input.agencyId) ? await em.findOne(Agency, { id: input.agencyId }) : null;
      if (!agency) throw notFound('agency');
      const from = member.status;
      if (isFinal(from)) throw accountFinal(from);
      const previousRole = member.role;
      const previousAgencyId = member.agency.id;
      const role = input.role ?? member.role;
      if (role === previousRole && agency.id === previousAgencyId) return member;
      const to = statusAfterRoleChange(from, previousRole, role);
      await assertAdminRemains(em, member, { role, status: to });
      Object.assign(member, { role, agency });
      member.moveTo(to);
      await em.flush();
      if (to === AccountStatus.PENDING_APPROVAL && from !== to) await clearCredentials(em, member.id, { password: true });
      await logAccountChange(em, 'member.updated', this.viewer.id, member, { from, to, previousRole, agencyId: agency.id, previousAgencyId });
      return member;
    });
  }

  /** Deactivates an account (final); a live invitation dies with it. Already final: returned as it is. */
  async deactivate(id: string): Promise<Member> {
    return write(this.em, async (em) => {
      await lockAdmins(em);
      const member = await this.lock(em, id);
      this.check(adminChangeRefusal(this.viewer, member), 'admins');
      const from = member.status;
      if (from === AccountStatus.DEACTIVATED || from === AccountStatus.REJECTED) return member;
      const to = assertAccountMove(from, 'deactivate');
      await assertAdminRemains(em, member, { role: member.role, status: to });
      member.moveTo(to);
      await em.flush();
      await clearCredentials(em, member.id, { password: false });
      await logAccountChange(em, 'member.deactivated', this.viewer.id, member, { from, to });
      return member;
    });
  }

  /** The account, locked until commit (two changes of one account never interleave). */
  private async lock(em: EntityManager, id: string): Promise<Member> {
    const member = isUuid(id) ? await lockRow(em, Member, id) : null;
    if (!member) throw notFound('member');
    return member;
  }

  private check(reason: AccountRefusal | null, who: 'approvers' | 'admins'): void {
    if (reason) throw refusal(reason, who);
  }
}
