import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Sql } from './sql.js';

/**
 * Row locks in the one order every write takes them (README "Write path"):
 *   1. the case's row — every write inside a case holds it first: `update` (FOR NO KEY UPDATE) when
 *      it may change the case or decide anything in it, so those writes of a case are serial;
 *      `share` (FOR SHARE) when it only adds to the case's discussion (a comment, an edit of one),
 *      so those run side by side and wait only for the serial ones;
 *   2. rows of that case (a round, a decision, a prescription, a comment);
 *   3. rows outside cases (a member, the panel's seats);
 *   4. the event log's floor, at the very end (shared/write.ts).
 * A write that tries to go back (a case after a row of step 2 or 3, a second case, or `update` on a
 * case it holds for `share` — two such writes would each wait for the other's share) fails at once
 * with an error naming the rule, instead of deadlocking one day under load.
 *
 * Rows of steps 2 and 3 are locked FOR NO KEY UPDATE. Neither mode blocks the key-share locks that
 * inserts of other rows take on the rows they reference (a vote on its member, a comment on its case).
 */
export type CaseLock = 'update' | 'share';
const held = new WeakMap<Sql, { caseId: string | null; step: 1 | 2 | 3; mode: CaseLock }>();
const MODE_SQL: Record<CaseLock, string> = { update: 'for no key update', share: 'for share' };
const CASE_TABLE = 'case';

/** Locks the case's row (step 1), then loads it; null when there is no such case. */
export async function lockCase<T extends object>(em: EntityManager, entity: EntityName<T>, caseId: string): Promise<T | null> {
  return (await lockCaseRow(em, caseId)) ? em.findOne(entity, { id: caseId } as FilterQuery<T>) : null;
}

/** Locks a row of a case (step 2) after its case (step 1), then loads it; null when there is no such row. */
export async function lockInCase<T extends object>(em: EntityManager, entity: EntityName<T>, id: string, caseLock: CaseLock = 'update'): Promise<T | null> {
  return (await lockInCaseRow(em, tableOf(em, entity), id, caseLock)) ? em.findOne(entity, { id } as FilterQuery<T>) : null;
}

/**
 * The locks of `lockInCase` without loading anything (a hot path reads what it needs itself): the
 * row's case is read first (a row never changes case), then the case and the row are locked in order.
 */
export async function lockInCaseRow(em: Sql, table: string, id: string, caseLock: CaseLock = 'update'): Promise<boolean> {
  const [row] = await em.execute<{ case_id: string }[]>(`select "case_id" from "${table}" where "id" = ?`, [id]);
  if (!row || !(await lockCaseRow(em, row.case_id, caseLock)) || !(await lock(em, table, id))) return false;
  held.get(em)!.step = 2;
  return true;
}

/** The lock of `lockCase` without loading the case; false when there is no such case. */
export async function lockCaseRow(em: Sql, caseId: string, mode: CaseLock = 'update'): Promise<boolean> {
  const state = held.get(em);
  if (state?.caseId === caseId && (state.mode === 'update' || mode === 'share')) return true;
  if (state?.caseId === caseId) throw new Error(`lock order: the case ${caseId} is locked for update after it was locked for share; lock it for update first`);
  if (state) throw new Error(`lock order: the case ${caseId} is locked after ${state.caseId ? `the case ${state.caseId}` : 'a row outside cases'}; lock the case first`);
  if (!(await lock(em, CASE_TABLE, caseId, MODE_SQL[mode]))) return false;
  held.set(em, { caseId, step: 1, mode });
  return true;
}

/** Locks a row outside cases (step 3): a member, a job. Then loads it. */
export async function lockRow<T extends object>(em: EntityManager, entity: EntityName<T>, id: string): Promise<T | null> {
  if (!(await lock(em, tableOf(em, entity), id))) return null;
  const state = held.get(em);
  if (state) state.step = 3;
  else held.set(em, { caseId: null, step: 3, mode: 'update' });
  return em.findOne(entity, { id } as FilterQuery<T>);
}

const tableOf = <T extends object>(em: EntityManager, entity: EntityName<T>) => em.getMetadata().get(entity).tableName;

/**
 * The lock alone, as its own statement: locking through `findOne` would also lock every row a
 * populated join touches, and a statement that waited for a lock still reads other rows as they
 * were when it began — the next statement reads them fresh.
 */
async function lock(em: Sql, table: string, id: string, mode = MODE_SQL.update): Promise<boolean> {
  const rows = await em.execute(`select 1 from "${table}" where "id" = ? ${mode}`, [id]);
  return rows.length > 0;
}
