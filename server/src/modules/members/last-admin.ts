import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../shared/role.js';
import { AccountStatus } from './account.lifecycle.js';
import { refusal } from './account.messages.js';
import { lastAdminRefusal } from './account.policy.js';
import { Member } from './member.entity.js';

/** Serialises changes that may take an admin out (an arbitrary, fixed key); taken before the account's row. */
const ADMINS_LOCK = 7_310_004;

/** Taken first by every change that could leave the platform without an active admin. */
export async function lockAdmins(em: EntityManager): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(?)', [ADMINS_LOCK]);
}

/** CONFLICT when the change of `target` (locked, as it is now) to `after` would leave no active admin. */
export async function assertAdminRemains(em: EntityManager, target: Member, after: { role: Role; status: AccountStatus }): Promise<void> {
  if (target.role !== Role.ADMIN) return;
  const admins = await em.find(Member, { role: Role.ADMIN, status: AccountStatus.ACTIVE }, { fields: ['id'] });
  const refused = lastAdminRefusal(target, after, admins);
  if (refused) throw refusal(refused, 'admins');
}
