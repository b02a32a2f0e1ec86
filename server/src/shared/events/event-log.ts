import type { EntityManager } from '@mikro-orm/postgresql';

export const EVENTS_CHANNEL = 'case_events';
const EVENT_LOG_LOCK = 7_310_001; // an arbitrary, fixed advisory lock key for the log

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
  await em.execute('select pg_advisory_xact_lock(?)', [EVENT_LOG_LOCK]);
  const values = events.map(() => '(?, ?, ?, ?::jsonb)').join(', ');
  const params = events.flatMap((e) => [e.caseId, e.kind, e.actorId, JSON.stringify(e.payload ?? {})]);
  const rows: { seq: string; case_id: string | null }[] = await em.execute(
    `insert into case_event (case_id, kind, actor_id, payload) values ${values} returning seq, case_id`,
    params,
  );
  for (const topic of new Set(rows.map((r) => r.case_id ?? LOG_TOPIC))) await notifyTopic(em, topic);
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
