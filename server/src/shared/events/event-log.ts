import type { Sql } from '../sql.js';
import type { NewEvent } from './event-kinds.js';

export const EVENTS_CHANNEL = 'case_events';

/** The topic of events that belong to no case (accounts, calendar). */
export const LOG_TOPIC = 'log';

/**
 * Appends events inside the caller's transaction and wakes their topics (a case's id, or LOG_TOPIC)
 * at commit: nothing is announced that was not committed. Services do not call this: `write` does,
 * at the end of their transaction (shared/write.ts). No lock is shared with other cases' writes: the
 * append registers a floor below its numbers, and readers stop at the watermark (`readWatermark`)
 * until it commits (migration event_watermark). Returns the seqs, in the order given.
 */
export async function appendEvents(tx: Sql, events: readonly NewEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  if (!tx.isInTransaction()) throw new Error('events are appended inside a transaction: use write()');
  const rows = await tx.execute<{ seq: string }[]>(APPEND_SQL, [JSON.stringify(events)]);
  return rows.map((r) => String(r.seq));
}

const APPEND_SQL = 'select case_event_append(?::jsonb) as seq';

/**
 * Appends events in one statement of their own, on a connection outside any transaction of the
 * caller: a statement is its own transaction, so when this resolves they are all committed (or none
 * is) and their topics woken. For events that record a read and change nothing else (`record`).
 */
export async function appendEventsAlone(reads: Sql, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await reads.execute(APPEND_SQL, [JSON.stringify(events)]);
}

/**
 * How far the log can be read: `upTo`, below which every row is committed or will never exist, and
 * `last`, the last number handed out. `upTo < last` while some append is still in flight. Read it in
 * a statement of its own, before the rows: the rows' snapshot must be taken after it.
 */
export async function readWatermark(reads: Sql): Promise<{ upTo: bigint; last: bigint }> {
  return watermarkOf(await reads.execute<WatermarkRow[]>(WATERMARK_SQL));
}

/** The statement of `readWatermark`, for a reader with a connection of its own (the log tails). */
export const WATERMARK_SQL = 'select upto, last from case_event_watermark()';
export type WatermarkRow = { upto: string; last: string };
export const watermarkOf = ([row]: WatermarkRow[]): { upTo: bigint; last: bigint } => ({ upTo: BigInt(row.upto), last: BigInt(row.last) });

/** Wakes the listeners of a topic (a case id, `log`, `inbox:<member id>`) when the transaction commits. */
export async function notifyTopic(em: Sql, topic: string): Promise<void> {
  await em.execute('select pg_notify(?, ?)', [EVENTS_CHANNEL, topic]);
}
