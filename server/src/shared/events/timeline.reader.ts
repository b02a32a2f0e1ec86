import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, timestamp } from '../rows.js';
import type { CaseEvent } from './case-event.entity.js';
import { readWatermark } from './event-log.js';
import type { EventKind } from './event-kinds.js';

/**
 * The timelines of cases as plain rows, oldest first, without the kinds in `exceptKinds` (filtered
 * in SQL: a timeline read by many grows with every logged read of it). Only up to the log's
 * watermark: a reader that goes on live from a timeline's last seq must not have been shown a row
 * that stands above one still in flight.
 */
export async function readTimelines(em: EntityManager, caseIds: readonly string[], exceptKinds: readonly string[] = []): Promise<Map<string, CaseEvent[]>> {
  const { upTo } = await readWatermark(em);
  const rows: { seq: string; case_id: string; kind: EventKind; actor_id: string | null; payload: Record<string, unknown>; at: string }[] = await em.execute(
    `select seq, case_id, kind, actor_id, payload, at from case_event
      where case_id in (?) and seq <= ?${exceptKinds.length ? ' and kind not in (?)' : ''} order by seq`,
    exceptKinds.length ? [[...caseIds], String(upTo), [...exceptKinds]] : [[...caseIds], String(upTo)],
  );
  return groupBy(caseIds, rows, (r) => r.case_id, (r) => ({ seq: String(r.seq), caseId: r.case_id, kind: r.kind, actorId: r.actor_id, payload: r.payload, at: timestamp(r.at) }));
}
