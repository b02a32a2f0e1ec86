import type { EntityManager } from '@mikro-orm/postgresql';
import type { Sql } from '../sql.js';
import { DomainError, msg } from '../domain-error.js';
import { checkedKey, KEY_TTL_HOURS, requestHash } from './request-key.js';

export type IdempotentOperation =
  | 'registerApplication'
  | 'addComment'
  | 'castVote'
  | 'deliverPrescription'
  | 'recordCompliance'
  | 'escalatePrescription';

export interface OnceRequest<T, D extends Sql = EntityManager> {
  operation: IdempotentOperation;
  /** The client's key; without one the work simply runs. */
  key: string | null | undefined;
  /** The input that identifies the request (without the key); compared by hash on a retry. */
  request: unknown;
  /** Loads the first request's result by its id, for a retry. */
  reread: (db: D, id: string) => Promise<T | null>;
  /** The platform's time (shared/clock.ts): the key's age is counted on it; the database's now() without one. */
  now?: Date;
}

const M = {
  reused: msg(
    'This request key was already used for a different request. Reload the page and send it again.',
    'Этот ключ запроса уже использован для другого запроса. Обновите страницу и отправьте заново.',
    'Бұл сұрау кілті басқа сұрауға қолданылған. Бетті жаңартып, қайта жіберіңіз.',
  ),
};

/**
 * Runs `work` once per (member, key), inside the caller's transaction: the key is claimed first
 * (an insert on the primary key), the work runs, and the key records the result's id before the
 * commit. A retry finds the key and returns the first result re-read by id: no second row, event or
 * NOTIFY. A duplicate sent at the same instant waits on the uncommitted key until the first commits
 * (then it is a retry) or rolls back (then it does the work). Keys older than KEY_TTL_HOURS are
 * taken over as new.
 */
export async function once<T extends { id: string }, D extends Sql = EntityManager>(em: D, memberId: string, req: OnceRequest<T, D>, work: () => Promise<T>): Promise<T> {
  if (req.key === null || req.key === undefined) return work();
  const key = checkedKey(req.key);
  if (!em.isInTransaction()) throw new Error('once() must run inside the service transaction');
  const hash = requestHash(req.request);
  const claimed = await em.execute(
    `insert into idempotency_key (member_id, "key", operation, request_hash, created_at) values (?, ?, ?, ?, coalesce(?::timestamptz, now()))
     on conflict (member_id, "key") do update
       set operation = excluded.operation, request_hash = excluded.request_hash, result_id = null, created_at = excluded.created_at
       where idempotency_key.created_at < excluded.created_at - make_interval(hours => ?)
     returning 1 as claimed`,
    [memberId, key, req.operation, hash, req.now ?? null, KEY_TTL_HOURS],
  );
  if (claimed.length > 0) {
    const result = await work();
    await em.execute(`update idempotency_key set result_id = ? where member_id = ? and "key" = ?`, [result.id, memberId, key]);
    return result;
  }
  const [first] = await em.execute<{ operation: string; request_hash: string; result_id: string | null }[]>(
    `select operation, request_hash, result_id from idempotency_key where member_id = ? and "key" = ?`,
    [memberId, key],
  );
  if (!first?.result_id || first.operation !== req.operation || first.request_hash !== hash) throw new DomainError('CONFLICT', M.reused);
  const result = await req.reread(em, first.result_id);
  if (!result) throw new DomainError('CONFLICT', M.reused);
  return result;
}

/** Forgets keys past their lifetime at `now` (the database's time without one; they are also taken over on reuse); returns how many went. */
export async function purgeExpiredKeys(em: EntityManager, now?: Date): Promise<number> {
  const rows = await em.execute(`delete from idempotency_key where created_at < coalesce(?::timestamptz, now()) - make_interval(hours => ?) returning 1`, [now ?? null, KEY_TTL_HOURS]);
  return rows.length;
}
