import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, msg, notFound } from '../../shared/domain-error.js';
import { appendEvent } from '../../shared/events/event-log.js';
import { isUuid } from '../../shared/ids.js';
import type { Viewer } from '../../shared/viewer.js';
import { Agency } from './agency.entity.js';
import { hashPassword } from './auth.service.js';
import type { CreateAgencyInput, CreateMemberInput } from './member.inputs.js';
import { Member } from './member.entity.js';

/** Accounts and agencies, managed by the admin. Every change is in the event log. */
export class MemberService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  me(): Promise<Member> {
    return this.em.findOneOrFail(Member, { id: this.viewer.id });
  }

  agencies(): Promise<Agency[]> {
    return this.em.find(Agency, {}, { orderBy: { name: 'asc' } });
  }

  async createAgency(input: CreateAgencyInput): Promise<Agency> {
    const name = input.name.trim();
    return this.em.transactional(async (em) => {
      if (await em.findOne(Agency, { name })) throw new DomainError('CONFLICT', msg(`An agency named "${name}" already exists.`, `Ведомство «${name}» уже есть.`, `«${name}» ведомствосы бұрыннан бар.`));
      const agency = em.create(Agency, { name, kind: input.kind });
      await appendEvent(em, { caseId: null, kind: 'agency.created', actorId: this.viewer.id, payload: { agencyId: agency.id, name, kind: input.kind } });
      return agency;
    });
  }

  async createMember(input: CreateMemberInput): Promise<Member> {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    return this.em.transactional(async (em) => {
      const agency = isUuid(input.agencyId) ? await em.findOne(Agency, { id: input.agencyId }) : null;
      if (!agency) throw notFound('agency');
      if (await em.findOne(Member, { email })) throw new DomainError('CONFLICT', msg(`An account with the email ${email} already exists.`, `Учётная запись с адресом ${email} уже есть.`, `${email} мекенжайымен тіркелгі бұрыннан бар.`));
      const member = em.create(Member, { name: input.name.trim(), email, passwordHash, role: input.role, agency, active: true });
      await appendEvent(em, { caseId: null, kind: 'member.created', actorId: this.viewer.id, payload: { memberId: member.id, role: input.role, agencyId: agency.id } });
      return member;
    });
  }

  /** Deactivates an account; its tokens stop working on the next request. */
  async deactivate(id: string): Promise<Member> {
    if (id === this.viewer.id) throw badInput(msg('You cannot deactivate your own account.', 'Нельзя отключить собственную учётную запись.', 'Өз тіркелгіңізді өшіруге болмайды.'));
    return this.em.transactional(async (em) => {
      const member = isUuid(id) ? await em.findOne(Member, { id }) : null;
      if (!member) throw notFound('member');
      if (!member.active) return member;
      member.active = false;
      await appendEvent(em, { caseId: null, kind: 'member.deactivated', actorId: this.viewer.id, payload: { memberId: id } });
      return member;
    });
  }
}
