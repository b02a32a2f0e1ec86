// What the voting panel takes from the case's live feed: the kinds that move it, and the tally a
// VOTE_CAST event's typed payload carries. Anything else falls back to fetching the case again.
import { isOneOf, OUTCOMES, type CaseEventKind } from '../../shared/api/enums';
import type { CaseEventDetails } from '../case-file/operations';
import type { Tally } from './operations';

/** Events after which the panel's part of the case (rounds, decision, prescriptions) is fetched again. */
export const VOTING_EVENT_KINDS: ReadonlySet<CaseEventKind> = new Set<CaseEventKind>([
  'VOTING_OPENED',
  'VOTE_CAST',
  'VOTING_CLOSED',
  'DECISION_RECORDED',
  'PRESCRIPTION_ISSUED',
  'DECISION_DISSENT_ATTACHED',
  'DECISION_REASONING_SET',
  'DECISION_SIGNED',
  'MEMBER_RECUSED',
  'CASE_STATUS_CHANGED',
  'PRESCRIPTION_DELIVERED',
  'PRESCRIPTION_STATUS_CHANGED',
  'PRESCRIPTION_RECHECKED',
]);

export function isVotingEvent(kind: CaseEventKind): boolean {
  return VOTING_EVENT_KINDS.has(kind);
}

export type TallyPatch = Partial<Omit<Tally, '__typename'>>;

const COUNTS = ['eligible', 'voted', 'quorumNeeded', 'confirmed', 'notConfirmed', 'abstain'] as const;

type Counts = Partial<Record<(typeof COUNTS)[number], number | null>> & { quorumMet?: boolean; decidedByChair?: boolean; outcome?: string };

function countsOf(source: Counts): TallyPatch {
  const patch: TallyPatch = {};
  for (const key of COUNTS) {
    const value = source[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) patch[key] = value;
  }
  if (typeof source.quorumMet === 'boolean') patch.quorumMet = source.quorumMet;
  if (typeof source.decidedByChair === 'boolean') patch.decidedByChair = source.decidedByChair;
  if (isOneOf(OUTCOMES, source.outcome)) patch.outcome = source.outcome;
  return patch;
}

/**
 * The tally a VOTE_CAST event carries: the full count when votes are visible (`tally`), or only
 * `voted` / `eligible` while they are secret. Null for another event, or one that carries neither.
 */
export function tallyFromVoteCast(details: CaseEventDetails): { roundId: string; patch: TallyPatch } | null {
  if (details?.__typename !== 'VoteCastDetails') return null;
  const patch = countsOf(details.tally ?? { voted: details.voted, eligible: details.eligible });
  return Object.keys(patch).length > 0 ? { roundId: details.roundId, patch } : null;
}

/** The tally with a live patch applied; the quorum follows the new count when the patch lacks it. */
export function applyTallyPatch(tally: Tally, patch: TallyPatch): Tally {
  const next = { ...tally, ...patch };
  if (patch.quorumMet === undefined) next.quorumMet = next.eligible > 0 && next.voted >= next.quorumNeeded;
  return next;
}
