// The vote form's state as plain data, so that its one legal rule — a CONFIRMED vote needs all four
// criteria marked MET (the server refuses it otherwise) — is checked before anything is sent.
import { CRITERIA, FINDING_VALUES, isOneOf, VOTE_CHOICES, type Criterion, type FindingValue, type VoteChoice } from '../../shared/api/enums';
import type { CastVoteVariables, FindingInput, OwnVote } from './operations';

export interface FindingDraft {
  /** Empty: not assessed (the finding is not sent). */
  value: FindingValue | '';
  note: string;
}

export interface VoteDraft {
  choice: VoteChoice | '';
  findings: Record<Criterion, FindingDraft>;
  reasoning: string;
}

/** The form as the member's current vote left it, or empty. */
export function draftFrom(vote: OwnVote | null): VoteDraft {
  const findings = Object.fromEntries(CRITERIA.map((c) => [c, { value: '', note: '' }])) as Record<Criterion, FindingDraft>;
  for (const f of vote?.findings ?? []) findings[f.criterion] = { value: f.value, note: f.note ?? '' };
  return { choice: vote?.choice ?? '', findings, reasoning: vote?.reasoning ?? '' };
}

export interface DraftProblems {
  choiceMissing: boolean;
  /** Criteria not marked MET (NOT_MET, UNCLEAR or not assessed) under a CONFIRMED vote. */
  unmetUnderConfirmed: Criterion[];
}

export function draftProblems(draft: VoteDraft): DraftProblems {
  return {
    choiceMissing: draft.choice === '',
    unmetUnderConfirmed: draft.choice === 'CONFIRMED' ? CRITERIA.filter((c) => draft.findings[c].value !== 'MET') : [],
  };
}

export function hasProblems(problems: DraftProblems): boolean {
  return problems.choiceMissing || problems.unmetUnderConfirmed.length > 0;
}

/** The castVote variables for a valid draft (assessed criteria only, blank notes dropped). */
export function voteVariables(roundId: string, draft: VoteDraft & { choice: VoteChoice }): CastVoteVariables {
  const findings: FindingInput[] = CRITERIA.flatMap((criterion) => {
    const { value, note } = draft.findings[criterion];
    return value ? [{ criterion, value, note: note.trim() || null }] : [];
  });
  return { roundId, choice: draft.choice, findings, reasoning: draft.reasoning.trim() || null };
}

/** The member's vote now: the newest one not replaced. */
export function currentVote(history: readonly OwnVote[]): OwnVote | null {
  return history.find((v) => !v.supersededAt) ?? null;
}

/** Whether a value read back from storage is a vote draft (drafts survive reloads: shared/lib/drafts.ts). */
export function isVoteDraft(v: unknown): v is VoteDraft {
  if (!v || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  if (!(d.choice === '' || isOneOf(VOTE_CHOICES, d.choice)) || typeof d.reasoning !== 'string') return false;
  const findings = d.findings as Record<string, unknown> | null;
  if (!findings || typeof findings !== 'object') return false;
  return CRITERIA.every((c) => {
    const f = findings[c] as Record<string, unknown> | undefined;
    return !!f && (f.value === '' || isOneOf(FINDING_VALUES, f.value)) && typeof f.note === 'string';
  });
}

/** A draft with nothing in it is not kept. */
export function isBlankVote(d: VoteDraft): boolean {
  return d.choice === '' && !d.reasoning.trim() && CRITERIA.every((c) => d.findings[c].value === '' && !d.findings[c].note.trim());
}
