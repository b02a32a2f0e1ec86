/**
 * Every kind of event the log holds, with its payload: the one registry that writers (`emit`),
 * readers (timeline, live feed, audit summaries, privacy masks) and the statistics migrations name
 * kinds through. A kind not listed here cannot be written, and a payload that does not match its
 * kind does not compile.
 *
 * Payloads carry ids, numbers, codes and dates — never a child's or an applicant's personal data
 * (DESIGN.md §5); free text (a recusal's or a rejection's reason) is masked by the readers where
 * the viewer may not see it.
 */

type Iso = string;
type Id = string;

/** A round's count as the log keeps it (the voting module's `Tally`, by shape). */
interface TallyPayload {
  eligible: number;
  voted: number;
  quorumNeeded: number;
  quorumMet: boolean;
  confirmed: number;
  notConfirmed: number;
  abstain: number;
  outcome: string;
  decidedByChair: boolean;
}

interface AccountPayload {
  memberId: Id;
  role: string;
  from?: string;
  to?: string;
  previousRole?: string;
  agencyId?: Id;
  previousAgencyId?: Id;
  /** The chair's or deputy's words when rejecting an account (readable by them only). */
  reason?: string;
  expiresAt?: Iso;
  reset?: boolean;
}

export interface EventPayloads {
  /**
   * The application's own number stays out (it leads to the applicant; the case's field is masked for roles without identity).
   * `checklistOverrideReason`: why a file failing the screening checklist was registered (free text).
   */
  'case.registered': { number: string; applicationKind: 'EOTINISH' | 'PAPER'; episodes: number; dueAt: Iso; checklistOverrideReason?: string };
  /** `checklistOverrideReason`: why a case failing the screening checklist was accepted for review. */
  'case.status_changed': { from: string; to: string; reason?: string; checklistOverrideReason?: string; dueAt?: Iso; outcome?: string };
  'case.deadline_extended': { reason: string; from: Iso; to: Iso; applicantNoticeDueAt: Iso };
  'case.extension_notice_recorded': { sentAt: Iso; channel: string; applicantNoticeDueAt: Iso; late: boolean };
  'case.answer_sent': { ending: string; sentAt: Iso; channel: string; answerDueAt: Iso; late: boolean };
  'case.identity_erased': { retentionYears: number; evidenceFiles: number };
  'evidence.uploaded': { evidenceId: Id; episodeId: Id; fileName: string; sha256: string; size: number };
  /** Whether a URL of the case goes into the prescription, as chosen by the panel (issue 16). */
  'case.prescription_url_set': { url: string; included: boolean; accountRoot: boolean };
  'comment.added': { commentId: Id; parentId: Id | null; mentions: Id[] };
  'comment.edited': { commentId: Id; mentions: Id[] };
  'comment.deleted': { commentId: Id };
  'member.recused': { memberId: Id };
  /** The case's rapporteur named (memberId) or removed (null); who it was before. */
  'case.rapporteur_set': { memberId: Id | null; previousMemberId: Id | null };
  'voting.opened': { roundId: Id; number: number; deadlineAt: Iso; eligible: number };
  /** With votes visible before the close, the choice and the tally; otherwise only how many voted. */
  'vote.cast': { roundId: Id; choice: string; tally: TallyPayload } | { roundId: Id; voted: number; eligible: number };
  'voting.closed': { roundId: Id; reason: 'CHAIR' | 'ALL_VOTED' | 'DEADLINE'; outcome: string; tally: TallyPayload };
  'decision.recorded': { decisionId: Id; outcome: string; protocolNumber: string };
  'decision.dissent_attached': { decisionId: Id };
  'decision.reasoning_set': { decisionId: Id };
  'decision.signed': { decisionId: Id; as: 'SECRETARY' | 'CHAIR'; final: boolean };
  'prescription.issued': { prescriptionId: Id; number: string; urls: number };
  'prescription.delivered': { prescriptionId: Id; number: string; removalDueAt: Iso };
  /** `note`: the secretary's words on a compliance (free text); `requestId`: the access-restriction request of an escalation. */
  'prescription.status_changed': { prescriptionId: Id; number: string; from: string; to: string; note?: string | null; requestId?: Id };
  'prescription.rechecked': { prescriptionId: Id; GONE: number; PRESENT: number; UNREACHABLE: number };
  /** Who received which personal data of a case (child, applicant, evidence), and through which document if any. */
  'pii.viewed': { subject: 'child' | 'applicant' | 'evidence'; document?: string; requestId?: string; evidenceId?: Id; ending?: string; decisionId?: Id };
  'audit.viewed': { requestId: string };
  'member.created': AccountPayload;
  'member.approved': AccountPayload;
  'member.rejected': AccountPayload;
  'member.invitation_issued': AccountPayload;
  'member.invitation_accepted': AccountPayload;
  'member.updated': AccountPayload;
  'member.deactivated': AccountPayload;
  'agency.created': { agencyId: Id; name: string; kind: string };
  /** Which of the agency's fields the admin changed (names in kk/ru/en, kind). */
  'agency.updated': { agencyId: Id; changed: string[] };
  'settings.changed': { changed: string[] };
  'platform.updated': { platformId: Id; code: string; changed: string[] };
  'calendar.day_set': { date: string; kind: string; name: string | null };
  'calendar.day_removed': { date: string };
  'job.failed': { jobId: string; job: string; attempts: number; error: string | null };
  'job.retried': { jobId: string; job: string };
}

export type EventKind = keyof EventPayloads;

/** What the log knows of a kind besides its payload: whether it belongs to a case, and to which audit it belongs. */
interface KindInfo {
  /** `case`: written with the case's id, read in its stream; `log`: no case (accounts, calendar, jobs, settings). */
  scope: 'case' | 'log';
  /** Account events form the account audit (members module). */
  account?: true;
  /** Records of reading (personal data, the audit): shown in the audit only, never in a case's history. */
  auditOnly?: true;
}

export const EVENT_KINDS = {
  'case.registered': { scope: 'case' },
  'case.status_changed': { scope: 'case' },
  'case.deadline_extended': { scope: 'case' },
  'case.extension_notice_recorded': { scope: 'case' },
  'case.answer_sent': { scope: 'case' },
  'case.identity_erased': { scope: 'case' },
  'evidence.uploaded': { scope: 'case' },
  'case.prescription_url_set': { scope: 'case' },
  'comment.added': { scope: 'case' },
  'comment.edited': { scope: 'case' },
  'comment.deleted': { scope: 'case' },
  'member.recused': { scope: 'case' },
  'case.rapporteur_set': { scope: 'case' },
  'voting.opened': { scope: 'case' },
  'vote.cast': { scope: 'case' },
  'voting.closed': { scope: 'case' },
  'decision.recorded': { scope: 'case' },
  'decision.dissent_attached': { scope: 'case' },
  'decision.reasoning_set': { scope: 'case' },
  'decision.signed': { scope: 'case' },
  'prescription.issued': { scope: 'case' },
  'prescription.delivered': { scope: 'case' },
  'prescription.status_changed': { scope: 'case' },
  'prescription.rechecked': { scope: 'case' },
  'pii.viewed': { scope: 'case', auditOnly: true },
  'audit.viewed': { scope: 'case', auditOnly: true },
  'member.created': { scope: 'log', account: true },
  'member.approved': { scope: 'log', account: true },
  'member.rejected': { scope: 'log', account: true },
  'member.invitation_issued': { scope: 'log', account: true },
  'member.invitation_accepted': { scope: 'log', account: true },
  'member.updated': { scope: 'log', account: true },
  'member.deactivated': { scope: 'log', account: true },
  'agency.created': { scope: 'log', account: true },
  'agency.updated': { scope: 'log', account: true },
  'settings.changed': { scope: 'log' },
  'platform.updated': { scope: 'log' },
  'calendar.day_set': { scope: 'log' },
  'calendar.day_removed': { scope: 'log' },
  'job.failed': { scope: 'log' },
  'job.retried': { scope: 'log' },
} as const satisfies Record<EventKind, KindInfo>;

/** A kind's name, checked against the registry where it is written as text (SQL of readers and migrations). */
export const kindName = <K extends EventKind>(kind: K): K => kind;

/** One event to append: its kind decides its payload's type. */
export type NewEvent = {
  [K in EventKind]: { caseId: string | null; kind: K; actorId: string | null; payload: EventPayloads[K] };
}[EventKind];

/** The kinds of one scope or group, e.g. the account audit's. */
export const kindsWhere = (test: (info: KindInfo) => boolean): EventKind[] =>
  (Object.keys(EVENT_KINDS) as EventKind[]).filter((k) => test(EVENT_KINDS[k]));

/** Kinds that record a reading, for the audit only. */
export const AUDIT_ONLY_KINDS: readonly EventKind[] = kindsWhere((info) => info.auditOnly === true);
