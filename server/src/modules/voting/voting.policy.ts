import type { Viewer } from '../../shared/viewer.js';
import { CHAIRS, Role } from '../../shared/role.js';
import { Criterion, FindingValue, VoteChoice } from './criteria.js';

/** Roles that vote (DESIGN.md §2): the chair, the deputy and the members; not the secretary or advisors. */
export const VOTING_ROLES: readonly Role[] = [Role.CHAIR, Role.DEPUTY_CHAIR, Role.MEMBER];

export const mayOpenOrCloseVoting = (viewer: Viewer) => (CHAIRS as readonly Role[]).includes(viewer.role);

/**
 * Who presides over a case's vote and holds the casting vote: the chair, or the deputy when the
 * chair has recused (or there is none); null when both have recused.
 */
export function presidingId(voters: readonly { id: string; role: Role }[], recused: ReadonlySet<string>): string | null {
  const present = (role: Role) => voters.find((m) => m.role === role && !recused.has(m.id))?.id;
  return present(Role.CHAIR) ?? present(Role.DEPUTY_CHAIR) ?? null;
}

/** Whether the viewer's role votes at all; whether in a given round is `mayVote`. */
export const isVotingRole = (viewer: Pick<Viewer, 'role'>) => VOTING_ROLES.includes(viewer.role);

export const mayVote = (viewer: Viewer, rel: { recused: boolean; eligible: boolean }) =>
  isVotingRole(viewer) && rel.eligible && !rel.recused;

/** Those who take part in deliberation may declare a conflict of interest: the voters and the advisors (not the secretary). */
export const RECUSING_ROLES: readonly Role[] = [...VOTING_ROLES, Role.ADVISOR];
export const mayDeclareConflict = (viewer: Pick<Viewer, 'role'>) => RECUSING_ROLES.includes(viewer.role);

export type VoteProblem = 'DUPLICATE_CRITERION' | 'CONFIRMED_NOT_ALL_MET';

/**
 * Why a vote is not acceptable as cast, or null. The definition is a rule, not advice: a CONFIRMED
 * vote must hold every one of the four criteria MET (not UNCLEAR, not NOT_MET, none left out).
 */
export function voteProblem(choice: VoteChoice, findings: readonly { criterion: Criterion; value: FindingValue }[]): VoteProblem | null {
  if (new Set(findings.map((f) => f.criterion)).size !== findings.length) return 'DUPLICATE_CRITERION';
  if (choice !== VoteChoice.CONFIRMED) return null;
  const met = new Set(findings.filter((f) => f.value === FindingValue.MET).map((f) => f.criterion));
  return Object.values(Criterion).every((c) => met.has(c)) ? null : 'CONFIRMED_NOT_ALL_MET';
}

/** A dissent may come from a member whose vote was against the outcome. */
export const mayDissent = (vote: VoteChoice | null, outcome: 'CONFIRMED' | 'NOT_CONFIRMED') =>
  (vote === VoteChoice.CONFIRMED && outcome === 'NOT_CONFIRMED') || (vote === VoteChoice.NOT_CONFIRMED && outcome === 'CONFIRMED');
