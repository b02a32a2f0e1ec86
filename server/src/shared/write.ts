import type { EntityManager } from '@mikro-orm/postgresql';
import type { NewEvent } from './events/event-kinds.js';
import { appendEvents, appendEventsAlone } from './events/event-log.js';
import { poolOf, runOn, type ConnectionPool } from './pool.js';
import type { Sql } from './sql.js';

const outboxes = new WeakMap<EntityManager, NewEvent[]>();

/**
 * The one way a service writes: one transaction in which `work` takes its locks in the order of
 * shared/locks.ts and `emit`s its events; when `work` has returned, the unit of work is flushed and
 * the events are appended — the last thing before the commit, so the log's floor (the one lock a
 * reader of the log waits behind) is held only for the commit itself, and no write ever waits for a
 * row while holding it. Nested inside another transaction (a job's), it is a savepoint with its own
 * events.
 */
export function write<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return em.transactional(async (tx) => {
    const outbox: NewEvent[] = [];
    outboxes.set(tx, outbox);
    try {
      const result = await work(tx);
      await tx.flush();
      await appendEvents(tx, outbox);
      return result;
    } finally {
      outboxes.delete(tx);
    }
  });
}

/** Queues events of the write `tx` belongs to; they are appended, in this order, just before its commit. */
export function emit(tx: EntityManager, ...events: NewEvent[]): void {
  const outbox = outboxes.get(tx);
  if (!outbox) throw new Error('emit() is called with the EntityManager that write() passed to its work');
  outbox.push(...events);
}

/** The transaction of `sqlWrite`: its statements, its events, and the ORM for a branch that needs entities. */
export interface SqlTx extends Sql {
  /** Queues events, appended in this order just before the commit (as `emit`). */
  emit(...events: NewEvent[]): void;
  /**
   * The transaction's EntityManager, for the rare branch that needs entities (a vote that closes its
   * round). In a lean transaction this rolls it back and runs `work` again inside `write`, where it
   * returns the EntityManager: ask before writing anything.
   */
  orm(): EntityManager;
}

/** Thrown by a lean transaction's `orm()`: caught by `sqlWrite`, which runs the work again in `write`. */
const NEEDS_ORM = Symbol('the write needs the ORM');

/**
 * `write` without the ORM, for the writes members make many times a minute (a comment, a vote): the
 * same transaction — locks in the order of shared/locks.ts, events appended last, then the commit —
 * on a connection of the ORM's own pool, each statement sent once with its parameters apart. No unit
 * of work, query builder or entity: `work` writes rows and returns what the GraphQL type resolves
 * (a row with relations by id). Inside another transaction (a job's, the demo seed's), or when `work`
 * asks for the ORM, it runs in `write`'s transaction instead, with the same statements.
 */
export async function sqlWrite<T>(em: EntityManager, work: (tx: SqlTx) => Promise<T>): Promise<T> {
  if (!em.isInTransaction()) {
    try {
      return await leanTransaction(poolOf(em), work);
    } catch (e) {
      if (e !== NEEDS_ORM) throw e;
    }
  }
  return write(em, (tx) => work({
    execute: (sql, params) => tx.execute(sql, params),
    isInTransaction: () => true,
    emit: (...events) => emit(tx, ...events),
    orm: () => tx,
  }));
}

async function leanTransaction<T>(pool: ConnectionPool, work: (tx: SqlTx) => Promise<T>): Promise<T> {
  const connection = await pool.acquireConnection();
  const outbox: NewEvent[] = [];
  const tx: SqlTx = {
    execute: (sql, params) => runOn(connection, sql, params),
    isInTransaction: () => true,
    emit: (...events) => outbox.push(...events),
    orm: () => { throw NEEDS_ORM; },
  };
  try {
    await connection.query('begin');
    const result = await work(tx);
    await appendEvents(tx, outbox);
    await connection.query('commit');
    return result;
  } catch (e) {
    // A connection that cannot even roll back is not lent again.
    await connection.query('rollback').catch((broken: unknown) => { connection.__knex__disposed = broken; });
    throw e;
  } finally {
    await pool.releaseConnection(connection);
  }
}

/**
 * Appends events apart from any write, committed when this resolves (records of reads: pii.viewed,
 * audit.viewed): on the instance's read connections (`deps.reads`) or a request's EntityManager,
 * never inside a transaction, whose rollback would take the record with it. They change no row, so
 * they need no transaction of their own: one statement appends them all, or none.
 */
export function record(on: Sql, ...events: NewEvent[]): Promise<void> {
  if (on.isInTransaction()) throw new Error('record() appends apart from any transaction: pass deps.reads or the request\'s EntityManager');
  return appendEventsAlone(on, events);
}
