// Enum values of the GraphQL contract (schema/schema.graphql), as TypeScript unions with
// their value lists so that selects and filters can be rendered from them.

export const ROLES = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER', 'ADVISOR', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const AGENCY_KINDS = ['STATE_BODY', 'NGO'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const LANGUAGES = ['KK', 'RU'] as const;
export type Language = (typeof LANGUAGES)[number];

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
