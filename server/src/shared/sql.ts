import type { AnyEntity, EntityData } from '@mikro-orm/core';

/** Rows as a statement returns them (the ORM's type for them, so that an EntityManager is an `Sql`). */
type Rows = EntityData<AnyEntity>[];

/**
 * What statements run on: the ORM's EntityManager, the lean transaction of `sqlWrite`
 * (shared/write.ts), or the instance's read connections (shared/reads.ts). Statements take `?`
 * placeholders and scalar parameters; an array is a list on all three (`in (?)` with `[ids]`).
 */
export interface Sql {
  execute<T extends Rows = Rows>(sql: string, params?: unknown[]): Promise<T>;
  isInTransaction(): boolean;
}
