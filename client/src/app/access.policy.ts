// What the interface offers to each role (DESIGN.md §2). The server decides for real;
// these only keep buttons away from people who would be refused.
import type { CaseStatus, Role } from '../shared/api/enums';

const CASE_READERS: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER', 'ADVISOR'];
const REGISTRARS: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY'];
const UPLOADERS: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER'];
const EXTENDERS: readonly Role[] = ['CHAIR', 'DEPUTY_CHAIR'];
// The 3-working-day clock runs until the decision.
const OPEN_STATUSES: readonly CaseStatus[] = ['REGISTERED', 'SCREENING', 'IN_REVIEW', 'VOTING'];

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
  return EXTENDERS.includes(role) && OPEN_STATUSES.includes(status);
}

export function mayAdminister(role: Role): boolean {
  return role === 'ADMIN';
}
