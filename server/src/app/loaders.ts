import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../shared/context.js';
import { caseLoaders } from '../modules/cases/case.loaders.js';
import { evidenceLoaders } from '../modules/evidence/evidence.loaders.js';
import { threadLoaders } from '../modules/deliberation/thread.loaders.js';
import { memberLoaders, type MemberDirectory } from '../modules/members/member-directory.js';
import { votingLoaders } from '../modules/voting/voting.loaders.js';

/**
 * A request's batch loaders, composed from the modules that own them: one query per kind of row,
 * whatever the size of the page; members come from the instance's directory.
 */
export const createLoaders = (em: EntityManager, viewerId: string | null, members: MemberDirectory): Loaders => ({
  ...memberLoaders(members),
  ...caseLoaders(em),
  ...evidenceLoaders(em, members),
  ...threadLoaders(em, members),
  ...votingLoaders(em, members, viewerId),
});
