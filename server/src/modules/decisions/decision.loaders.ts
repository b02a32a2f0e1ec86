import type { Sql } from '../../shared/sql.js';
import { mapLoader } from '../../shared/loaders.js';
import { readDecisions, readDissents } from './decision.reader.js';

/** The decisions of cases and their dissents, one query per kind for a page of cases. */
export const decisionLoaders = (db: Sql) => ({
  decisionByCase: mapLoader((ids) => readDecisions(db, ids)),
  dissentsByDecision: mapLoader((ids) => readDissents(db, ids)),
});

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof decisionLoaders> {}
}
