import type { EntityManager } from '@mikro-orm/postgresql';
import { mapLoader } from '../../shared/loaders.js';
import type { MemberDirectory } from '../members/member-directory.js';
import { readEvidence } from './evidence.reader.js';

/** The evidence files of episodes, one query per page of episodes. */
export const evidenceLoaders = (em: EntityManager, members: MemberDirectory) => ({
  evidenceByEpisode: mapLoader((ids) => readEvidence(em, members, ids)),
});

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof evidenceLoaders> {}
}
