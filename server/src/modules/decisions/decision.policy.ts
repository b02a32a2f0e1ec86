import type { Viewer } from '../../shared/viewer.js';
import { CHAIRS, Role } from '../../shared/role.js';
import { mayPreside, type CaseRelation } from '../cases/case.policy.js';

/** In which capacity the viewer's role signs a protocol: the chair (or deputy) as chair, the secretary as secretary; null for others. */
export function signingCapacity(viewer: Pick<Viewer, 'role'>): 'CHAIR' | 'SECRETARY' | null {
  if ((CHAIRS as readonly Role[]).includes(viewer.role)) return 'CHAIR';
  return viewer.role === Role.SECRETARY ? 'SECRETARY' : null;
}

/** Signs the protocol: the secretary, or the chair or deputy presiding over the case (not recused). */
export const maySignDecision = (viewer: Viewer, rel: CaseRelation): boolean => {
  const capacity = signingCapacity(viewer);
  return capacity === 'SECRETARY' || (capacity === 'CHAIR' && mayPreside(viewer, rel));
};

/** Writes the decision's reasoning: the presiding chair or deputy (not recused), or the secretary. */
export const mayWriteReasoning = (viewer: Viewer, rel: CaseRelation): boolean =>
  mayPreside(viewer, rel) || viewer.role === Role.SECRETARY;
