import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Locks one row (FOR UPDATE) until the transaction ends, then loads the entity. Locking through
 * `findOne` would also lock every row its eager joins touch (the member who opened a round, their
 * agency, a platform), queuing unrelated writes behind each other.
 */
export async function lockRow<T extends object>(em: EntityManager, entity: EntityName<T>, id: string): Promise<T | null> {
  const table = em.getMetadata().get(entity).tableName;
  const rows = await em.execute(`select 1 from "${table}" where "id" = ? for update`, [id]);
  return rows.length === 0 ? null : em.findOne(entity, { id } as FilterQuery<T>);
}
