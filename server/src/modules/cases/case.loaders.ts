import type { Sql } from '../../shared/sql.js';
import DataLoader from 'dataloader';
import { AUDIT_ONLY_KINDS } from '../../shared/events/event-kinds.js';
import { readTimelines } from '../../shared/events/timeline.reader.js';
import { mapLoader } from '../../shared/loaders.js';
import type { CaseRow } from './case.entity.js';
import { readCases, type CaseRead } from './case.reader.js';
import { readEpisodes, readResources } from './case-file.reader.js';

/**
 * A case file's rows and history, read as plain rows in one query per kind whatever the page's size.
 * `read` takes what comes with each case row (its recusals, its rapporteur).
 */
export function caseLoaders(db: Sql, read: (caseId: string, c: CaseRead) => void) {
  /** The case rows the request reads (the room's queries, the timeline's payloads): one read, shared. */
  const caseRow = new DataLoader<string, CaseRow | null>(async (ids) => {
    const found = await readCases(db, ids);
    for (const [id, c] of found) read(id, c);
    return ids.map((id) => found.get(id)?.row ?? null);
  });
  return {
    caseRow,
    episodesByCase: mapLoader((ids) => readEpisodes(db, ids)),
    resourcesByCase: mapLoader((ids) => readResources(db, ids)),
    /** Every event of each case, the audit-only kinds included. */
    eventsByCase: mapLoader((ids) => readTimelines(db, ids)),
    /** Each case's events without the audit-only kinds (who read personal data or the audit). */
    changesByCase: mapLoader((ids) => readTimelines(db, ids, AUDIT_ONLY_KINDS)),
    /** Whether each case's identity was erased under the retention rule (keyed by case id), from the shared case rows. */
    identityErased: new DataLoader<string, boolean>(async (caseIds) =>
      (await caseRow.loadMany(caseIds)).map((row) => {
        if (row instanceof Error) throw row;
        return row?.identityErasedAt != null;
      })),
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof caseLoaders> {}
}
