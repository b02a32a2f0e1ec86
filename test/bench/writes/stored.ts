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

/** How many rows and events a side's cases (or round) hold: counted before its run, so that only its own are compared. */
export interface Totals {
  rows: number;
  events: number;
}

/** A side's store: its totals, and the check of its acknowledged writes against what was added since `before`. */
export interface StoredCounter {
  totals: () => Promise<Totals>;
  check: (ids: string[], before: Totals) => Promise<StoredCheck>;
}

const count = async (db: PgClient, sql: string, params: unknown[]) => Number((await db.query<{ n: string }>(sql, params)).rows[0].n);

function stored(ids: string[], rows: number, events: number, added: Totals): StoredCheck {
  return { acknowledged: ids.length, rows, events, lost: ids.length - Math.min(rows, events), unacknowledged: Math.max(added.rows - rows, added.events - events, 0) };
}

const since = (now: Totals, before: Totals): Totals => ({ rows: now.rows - before.rows, events: now.events - before.events });

/**
 * Comments: each acknowledged id has its `comment` row and its `comment.added` event (matched by
 * the payload's commentId). The cases are this side's alone: anything else added there during its
 * run was not acknowledged (the comments of earlier pairs were there before it).
 */
export function commentsIn(db: PgClient, cases: readonly string[]): StoredCounter {
  return {
    totals: async () => ({
      rows: await count(db, 'select count(*) as n from comment where case_id = any($1::uuid[])', [cases]),
      events: await count(db, `select count(*) as n from case_event where case_id = any($1::uuid[]) and kind = 'comment.added'`, [cases]),
    }),
    async check(ids, before) {
      const rows = await count(db, 'select count(*) as n from comment where id = any($1::uuid[])', [ids]);
      const events = await count(db, `select count(*) as n from case_event where case_id = any($1::uuid[]) and kind = 'comment.added' and payload->>'commentId' = any($2::text[])`, [cases, ids]);
      return stored(ids, rows, events, since(await this.totals(), before));
    },
  };
}

/**
 * Votes: each acknowledged id has its `vote` row (current or superseded). The `vote.cast` event
 * names the round, not the vote, so the events added during the run are counted per round (this
 * side's own), less those of votes stored without acknowledgement.
 */
export function votesIn(db: PgClient, roundId: string): StoredCounter {
  return {
    totals: async () => ({
      rows: await count(db, 'select count(*) as n from vote where round_id = $1', [roundId]),
      events: await count(db, `select count(*) as n from case_event where kind = 'vote.cast' and payload->>'roundId' = $1`, [roundId]),
    }),
    async check(ids, before) {
      const rows = await count(db, 'select count(*) as n from vote where id = any($1::uuid[])', [ids]);
      const added = since(await this.totals(), before);
      const events = Math.max(0, Math.min(ids.length, added.events - (added.rows - rows)));
      return stored(ids, rows, events, added);
    },
  };
}
