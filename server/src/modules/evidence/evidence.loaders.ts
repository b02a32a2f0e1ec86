import type { EntityManager } from '@mikro-orm/postgresql';
import { mapLoader } from '../../shared/loaders.js';
import { readEvidence } from './evidence.reader.js';

/** The evidence files of episodes, one query per page of episodes. */
export const evidenceLoaders = (em: EntityManager) => ({
  evidenceByEpisode: mapLoader((ids) => readEvidence(em, ids)),
});

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof evidenceLoaders> {}
}
