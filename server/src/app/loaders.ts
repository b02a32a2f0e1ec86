import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../shared/context.js';
import type { Sql } from '../shared/sql.js';
import { caseLoaders } from '../modules/cases/case.loaders.js';
import { evidenceLoaders } from '../modules/evidence/evidence.loaders.js';
import { threadLoaders } from '../modules/deliberation/thread.loaders.js';
import { memberLoaders, type MemberDirectory } from '../modules/members/member-directory.js';
import { platformLoaders, type PlatformRegistry } from '../modules/platforms/platform-registry.js';
import { rapporteurLoaders } from '../modules/cases/rapporteur.loaders.js';
import { votingLoaders } from '../modules/voting/voting.loaders.js';
import { decisionLoaders } from '../modules/decisions/decision.loaders.js';
import { prescriptionLoaders } from '../modules/prescriptions/prescription.loaders.js';
import { recusalsOfColumns } from '../modules/voting/voting.reader.js';

/**
 * A request's batch loaders, composed from the modules that own them: one query per kind of row,
 * whatever the size of the page, on the instance's read connections (`reads`, without the ORM);
 * members and platforms come from the instance's copies; the few loaders that read through the ORM
 * fork the request's EntityManager (`em`) only when they run. Relations of a
 * type's rows (a vote's member, an episode's platform) are resolved by the type's field resolvers
 * through these loaders, never loaded eagerly with the row.
 */
export function createLoaders(em: () => EntityManager, reads: Sql, viewerId: string | null, members: MemberDirectory, platforms: PlatformRegistry): Loaders {
  const voting = votingLoaders(reads, viewerId);
  const rapporteurs = rapporteurLoaders(reads);
  return {
    ...memberLoaders(em, members),
    ...platformLoaders(platforms),
    // A case row is read with its recusals and its rapporteur: they fill voting's loader and the rapporteur's.
    ...caseLoaders(reads, (caseId, { recusals, rapporteurId }) => {
      voting.recusalsByCase.prime(caseId, recusalsOfColumns(recusals));
      rapporteurs.rapporteurByCase.prime(caseId, rapporteurId);
    }),
    ...rapporteurs,
    ...evidenceLoaders(reads),
    ...threadLoaders(em, reads, members),
    ...voting,
    ...decisionLoaders(reads),
    ...prescriptionLoaders(reads),
  };
}
