import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, msg } from '../../shared/domain-error.js';
import { emit, write } from '../../shared/write.js';
import type { Viewer } from '../../shared/viewer.js';
import { Agency } from './agency.entity.js';
import type { CreateAgencyInput } from './member.inputs.js';
import { Member } from './member.entity.js';

/** The signed-in member and the agencies; account changes are AccountService's. Every change is in the event log. */
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
    return write(this.em, async (em) => {
      if (await em.findOne(Agency, { name })) throw new DomainError('CONFLICT', msg(`An agency named "${name}" already exists.`, `Ведомство «${name}» уже есть.`, `«${name}» ведомствосы бұрыннан бар.`));
      const agency = em.create(Agency, { name, kind: input.kind });
      emit(em, { caseId: null, kind: 'agency.created', actorId: this.viewer.id, payload: { agencyId: agency.id, name, kind: input.kind } });
      return agency;
    });
  }
}
