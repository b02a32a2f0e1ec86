// What the voting panel takes from the case's live feed. Payload shapes are the server's; read
// them defensively and fall back to fetching the case again.
import { isOneOf, OUTCOMES } from '../../shared/api/enums';
import type { Tally } from './operations';

/** Events after which the panel's part of the case (rounds, decision, prescriptions) is fetched again. */
export const VOTING_EVENT_KINDS: ReadonlySet<string> = new Set([
  'voting.opened',
  'vote.cast',
  'voting.closed',
  'decision.recorded',
  'prescription.issued',
  'decision.dissent_attached',
  'decision.reasoning_set',
  'decision.signed',
  'member.recused',
  'case.status_changed',
  'prescription.delivered',
  'prescription.status_changed',
  'prescription.rechecked',
]);

export function isVotingEvent(kind: string): boolean {
  return VOTING_EVENT_KINDS.has(kind);
}

export type TallyPatch = Partial<Omit<Tally, '__typename'>>;

const COUNTS = ['eligible', 'voted', 'quorumNeeded', 'confirmed', 'notConfirmed', 'abstain'] as const;

function countsOf(source: Record<string, unknown>): TallyPatch {
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
 * The tally a `vote.cast` event carries: the full count when votes are visible (`tally`), or only
 * `voted` / `eligible` while they are secret. Null when it carries neither.
 */
export function tallyFromVoteCast(payload: unknown): { roundId: string; patch: TallyPatch } | null {
  if (!payload || typeof payload !== 'object') return null;
  const p = payload as Record<string, unknown>;
  if (typeof p.roundId !== 'string') return null;
  const source = p.tally && typeof p.tally === 'object' ? (p.tally as Record<string, unknown>) : p;
  const patch = countsOf(source);
  return Object.keys(patch).length > 0 ? { roundId: p.roundId, patch } : null;
}

/** The tally with a live patch applied; the quorum follows the new count when the patch lacks it. */
export function applyTallyPatch(tally: Tally, patch: TallyPatch): Tally {
  const next = { ...tally, ...patch };
  if (patch.quorumMet === undefined) next.quorumMet = next.eligible > 0 && next.voted >= next.quorumNeeded;
  return next;
}
