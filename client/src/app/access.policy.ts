// What the interface offers to each role (DESIGN.md §2). The server decides for real;
// these only keep buttons away from people who would be refused.
import type { CaseStatus, Role } from '../shared/api/enums';

const CASE_READERS: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER', 'ADVISOR'];
const REGISTRARS: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY'];
const UPLOADERS: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER'];
// The chair and deputy: deadline extensions and moderation of the room.
const CHAIRS: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR'];
// The 3-working-day clock runs until the decision.
const OPEN_STATUSES: readonly CaseStatus[] = ['REGISTERED', 'SCREENING', 'IN_REVIEW', 'VOTING'];

// The child's and the applicant's identity, and the documents that name them (not advisors).
const IDENTITY_READERS: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER'];

export function maySeeIdentity(role: Role): boolean {
  return IDENTITY_READERS.includes(role);
}

export function maySeeCases(role: Role): boolean {
  return CASE_READERS.includes(role);
}

export function mayRegisterApplications(role: Role): boolean {
  return REGISTRARS.includes(role);
}

export function mayUploadEvidence(role: Role): boolean {
  return UPLOADERS.includes(role);
}

export function mayExtendDeadline(role: Role, status: CaseStatus): boolean {
  return CHAIRS.includes(role) && OPEN_STATUSES.includes(status);
}

/** Recording that the applicant was told of an extension: the secretary, the chair or the deputy. */
export function mayRecordExtensionNotice(role: Role): boolean {
  return REGISTRARS.includes(role);
}

/** Recording that the answer to the applicant was sent: the secretary, the chair or the deputy. */
export function mayRecordAnswerSent(role: Role): boolean {
  return REGISTRARS.includes(role);
}

export function mayAdminister(role: Role): boolean {
  return role === 'ADMIN';
}

/** Everyone who reads cases may talk in the case room, advisors included. */
export function mayComment(role: Role): boolean {
  return CASE_READERS.includes(role);
}

interface CommentRef {
  authorId: string;
  deleted: boolean;
}

export function mayEditComment(viewer: { id: string }, comment: CommentRef): boolean {
  return !comment.deleted && comment.authorId === viewer.id;
}

/** Authors delete their own comments; the chair and deputy may remove any (moderation). */
export function mayDeleteComment(viewer: { id: string; role: Role }, comment: CommentRef): boolean {
  return !comment.deleted && (comment.authorId === viewer.id || CHAIRS.includes(viewer.role));
}

/** The audit of a case (who saw its personal data, who changed what): the chair and deputy only. */
export function mayReadAudit(role: Role): boolean {
  return CHAIRS.includes(role);
}

// ---------- voting and decisions ----------

const VOTERS: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR', 'MEMBER'];

/** The chair and deputy open and close voting rounds (on a case in review). */
export function mayRunVoting(role: Role): boolean {
  return CHAIRS.includes(role);
}

export function mayOpenVoting(role: Role, status: CaseStatus): boolean {
  return mayRunVoting(role) && status === 'IN_REVIEW';
}

/** Roles that vote at all; whether they may vote in a given round is the round's `canVote`. */
export function isVotingRole(role: Role): boolean {
  return VOTERS.includes(role);
}

/** Those who take part in deliberation may recuse: voters and advisors (not the secretary). */
export function mayDeclareConflict(role: Role): boolean {
  return VOTERS.includes(role) || role === 'ADVISOR';
}

/** In which capacity the viewer signs a protocol: the chair (or deputy) as chair, the secretary as secretary. */
export function signingCapacity(role: Role): 'CHAIR' | 'SECRETARY' | null {
  if (CHAIRS.includes(role)) return 'CHAIR';
  return role === 'SECRETARY' ? 'SECRETARY' : null;
}

interface DecisionRef {
  outcome: string;
  signed: boolean;
  voters: readonly { memberId: string; choice: string }[];
}

/** A member who voted against the outcome may attach a dissenting opinion until the protocol is signed. */
export function mayAddDissent(viewer: { id: string; role: Role }, decision: DecisionRef): boolean {
  if (decision.signed || !VOTERS.includes(viewer.role)) return false;
  const choice = decision.voters.find((v) => v.memberId === viewer.id)?.choice;
  return (
    (choice === 'CONFIRMED' && decision.outcome === 'NOT_CONFIRMED') ||
    (choice === 'NOT_CONFIRMED' && decision.outcome === 'CONFIRMED')
  );
}

// ---------- statistics ----------

const STATS_READERS: readonly Role[] = ['ANALYST', 'CHAIR', 'DEPUTY_CHAIR', 'ADMIN'];
const EXPLORERS: readonly Role[] = ['ANALYST', 'CHAIR', 'DEPUTY_CHAIR'];
const PANEL_WORK_READERS: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR', 'ADMIN'];

/** The statistics dashboard: analysts, the chair and deputy, the admin. */
export function maySeeStats(role: Role): boolean {
  return STATS_READERS.includes(role);
}

/** The GraphQL explorer over the statistics: the analysts and the chair (and deputy). */
export function mayExploreStats(role: Role): boolean {
  return EXPLORERS.includes(role);
}

/** Work per member and per agency: the server refuses it to analysts. */
export function maySeePanelWork(role: Role): boolean {
  return PANEL_WORK_READERS.includes(role);
}

/** Where "/" leads: analysts have no case files, their work is the statistics. */
export function landingPath(role: Role): string {
  return role === 'ANALYST' ? '/stats' : '/cases';
}

// ---------- prescriptions ----------

/** The secretary, the chair and the deputy record delivery and compliance and re-check the URLs. */
export function mayFollowUpPrescriptions(role: Role): boolean {
  return REGISTRARS.includes(role);
}

/** Choosing the URLs of the prescription: the secretary, the chair or the deputy, until the decision (issue 16). */
export function mayChoosePrescriptionUrls(role: Role, status: CaseStatus): boolean {
  return REGISTRARS.includes(role) && prescriptionUrlsOpen(status);
}

/** Whether the case's URLs may still change for the prescription: until the decision drafts it. */
export function prescriptionUrlsOpen(status: CaseStatus): boolean {
  return [...OPEN_STATUSES, 'RETURNED'].includes(status);
}

/** Escalation to an access restriction is the chair's (or the deputy's). */
export function mayEscalatePrescriptions(role: Role): boolean {
  return CHAIRS.includes(role);
}
