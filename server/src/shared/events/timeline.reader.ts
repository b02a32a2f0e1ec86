import type { Sql } from '../sql.js';
import { groupBy, timestamp } from '../rows.js';
import type { CaseEvent } from './case-event.entity.js';
import { readWatermark } from './event-log.js';
import type { EventKind } from './event-kinds.js';

/** A row of case_event as the driver returns it. */
export interface EventRow { seq: string; case_id: string | null; kind: EventKind; actor_id: string | null; payload: Record<string, unknown>; at: string | Date }

/** The plain object the API resolves a CaseEvent from (no entity, no identity map). */
export const eventOf = (r: EventRow): CaseEvent => ({ seq: String(r.seq), caseId: r.case_id, kind: r.kind, actorId: r.actor_id, payload: r.payload, at: timestamp(r.at) });

/** Which rows of the log a stream reads: those of some cases (all when absent), of some kinds or all but some. */
export interface EventFilter {
  caseIds?: readonly string[];
  kinds?: readonly string[];
  exceptKinds?: readonly string[];
}

/** A prepared read of the log for one filter: its name and text fixed, its values per read. */
export interface EventsQuery {
  name: string;
  text: string;
  values: (after: bigint, upTo: bigint) => unknown[];
}

/**
 * The statement reading the events matching `filter` with `after < seq <= upTo` in seq order, at
 * most `limit`, named by the filter's shape (one prepared statement per shape, each planned for its
 * own index). Made once per stream; values: after, upTo, then the filter's lists.
 */
export function eventsQuery(filter: EventFilter, limit: number): EventsQuery {
  const lists: string[][] = [];
  const where = ['seq > $1', 'seq <= $2'];
  const shape: string[] = [];
  const add = (part: string, clause: (n: number) => string, list: readonly string[]) => {
    lists.push([...list]);
    where.push(clause(lists.length + 2));
    shape.push(part);
  };
  if (filter.caseIds) add('cases', (n) => `case_id = any($${n}::uuid[])`, filter.caseIds);
  if (filter.kinds) add('kinds', (n) => `kind = any($${n}::text[])`, filter.kinds);
  if (filter.exceptKinds?.length) add('except', (n) => `kind <> all($${n}::text[])`, filter.exceptKinds);
  return {
    name: `events-after:${shape.join('+')}:${Number(limit)}`,
    text: `select seq, case_id, kind, actor_id, payload, at from case_event where ${where.join(' and ')} order by seq limit ${Number(limit)}`,
    values: (after, upTo) => [String(after), String(upTo), ...lists],
  };
}

/**
 * The timelines of cases as plain rows, oldest first, without the kinds in `exceptKinds` (filtered
 * in SQL: a timeline read by many grows with every logged read of it). Only up to the log's
 * watermark: a reader that goes on live from a timeline's last seq must not have been shown a row
 * that stands above one still in flight.
 */
export async function readTimelines(db: Sql, caseIds: readonly string[], exceptKinds: readonly string[] = []): Promise<Map<string, CaseEvent[]>> {
  const { upTo } = await readWatermark(db);
  const rows: (EventRow & { case_id: string })[] = await db.execute(
    `select seq, case_id, kind, actor_id, payload, at from case_event
      where case_id in (?) and seq <= ?${exceptKinds.length ? ' and kind not in (?)' : ''} order by seq`,
    exceptKinds.length ? [[...caseIds], String(upTo), [...exceptKinds]] : [[...caseIds], String(upTo)],
  );
  return groupBy(caseIds, rows, (r) => r.case_id, eventOf);
}
