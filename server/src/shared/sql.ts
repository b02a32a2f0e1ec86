import type { AnyEntity, EntityData } from '@mikro-orm/core';

/** Rows as a statement returns them (the ORM's type for them, so that an EntityManager is an `Sql`). */
type Rows = EntityData<AnyEntity>[];

/**
 * What a write's statements run on: the ORM's EntityManager inside `write`, or the lean transaction
 * of `sqlWrite` (shared/write.ts). Statements take `?` placeholders and scalar parameters (an array
 * is a list to the ORM but one array value to the lean transaction: write `= any(…)` against neither).
 */
export interface Sql {
  execute<T extends Rows = Rows>(sql: string, params?: unknown[]): Promise<T>;
  isInTransaction(): boolean;
}
