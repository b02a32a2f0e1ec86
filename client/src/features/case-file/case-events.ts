// Pure helpers for the timeline: merge the loaded and the live events, and read the few fields of
// their typed payloads (`details`, one type per kind) worth showing.
import {
  CASE_EVENT_KINDS,
  CASE_STATUSES,
  CLOSE_REASONS,
  isOneOf,
  OUTCOMES,
  VOTE_CHOICES,
  type CaseEventKind,
  type CaseStatus,
  type CloseReason,
  type Outcome,
  type VoteChoice,
} from '../../shared/api/enums';
import type { CaseEvent, CaseEventDetails } from './operations';

/** The kind if the client knows it (a label of its own); null for a kind newer than the client (shown as it came). */
export function knownEventKind(kind: string): CaseEventKind | null {
  return isOneOf(CASE_EVENT_KINDS, kind) ? kind : null;
}

export const PII_VIEWED = 'PII_VIEWED' satisfies CaseEventKind;

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
  /** VOTING_OPENED: the round's number. */
  round?: number;
  /** VOTE_CAST while votes are visible. */
  choice?: VoteChoice;
  outcome?: Outcome;
  closeReason?: CloseReason;
  /** The protocol's or the prescription's number. */
  documentNumber?: string;
}

const text = (value: string | null | undefined) => (value?.trim() ? value : undefined);
const status = (value: string) => (isOneOf(CASE_STATUSES, value) ? value : undefined);
const outcome = (value: string | null) => (isOneOf(OUTCOMES, value) ? value : undefined);

/** What the timeline shows of an event's typed payload; codes the client does not know are left out. */
export function eventDetail(details: CaseEventDetails): EventDetail {
  switch (details?.__typename) {
    case 'CaseRegisteredDetails':
      return { reason: text(details.overrideReason) };
    case 'CaseStatusChangedDetails':
      // A step over a failing checklist carries its checklistOverrideReason.
      return { from: status(details.statusFrom), to: status(details.statusTo), reason: text(details.statusReason) ?? text(details.overrideReason), outcome: outcome(details.decidedOutcome) };
    case 'DeadlineExtendedDetails':
      return { reason: text(details.extensionReason), dueAt: details.newDueAt };
    case 'EvidenceUploadedDetails':
      return { fileName: text(details.fileName) };
    case 'PiiViewedDetails':
      return { piiSubject: isOneOf(PII_SUBJECTS, details.subject) ? details.subject : undefined };
    case 'VotingOpenedDetails':
      return { round: details.roundNumber };
    case 'VoteCastDetails':
      return { choice: isOneOf(VOTE_CHOICES, details.choice) ? details.choice : undefined };
    case 'VotingClosedDetails':
      return { outcome: outcome(details.outcome), closeReason: isOneOf(CLOSE_REASONS, details.closeReason) ? details.closeReason : undefined };
    case 'DecisionRecordedDetails':
      return { outcome: outcome(details.outcome), documentNumber: text(details.protocolNumber) };
    case 'PrescriptionIssuedDetails':
    case 'PrescriptionDeliveredDetails':
    case 'PrescriptionStatusChangedDetails':
      return { documentNumber: text(details.prescriptionNumber) };
    default:
      return {};
  }
}

/** The comment a COMMENT_* event is about; null for any other event. */
export function commentIdOf(event: Pick<CaseEvent, 'details'>): string | null {
  const d = event.details;
  return d?.__typename === 'CommentAddedDetails' || d?.__typename === 'CommentEditedDetails' || d?.__typename === 'CommentDeletedDetails' ? d.commentId : null;
}
