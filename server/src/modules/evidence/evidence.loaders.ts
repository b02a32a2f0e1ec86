import type { Sql } from '../../shared/sql.js';
import { mapLoader } from '../../shared/loaders.js';
import { readEvidence } from './evidence.reader.js';

/** The evidence files of episodes, one query per page of episodes. */
export const evidenceLoaders = (db: Sql) => ({
  evidenceByEpisode: mapLoader((ids) => readEvidence(db, ids)),
});

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof evidenceLoaders> {}
}
