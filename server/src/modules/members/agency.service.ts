import type { EntityManager } from '@mikro-orm/postgresql';
import { badFields, DomainError, forbidden, msg } from '../../shared/domain-error.js';
import { notFound } from '../../shared/domain-error.js';
import { isUuid } from '../../shared/ids.js';
import { lockRow } from '../../shared/locks.js';
import type { Viewer } from '../../shared/viewer.js';
import { emit, write } from '../../shared/write.js';
import type { AgencyKind } from '../../shared/role.js';
import { mayAdministerAccounts } from './account.policy.js';
import { Agency } from './agency.entity.js';
import { agencyNamesProblems, normalizeAgencyNames, type AgencyNameField, type AgencyNames } from './agency.rules.js';

const adminOnly = () => forbidden(msg('Only the administrator creates and edits agencies.', 'Создаёт и изменяет ведомства только администратор.', 'Ведомстволарды тек әкімші құрады және өзгертеді.'));

const taken = (field: string, name: string) => new DomainError('CONFLICT', msg(
  `An agency named "${name}" already exists.`, `Ведомство «${name}» уже есть.`, `«${name}» ведомствосы бұрыннан бар.`,
), undefined, { [field]: { code: 'INVALID', message: msg('Another agency has this name.', 'Это название уже у другого ведомства.', 'Бұл атау басқа ведомствода бар.') } });

/** Serialises agency writes, so two agencies can never take one name in a language (an arbitrary, fixed key). */
const AGENCIES_LOCK = 7_310_003;

/** What may change on an agency: its names (all three at once) and its kind. */
export interface AgencyChange extends Partial<Record<AgencyNameField, string | null>> {
  kind?: AgencyKind | null;
}

/** The agencies that delegate members: listed for everyone, created and edited by the admin; every change is an account-audit event. */
export class AgencyService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  list(): Promise<Agency[]> {
    return this.em.find(Agency, {}, { orderBy: { name: 'asc' } });
  }

  /** A new agency; a name left out in Kazakh or English is the Russian one until the admin writes it. */
  async create(input: { name: string; nameKk?: string | null; nameEn?: string | null; kind: AgencyKind }): Promise<Agency> {
    if (!mayAdministerAccounts(this.viewer)) throw adminOnly();
    const names = this.checked({ nameRu: input.name, nameKk: input.nameKk?.trim() || input.name, nameEn: input.nameEn?.trim() || input.name }, 'name');
    return write(this.em, async (em) => {
      await em.execute('select pg_advisory_xact_lock(?)', [AGENCIES_LOCK]);
      await this.assertFree(em, names, null, 'name');
      const agency = em.create(Agency, { name: names.nameRu, nameKk: names.nameKk, nameEn: names.nameEn, kind: input.kind });
      emit(em, { caseId: null, kind: 'agency.created', actorId: this.viewer.id, payload: { agencyId: agency.id, name: names.nameRu, kind: input.kind } });
      return agency;
    });
  }

  /** Renames an agency in its three languages and/or changes its kind. No change at all: returned as it is, nothing logged. */
  async update(id: string, change: AgencyChange): Promise<Agency> {
    if (!mayAdministerAccounts(this.viewer)) throw adminOnly();
    const names = this.checked(change, 'nameRu');
    return write(this.em, async (em) => {
      await em.execute('select pg_advisory_xact_lock(?)', [AGENCIES_LOCK]);
      const agency = isUuid(id) ? await lockRow(em, Agency, id) : null;
      if (!agency) throw notFound('agency');
      await this.assertFree(em, names, agency.id, 'nameRu');
      const kind = change.kind ?? agency.kind;
      const changed = [
        ...(names.nameKk !== agency.nameKk ? ['nameKk'] : []),
        ...(names.nameRu !== agency.name ? ['nameRu'] : []),
        ...(names.nameEn !== agency.nameEn ? ['nameEn'] : []),
        ...(kind !== agency.kind ? ['kind'] : []),
      ];
      if (changed.length === 0) return agency;
      em.assign(agency, { name: names.nameRu, nameKk: names.nameKk, nameEn: names.nameEn, kind });
      emit(em, { caseId: null, kind: 'agency.updated', actorId: this.viewer.id, payload: { agencyId: agency.id, changed } });
      return agency;
    });
  }

  /** The names, normalized; BAD_USER_INPUT naming each wrong field otherwise (`ruField`: how the input calls the Russian name). */
  private checked(input: Partial<Record<AgencyNameField, string | null>>, ruField: 'name' | 'nameRu'): AgencyNames {
    const names = normalizeAgencyNames(input);
    const problems = agencyNamesProblems(names);
    if (Object.keys(problems).length > 0) {
      throw badFields(Object.fromEntries(Object.entries(problems).map(([field, p]) => [field === 'nameRu' ? ruField : field, p])));
    }
    return names;
  }

  /** CONFLICT when another agency has one of these names in the same language. */
  private async assertFree(em: EntityManager, names: AgencyNames, self: string | null, ruField: 'name' | 'nameRu'): Promise<void> {
    const others = await em.find(Agency, {
      $and: [{ $or: [{ name: names.nameRu }, { nameKk: names.nameKk }, { nameEn: names.nameEn }] }, ...(self ? [{ id: { $ne: self } }] : [])],
    });
    for (const other of others) {
      if (other.name === names.nameRu) throw taken(ruField, names.nameRu);
      if (other.nameKk === names.nameKk) throw taken('nameKk', names.nameKk);
      if (other.nameEn === names.nameEn) throw taken('nameEn', names.nameEn);
    }
  }
}
