import { forbidden, msg } from '../../shared/domain-error.js';
import type { Viewer } from '../../shared/viewer.js';
import { CASE_READERS, CASE_STAFF, CHAIRS, EVIDENCE_UPLOADERS, Role } from '../../shared/role.js';
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

/**
 * Recusal takes a member out of the case (DESIGN.md §5): of a case they recused from they see only
 * these fields — what the queue needs to list it (its number, status and clock). Every other field
 * of Case is withheld from them (app/recusal-guard.ts applies this to the whole type). `viewerCan` stays:
 * its booleans are computed with their recusal, so it tells them only what recusal leaves them.
 */
export const RECUSED_CASE_FIELDS: ReadonlySet<string> = new Set(['id', 'number', 'status', 'receivedAt', 'dueAt', 'overdue', 'viewerRecused', 'viewerCan']);
/** Of an event of such a case (the panel's live queue), what happened and when; not its payload, actor or comment. */
export const RECUSED_EVENT_FIELDS: ReadonlySet<string> = new Set(['seq', 'kind', 'at', 'caseId']);

/** Presiding over a case (running its vote, signing, extending): the chair or deputy who has not recused. */
export const mayPreside = (viewer: Viewer, rel: CaseRelation) => has(CHAIRS, viewer) && !rel.recused;

export const mayRegister = (viewer: Viewer) => has(CASE_STAFF, viewer);
export const mayExtendDeadline = (viewer: Viewer, rel: CaseRelation) => mayPreside(viewer, rel);
/** Name the rapporteur of a case: the chair, the deputy or the secretary, not recused from it. */
export const mayNameRapporteur = (viewer: Viewer, rel: CaseRelation) => has(CASE_STAFF, viewer) && !rel.recused;
/** Recording that the applicant was told of an extension: the secretary answers the applicant, or the chair or deputy. */
export const mayRecordExtensionNotice = (viewer: Viewer, rel: CaseRelation) => has(CASE_STAFF, viewer) && !rel.recused;
/** Recording that the answer to the applicant was sent: the secretary answers the applicant, or the chair or deputy. */
export const mayRecordAnswerSent = (viewer: Viewer, rel: CaseRelation) => has(CASE_STAFF, viewer) && !rel.recused;
/** Choosing which URLs go into the prescription: the chair, the deputy or the secretary, not recused (issue 16). */
export const mayChoosePrescriptionUrls = (viewer: Viewer, rel: CaseRelation) => has(CASE_STAFF, viewer) && !rel.recused;
/** The case's URLs may change for the prescription until the decision drafts it. */
export const prescriptionUrlsOpen = (status: CaseStatus) => (['REGISTERED', 'SCREENING', 'RETURNED', 'IN_REVIEW', 'VOTING'] as readonly CaseStatus[]).includes(status);
export const mayUploadEvidence = (viewer: Viewer, rel: CaseRelation) => has(EVIDENCE_UPLOADERS, viewer) && !rel.recused;

/** Screening works on cases before the vote and moves them to these; later steps belong to voting and decisions. */
const SCREENING_FROM: readonly CaseStatus[] = ['REGISTERED', 'SCREENING', 'RETURNED', 'IN_REVIEW'];
const SCREENING_TARGETS: readonly CaseStatus[] = ['SCREENING', 'IN_REVIEW', 'RETURNED', 'OUT_OF_SCOPE'];

/** The screening moves this viewer may make from `status` (what the case file offers as buttons). */
export function screeningMoves(viewer: Viewer, status: CaseStatus): CaseStatus[] {
  if (!has(CASE_STAFF, viewer) || !SCREENING_FROM.includes(status)) return [];
  return TRANSITIONS[status].filter((to) => SCREENING_TARGETS.includes(to));
}
