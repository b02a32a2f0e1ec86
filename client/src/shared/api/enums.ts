// Enum values of the GraphQL contract (schema/schema.graphql), as TypeScript unions with
// their value lists so that selects and filters can be rendered from them.

export const ROLES = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER', 'ADVISOR', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const AGENCY_KINDS = ['STATE_BODY', 'NGO'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const LANGUAGES = ['KK', 'RU'] as const;
export type Language = (typeof LANGUAGES)[number];

export const NOTICE_CHANNELS = ['EMAIL', 'POST', 'E_OTINISH', 'IN_PERSON'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

export const CASE_STATUSES = [
  'REGISTERED',
  'SCREENING',
  'IN_REVIEW',
  'VOTING',
  'DECIDED',
  'PRESCRIBED',
  'COMPLIED',
  'ESCALATED',
  'CLOSED',
  'RETURNED',
  'OUT_OF_SCOPE',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CONTENT_KINDS = ['TEXT', 'IMAGE', 'VIDEO', 'AUDIO', 'MESSAGE', 'COMMENT', 'PROFILE', 'OTHER'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const APPLICANT_RELATIONS = ['PARENT', 'GUARDIAN', 'OTHER_LEGAL_REPRESENTATIVE', 'CITIZEN', 'CHILD'] as const;
export type ApplicantRelation = (typeof APPLICANT_RELATIONS)[number];

export const CALENDAR_DAY_KINDS = ['HOLIDAY', 'DAY_OFF', 'WORKING_DAY'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export const REGIONS = [
  'ASTANA',
  'ALMATY_CITY',
  'SHYMKENT',
  'ABAI',
  'AKMOLA',
  'AKTOBE',
  'ALMATY_REGION',
  'ATYRAU',
  'EAST_KAZAKHSTAN',
  'ZHAMBYL',
  'ZHETISU',
  'WEST_KAZAKHSTAN',
  'KARAGANDA',
  'KOSTANAY',
  'KYZYLORDA',
  'MANGYSTAU',
  'PAVLODAR',
  'NORTH_KAZAKHSTAN',
  'TURKESTAN',
  'ULYTAU',
] as const;
export type Region = (typeof REGIONS)[number];

export const VOTE_CHOICES = ['CONFIRMED', 'NOT_CONFIRMED', 'ABSTAIN'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** The legal criteria of cyberbullying of a child (Law "On the rights of the child", art. 1 sub-par. 4.1). */
export const CRITERIA = ['CHILD_UNDER_18', 'SYSTEMATIC', 'HUMILIATION_HARASSMENT_INTIMIDATION', 'MEDIA_OR_TELECOM'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const FINDING_VALUES = ['MET', 'NOT_MET', 'UNCLEAR'] as const;
export type FindingValue = (typeof FINDING_VALUES)[number];

export const OUTCOMES = ['CONFIRMED', 'NOT_CONFIRMED', 'QUORUM_NOT_MET', 'TIE_UNRESOLVED'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const DECISION_RULES = ['SIMPLE_MAJORITY', 'TWO_THIRDS', 'CONSENSUS'] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];

/** Why a round closed (VotingRound.closeReason is a plain string in the schema). */
export const CLOSE_REASONS = ['CHAIR', 'ALL_VOTED', 'DEADLINE'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const PRESCRIPTION_STATUSES = ['ISSUED', 'DELIVERED', 'COMPLIED', 'PARTIALLY_COMPLIED', 'NOT_COMPLIED', 'ESCALATED'] as const;
export type PrescriptionStatus = (typeof PRESCRIPTION_STATUSES)[number];

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
export type DateTimeISO = string;
/** Calendar date, "YYYY-MM-DD". */
export type LocalDate = string;

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
