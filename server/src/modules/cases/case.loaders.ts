import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AUDIT_ONLY_KINDS } from '../../shared/events/event-kinds.js';
import { readTimelines } from '../../shared/events/timeline.reader.js';
import { byIdLoader, mapLoader } from '../../shared/loaders.js';
import { Case } from './case.entity.js';
import { readEpisodes, readResources } from './case-file.reader.js';

/** A case file's rows and history, read as plain rows in one query per kind whatever the page's size. */
export const caseLoaders = (em: EntityManager) => ({
  caseById: byIdLoader(em, Case),
  episodesByCase: mapLoader((ids) => readEpisodes(em, ids)),
  resourcesByCase: mapLoader((ids) => readResources(em, ids)),
  /** Every event of each case, the audit-only kinds included. */
  eventsByCase: mapLoader((ids) => readTimelines(em, ids)),
  /** Each case's events without the audit-only kinds (who read personal data or the audit). */
  changesByCase: mapLoader((ids) => readTimelines(em, ids, AUDIT_ONLY_KINDS)),
  /** Whether each case's identity was erased under the retention rule (keyed by case id). */
  identityErased: new DataLoader<string, boolean>(async (caseIds) => {
    const rows = await em.execute<{ id: string }[]>('select "id" from "case" where "id" in (?) and "identity_erased_at" is not null', [[...caseIds]]);
    const erased = new Set(rows.map((r) => r.id));
    return caseIds.map((id) => erased.has(id));
  }),
});

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof caseLoaders> {}
}
