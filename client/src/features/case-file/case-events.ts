// Pure helpers for the timeline: merge the loaded and the live events, and read the few
// payload fields worth showing. Payload shapes are the server's; read them defensively.
import {
  CASE_EVENT_KINDS,
  CASE_STATUSES,
  CLOSE_REASONS,
  eventKindLabel,
  isOneOf,
  OUTCOMES,
  VOTE_CHOICES,
  type CaseEventKind,
  type CaseStatus,
  type CloseReason,
  type EventKindLabel,
  type Outcome,
  type VoteChoice,
} from '../../shared/api/enums';
import type { CaseEvent } from './operations';

/** The label key of an event kind the client names; null for any other kind (shown as it came). */
export function knownEventKind(kind: string): EventKindLabel | null {
  return isOneOf(CASE_EVENT_KINDS, kind) ? eventKindLabel(kind) : null;
}

export const PII_VIEWED = 'pii.viewed' satisfies CaseEventKind;

function seqValue(seq: string): bigint {
  try {
    return BigInt(seq);
  } catch {
    return 0n;
  }
}

export function compareSeq(a: string, b: string): number {
  const x = seqValue(a);
  const y = seqValue(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Loaded and live events, once each, oldest first. */
export function mergeEvents(...lists: ReadonlyArray<readonly CaseEvent[]>): CaseEvent[] {
  const bySeq = new Map<string, CaseEvent>();
  for (const list of lists) for (const event of list) if (!bySeq.has(event.seq)) bySeq.set(event.seq, event);
  return [...bySeq.values()].sort((a, b) => compareSeq(a.seq, b.seq));
}

export function lastSeq(events: readonly CaseEvent[]): string {
  return events.reduce((max, e) => (compareSeq(e.seq, max) > 0 ? e.seq : max), '0');
}

const PII_SUBJECTS = ['child', 'applicant', 'evidence'] as const;
export type PiiSubject = (typeof PII_SUBJECTS)[number];

export interface EventDetail {
  from?: CaseStatus;
  to?: CaseStatus;
  reason?: string;
  fileName?: string;
  /** The new deadline, for an extension. */
  dueAt?: string;
  piiSubject?: PiiSubject;
  /** voting.opened: the round's number. */
  round?: number;
  /** vote.cast while votes are visible. */
  choice?: VoteChoice;
  outcome?: Outcome;
  closeReason?: CloseReason;
  /** The protocol's or the prescription's number. */
  documentNumber?: string;
}

export function eventDetail(kind: string, payload: unknown): EventDetail {
  if (!payload || typeof payload !== 'object') return {};
  const p = payload as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
  // A prescription's own from/to are prescription statuses, not the case's.
  const caseMove = !kind.startsWith('prescription.');
  return {
    from: caseMove && isOneOf(CASE_STATUSES, p.from) ? p.from : undefined,
    to: caseMove && isOneOf(CASE_STATUSES, p.to) ? p.to : undefined,
    // voting.closed carries a reason code, not a text; a step over a failing checklist carries its checklistOverrideReason.
    reason: kind === 'voting.closed' ? undefined : (text(p.reason) ?? text(p.checklistOverrideReason)),
    fileName: text(p.fileName),
    // case.deadline_extended carries { from, to } as instants.
    dueAt: kind === 'case.deadline_extended' ? (text(p.to) ?? text(p.dueAt)) : undefined,
    piiSubject: kind === PII_VIEWED && isOneOf(PII_SUBJECTS, p.subject) ? p.subject : undefined,
    round: kind === 'voting.opened' && typeof p.number === 'number' ? p.number : undefined,
    choice: kind === 'vote.cast' && isOneOf(VOTE_CHOICES, p.choice) ? p.choice : undefined,
    outcome: isOneOf(OUTCOMES, p.outcome) ? p.outcome : undefined,
    closeReason: kind === 'voting.closed' && isOneOf(CLOSE_REASONS, p.reason) ? p.reason : undefined,
    documentNumber: text(p.protocolNumber) ?? (kind.startsWith('prescription.') ? text(p.number) : undefined),
  };
}
