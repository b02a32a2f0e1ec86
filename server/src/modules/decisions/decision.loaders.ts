import type { EntityManager } from '@mikro-orm/postgresql';
import { mapLoader } from '../../shared/loaders.js';
import { readDecisions, readDissents } from './decision.reader.js';

/** The decisions of cases and their dissents, one query per kind for a page of cases. */
export const decisionLoaders = (em: EntityManager) => ({
  decisionByCase: mapLoader((ids) => readDecisions(em, ids)),
  dissentsByDecision: mapLoader((ids) => readDissents(em, ids)),
});

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof decisionLoaders> {}
}
