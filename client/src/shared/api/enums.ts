// Enum values of the GraphQL contract. The types are generated from schema/schema.graphql
// (src/gql/graphql.ts, `pnpm codegen`); the value lists below render selects and filters, in the
// order they are shown. Each list is a table keyed by every value of its generated type, so a
// value the server adds (or drops) is a compile error here until the list follows.
import type {
  AgencyKind,
  ApplicantRelation,
  ApplicationKind,
  AuditKind,
  CalendarDayKind,
  CaseEnding,
  CaseEventKind,
  CaseStatus,
  ChecklistCriterion,
  ContentKind,
  Criterion,
  DecisionRule,
  EpisodeChannel,
  FindingValue,
  Language,
  NoticeChannel,
  Outcome,
  PrescriptionStatus,
  Region,
  Role,
  Scalars,
  VoteChoice,
} from '../../gql/graphql';

export type {
  AccountStatus,
  AgencyKind,
  ApplicantRelation,
  ApplicationKind,
  AuditKind,
  AuditSubject,
  CalendarDayKind,
  CaseEnding,
  CaseEventKind,
  CaseStatus,
  ChecklistCriterion,
  ContentKind,
  Criterion,
  DecisionRule,
  EpisodeChannel,
  FindingValue,
  Language,
  NoticeChannel,
  Outcome,
  PrescriptionStatus,
  Region,
  Role,
  VoteChoice,
} from '../../gql/graphql';

/** The keys of a table that must name every value of `T` and nothing else, in the table's order. */
function valuesOf<T extends string>(table: Record<T, true>): readonly T[] {
  return Object.keys(table) as T[];
}

export const ROLES = valuesOf<Role>({
  CHAIR: true,
  DEPUTY_CHAIR: true,
  SECRETARY: true,
  MEMBER: true,
  ADVISOR: true,
  ANALYST: true,
  ADMIN: true,
});

export const AGENCY_KINDS = valuesOf<AgencyKind>({ STATE_BODY: true, NGO: true });

export const LANGUAGES = valuesOf<Language>({ KK: true, RU: true });

export const NOTICE_CHANNELS = valuesOf<NoticeChannel>({ EMAIL: true, POST: true, E_OTINISH: true, IN_PERSON: true });

export const CASE_STATUSES = valuesOf<CaseStatus>({
  REGISTERED: true,
  SCREENING: true,
  IN_REVIEW: true,
  VOTING: true,
  DECIDED: true,
  PRESCRIBED: true,
  COMPLIED: true,
  ESCALATED: true,
  CLOSED: true,
  RETURNED: true,
  OUT_OF_SCOPE: true,
});

/** How a case ended, as the answer to the applicant tells it. */
export const CASE_ENDINGS = valuesOf<CaseEnding>({ CONFIRMED: true, NOT_CONFIRMED: true, RETURNED: true, OUT_OF_SCOPE: true });

export const CONTENT_KINDS = valuesOf<ContentKind>({
  TEXT: true,
  IMAGE: true,
  VIDEO: true,
  AUDIO: true,
  MESSAGE: true,
  COMMENT: true,
  PROFILE: true,
  OTHER: true,
});

export const APPLICATION_KINDS = valuesOf<ApplicationKind>({ EOTINISH: true, PAPER: true });

export const EPISODE_CHANNELS = valuesOf<EpisodeChannel>({ URL: true, SMS: true, CALL: true, PRIVATE_MESSAGE: true, OTHER: true });

/** The screening checklist's criteria (ChecklistCriterion), as a failing one is named. */
export const CHECKLIST_CRITERIA = valuesOf<ChecklistCriterion>({ CHILD_UNDER_18: true, SYSTEMATIC: true, MEDIA_OR_TELECOM: true });

export const APPLICANT_RELATIONS = valuesOf<ApplicantRelation>({
  PARENT: true,
  GUARDIAN: true,
  OTHER_LEGAL_REPRESENTATIVE: true,
  CITIZEN: true,
  CHILD: true,
});

export const CALENDAR_DAY_KINDS = valuesOf<CalendarDayKind>({ HOLIDAY: true, DAY_OFF: true, WORKING_DAY: true });

export const REGIONS = valuesOf<Region>({
  ASTANA: true,
  ALMATY_CITY: true,
  SHYMKENT: true,
  ABAI: true,
  AKMOLA: true,
  AKTOBE: true,
  ALMATY_REGION: true,
  ATYRAU: true,
  EAST_KAZAKHSTAN: true,
  ZHAMBYL: true,
  ZHETISU: true,
  WEST_KAZAKHSTAN: true,
  KARAGANDA: true,
  KOSTANAY: true,
  KYZYLORDA: true,
  MANGYSTAU: true,
  PAVLODAR: true,
  NORTH_KAZAKHSTAN: true,
  TURKESTAN: true,
  ULYTAU: true,
});

export const VOTE_CHOICES = valuesOf<VoteChoice>({ CONFIRMED: true, NOT_CONFIRMED: true, ABSTAIN: true });

/** The legal criteria of cyberbullying of a child (Law "On the rights of the child", art. 1 sub-par. 4.1). */
export const CRITERIA = valuesOf<Criterion>({
  CHILD_UNDER_18: true,
  SYSTEMATIC: true,
  HUMILIATION_HARASSMENT_INTIMIDATION: true,
  MEDIA_OR_TELECOM: true,
});

export const FINDING_VALUES = valuesOf<FindingValue>({ MET: true, NOT_MET: true, UNCLEAR: true });

export const OUTCOMES = valuesOf<Outcome>({ CONFIRMED: true, NOT_CONFIRMED: true, QUORUM_NOT_MET: true, TIE_UNRESOLVED: true });

export const DECISION_RULES = valuesOf<DecisionRule>({ SIMPLE_MAJORITY: true, TWO_THIRDS: true, CONSENSUS: true });

export const PRESCRIPTION_STATUSES = valuesOf<PrescriptionStatus>({
  ISSUED: true,
  DELIVERED: true,
  COMPLIED: true,
  PARTIALLY_COMPLIED: true,
  NOT_COMPLIED: true,
  ESCALATED: true,
});

/** The categories of a case's audit log, in the order its filter offers them. */
export const AUDIT_KINDS = valuesOf<AuditKind>({ PII_READ: true, CHANGE: true, AUDIT_READ: true });

/**
 * Every kind of the server's event log (CaseEventKind, generated from the registry): the timeline and
 * the audit label each of them (app/i18n/*.enums.ts, `eventKind`, keyed by this type).
 */
export const CASE_EVENT_KINDS = valuesOf<CaseEventKind>({
  CASE_REGISTERED: true,
  CASE_STATUS_CHANGED: true,
  CASE_DEADLINE_EXTENDED: true,
  CASE_EXTENSION_NOTICE_RECORDED: true,
  CASE_ANSWER_SENT: true,
  CASE_IDENTITY_ERASED: true,
  EVIDENCE_UPLOADED: true,
  CASE_PRESCRIPTION_URL_SET: true,
  COMMENT_ADDED: true,
  COMMENT_EDITED: true,
  COMMENT_DELETED: true,
  MEMBER_RECUSED: true,
  CASE_RAPPORTEUR_SET: true,
  VOTING_OPENED: true,
  VOTE_CAST: true,
  VOTING_CLOSED: true,
  DECISION_RECORDED: true,
  DECISION_DISSENT_ATTACHED: true,
  DECISION_REASONING_SET: true,
  DECISION_SIGNED: true,
  PRESCRIPTION_ISSUED: true,
  PRESCRIPTION_DELIVERED: true,
  PRESCRIPTION_STATUS_CHANGED: true,
  PRESCRIPTION_RECHECKED: true,
  PII_VIEWED: true,
  AUDIT_VIEWED: true,
  MEMBER_CREATED: true,
  MEMBER_APPROVED: true,
  MEMBER_REJECTED: true,
  MEMBER_INVITATION_ISSUED: true,
  MEMBER_INVITATION_ACCEPTED: true,
  MEMBER_UPDATED: true,
  MEMBER_DEACTIVATED: true,
  AGENCY_CREATED: true,
  AGENCY_UPDATED: true,
  SETTINGS_CHANGED: true,
  PLATFORM_UPDATED: true,
  CALENDAR_DAY_SET: true,
  CALENDAR_DAY_REMOVED: true,
  JOB_FAILED: true,
  JOB_RETRIED: true,
});

// Not enums in the schema (plain strings there), so listed by hand.

/** Why a round closed (VotingRound.closeReason is a plain string in the schema). */
export const CLOSE_REASONS = ['CHAIR', 'ALL_VOTED', 'DEADLINE'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** Stable `extensions.code` values the server promises (DESIGN.md §5). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'INVALID_TRANSITION',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** ISO-8601 instant, e.g. 2026-03-02T09:30:00.000Z. */
export type DateTimeISO = Scalars['DateTimeISO']['output'];
/** Calendar date, "YYYY-MM-DD". */
export type LocalDate = Scalars['LocalDate']['output'];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
