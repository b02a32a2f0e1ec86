import { now } from '../lib/clock.js';
import { connectPg } from '../lib/pg.js';
import { TICK_COMMENT_ID, TICK_KIND } from './frame.js';

/** The advisory lock and channel of server/src/shared/events/event-log.ts: writes here must look like the server's. */
const EVENT_LOG_LOCK = 7_310_001;
const EVENTS_CHANNEL = 'case_events';

export interface EventWriter {
  /** Appends tick `i` to the case's log and wakes the listeners, in one transaction, as a service would. */
  write: (i: number) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * Writes events straight into PostgreSQL, the way the server's one write path does (lock, insert,
 * NOTIFY, commit), so the benchmark measures delivery and not the server's mutation handling.
 */
export async function openEventWriter(url: string, caseId: string): Promise<EventWriter> {
  const client = await connectPg(url);
  let closed: Promise<void> | null = null;
  return {
    write: async (i) => {
      await client.query('begin');
      try {
        await client.query('select pg_advisory_xact_lock($1)', [EVENT_LOG_LOCK]);
        // Stamped as late as possible: the latency measured starts with the insert, not with waiting for the lock.
        await client.query(
          `insert into case_event (case_id, kind, actor_id, payload) values ($1, $3, null, $2::jsonb)`,
          [caseId, JSON.stringify({ sentAt: now(), i, commentId: TICK_COMMENT_ID }), TICK_KIND],
        );
        await client.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, caseId]);
        await client.query('commit');
      } catch (e) {
        await client.query('rollback').catch(() => undefined);
        throw e;
      }
    },
    close: () => (closed ??= client.end()),
  };
}
