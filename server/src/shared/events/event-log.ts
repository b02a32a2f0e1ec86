import type { EntityManager } from '@mikro-orm/postgresql';

export const EVENTS_CHANNEL = 'case_events';

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
  // Appends to one case are serialised until commit, so a case's seq order is its commit order and
  // a reader that has seen seq N can never later find a smaller seq of that case appear.
  const cases = [...new Set(events.map((e) => e.caseId).filter((id): id is string => !!id))].sort();
  for (const id of cases) await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [id]);
  const values = events.map(() => '(?, ?, ?, ?::jsonb)').join(', ');
  const params = events.flatMap((e) => [e.caseId, e.kind, e.actorId, JSON.stringify(e.payload ?? {})]);
  const rows: { seq: string; case_id: string | null }[] = await em.execute(
    `insert into case_event (case_id, kind, actor_id, payload) values ${values} returning seq, case_id`,
    params,
  );
  const last = rows[rows.length - 1];
  await em.execute('select pg_notify(?, ?)', [EVENTS_CHANNEL, `${last.case_id ?? ''}:${last.seq}`]);
  return rows.map((r) => String(r.seq));
}

export const appendEvent = async (em: EntityManager, event: NewEvent): Promise<string> =>
  (await appendEvents(em, [event]))[0];
