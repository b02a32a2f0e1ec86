import { forbidden, msg } from '../../shared/domain-error.js';
import type { Viewer } from '../../shared/viewer.js';
import { CASE_READERS, CASE_STAFF, CHAIRS, EVIDENCE_UPLOADERS, Role } from '../members/role.js';
import { TRANSITIONS, type CaseStatus } from './lifecycle.js';

const has = (roles: readonly Role[], viewer: Viewer) => roles.includes(viewer.role);

/** Facts about the viewer's relation to one case that the rules need (recusal arrives with voting). */
export interface CaseRelation {
  recused: boolean;
}

export const mayReadCase = (viewer: Viewer) => has(CASE_READERS, viewer);

/** The answer to a role that reads no case at all; given before any lookup, so it reveals nothing about an id. */
export const noCaseAccess = () => forbidden(msg('Your role has no access to case files.', 'У вашей роли нет доступа к делам.', 'Сіздің рөліңізде істерге қолжетімділік жоқ.'));

/** Identity of the child and the applicant: panel staff and members who have not recused. */
export const maySeeIdentity = (viewer: Viewer, rel: CaseRelation) =>
  has([Role.CHAIR, Role.DEPUTY_CHAIR, Role.SECRETARY, Role.MEMBER], viewer) && !rel.recused;

export const mayRegister = (viewer: Viewer) => has(CASE_STAFF, viewer);
export const mayExtendDeadline = (viewer: Viewer) => has(CHAIRS, viewer);
export const mayUploadEvidence = (viewer: Viewer, rel: CaseRelation) => has(EVIDENCE_UPLOADERS, viewer) && !rel.recused;

/** Screening works on cases before the vote and moves them to these; later steps belong to voting and decisions. */
const SCREENING_FROM: readonly CaseStatus[] = ['REGISTERED', 'SCREENING', 'RETURNED', 'IN_REVIEW'];
const SCREENING_TARGETS: readonly CaseStatus[] = ['SCREENING', 'IN_REVIEW', 'RETURNED', 'OUT_OF_SCOPE'];

/** The screening moves this viewer may make from `status` (what the case file offers as buttons). */
export function screeningMoves(viewer: Viewer, status: CaseStatus): CaseStatus[] {
  if (!has(CASE_STAFF, viewer) || !SCREENING_FROM.includes(status)) return [];
  return TRANSITIONS[status].filter((to) => SCREENING_TARGETS.includes(to));
}
