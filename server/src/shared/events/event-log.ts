import type { EntityManager } from '@mikro-orm/postgresql';

export const EVENTS_CHANNEL = 'case_events';
/** The advisory lock that serialises appends to the log (an arbitrary, fixed key). */
export const EVENT_LOG_LOCK = 7_310_001;

export interface NewEvent {
  caseId: string | null;
  kind: string;
  actorId: string | null;
  payload?: Record<string, unknown>;
}

/**
 * Appends events and wakes listeners inside the caller's transaction: nothing is announced that was
 * not committed (PostgreSQL delivers NOTIFY at commit). The notification carries ids only.
 */
export async function appendEvents(em: EntityManager, events: readonly NewEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  if (!em.isInTransaction()) return em.transactional((tx) => appendEvents(tx, events));
  // Appends are serialised until commit, so seq order is commit order: a reader that has seen seq N
  // can never later find a smaller seq appear. Services append last, just before they commit.
  // One statement: the lock is taken before any row is numbered (the rows are produced by joining
  // with it), and each row wakes its topic (its case, or LOG_TOPIC); PostgreSQL delivers identical
  // notifications of one transaction once, so a topic gets one wake-up per commit.
  const values = events.map(() => '(?::uuid, ?, ?::uuid, ?::jsonb)').join(', ');
  const params = events.flatMap((e) => [e.caseId, e.kind, e.actorId, JSON.stringify(e.payload ?? {})]);
  const rows: { seq: string }[] = await em.execute(
    `insert into case_event (case_id, kind, actor_id, payload)
     select e.case_id, e.kind, e.actor_id, e.payload
       from (select pg_advisory_xact_lock(?)) as log_lock, (values ${values}) as e (case_id, kind, actor_id, payload)
     returning seq, pg_notify(?, coalesce(case_id::text, ?))`,
    [EVENT_LOG_LOCK, ...params, EVENTS_CHANNEL, LOG_TOPIC],
  );
  return rows.map((r) => String(r.seq));
}

/** The topic of events that belong to no case (accounts, calendar). */
export const LOG_TOPIC = 'log';

/** Wakes the listeners of a topic (a case id, `log`, `inbox:<member id>`) when the transaction commits. */
export async function notifyTopic(em: EntityManager, topic: string): Promise<void> {
  await em.execute('select pg_notify(?, ?)', [EVENTS_CHANNEL, topic]);
}

export const appendEvent = async (em: EntityManager, event: NewEvent): Promise<string> =>
  (await appendEvents(em, [event]))[0];
