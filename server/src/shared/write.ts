import type { EntityManager } from '@mikro-orm/postgresql';
import type { NewEvent } from './events/event-kinds.js';
import { appendEvents, appendEventsAlone } from './events/event-log.js';

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

/**
 * Appends events apart from the caller's write, committed when this resolves (records of reads:
 * pii.viewed, audit.viewed). They change no row, so they need no transaction of their own: one
 * statement appends them all, or none.
 */
export function record(em: EntityManager, ...events: NewEvent[]): Promise<void> {
  return appendEventsAlone(em, events);
}
