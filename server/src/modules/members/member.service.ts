import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/viewer.js';
import { Member } from './member.entity.js';

/** The signed-in member; account changes are AccountService's, agencies AgencyService's. */
export class MemberService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  me(): Promise<Member> {
    return this.em.findOneOrFail(Member, { id: this.viewer.id });
  }
}
