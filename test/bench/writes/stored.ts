import type { PgClient } from '../lib/pg.js';

/** What the database holds of one side's acknowledged writes, counted after its run. */
export interface StoredCheck {
  acknowledged: number;
  /** Acknowledged writes whose row is stored (found by id). */
  rows: number;
  /** Acknowledged writes whose event is stored. */
  events: number;
  /** Acknowledged − stored: writes confirmed to the client that miss their row or their event. */
  lost: number;
  /** Rows or events stored beyond the acknowledged ones: writes that committed although the client saw an error. */
  unacknowledged: number;
}

const count = async (db: PgClient, sql: string, params: unknown[]) => Number((await db.query<{ n: string }>(sql, params)).rows[0].n);

function stored(ids: string[], rows: number, events: number, rowsTotal: number, eventsTotal: number): StoredCheck {
  return { acknowledged: ids.length, rows, events, lost: ids.length - Math.min(rows, events), unacknowledged: Math.max(rowsTotal - rows, eventsTotal - events, 0) };
}

/**
 * Comments: each acknowledged id has its `comment` row and its `comment.added` event (matched by
 * the payload's commentId). The cases are this side's alone: anything else stored there was not acknowledged.
 */
export async function checkComments(db: PgClient, cases: readonly string[], ids: string[]): Promise<StoredCheck> {
  const rows = await count(db, 'select count(*) as n from comment where id = any($1::uuid[])', [ids]);
  const events = await count(db, `select count(*) as n from case_event where case_id = any($1::uuid[]) and kind = 'comment.added' and payload->>'commentId' = any($2::text[])`, [cases, ids]);
  const rowsTotal = await count(db, 'select count(*) as n from comment where case_id = any($1::uuid[])', [cases]);
  const eventsTotal = await count(db, `select count(*) as n from case_event where case_id = any($1::uuid[]) and kind = 'comment.added'`, [cases]);
  return stored(ids, rows, events, rowsTotal, eventsTotal);
}

/**
 * Votes: each acknowledged id has its `vote` row (current or superseded). The `vote.cast` event
 * names the round, not the vote, so events are counted per round (this side's own), less those of
 * votes stored without acknowledgement.
 */
export async function checkVotes(db: PgClient, roundId: string, ids: string[]): Promise<StoredCheck> {
  const rows = await count(db, 'select count(*) as n from vote where id = any($1::uuid[])', [ids]);
  const rowsTotal = await count(db, 'select count(*) as n from vote where round_id = $1', [roundId]);
  const eventsTotal = await count(db, `select count(*) as n from case_event where kind = 'vote.cast' and payload->>'roundId' = $1`, [roundId]);
  const events = Math.max(0, Math.min(ids.length, eventsTotal - (rowsTotal - rows)));
  return stored(ids, rows, events, rowsTotal, eventsTotal);
}
