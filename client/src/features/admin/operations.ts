import { graphql } from '../../gql';
import type {
  AccountAuditQuery,
  AgenciesQuery,
  CalendarQuery,
  FailedJobsQuery,
  IssueInvitationMutation,
  MembersQuery,
  PanelSettingsQuery,
  PlatformRegistryQuery,
  PrescriptionOfficialsFieldsFragment,
} from '../../gql/graphql';
export type { PanelSettingsInput, PlatformInput, UpdateAgencyInput } from '../../gql/graphql';

export type MemberRow = MembersQuery['members'][number];
/** An agency with its names in the three languages of the interface. */
export type AgencyRow = AgenciesQuery['agencies'][number];
/** A one-time link, shown once: only `path` and `expiresAt` are asked for (the token is inside the path). */
export type IssuedInvitation = IssueInvitationMutation['issueInvitation'];
export type AccountAuditEntry = AccountAuditQuery['accountAudit']['edges'][number]['node'];
export type CalendarDay = CalendarQuery['calendar'][number];
/** The settings as the admin edits them: the shared fields, the retention period and the officials (only the admin's screen reads them). */
export type AdminPanelSettings = PanelSettingsQuery['panelSettings'];
/** Scheduled work that used up its attempts. */
export type FailedJob = FailedJobsQuery['failedJobs'][number];
/** A platform as the registry holds it: the addressee of prescriptions (issue 16). */
export type RegistryPlatform = PlatformRegistryQuery['platforms'][number];

/** The prescription's signatory and executor (issue 16): empty strings until the admin sets them. */
export type OfficialField = Exclude<keyof PrescriptionOfficialsFieldsFragment, '__typename'>;
/** The officials' fields in the order the form shows them; every field of the fragment once. */
export const OFFICIAL_FIELDS = Object.keys({
  signatoryNameKk: true, signatoryNameRu: true, signatoryPositionKk: true, signatoryPositionRu: true,
  executorNameKk: true, executorNameRu: true, executorPositionKk: true, executorPositionRu: true, executorPhone: true, executorEmail: true,
} satisfies Record<OfficialField, true>) as OfficialField[];

// The fragments below are spread by name in this feature's documents; codegen finds them here.

export const MEMBER_ROW = graphql(`
  fragment MemberRow on Member {
    id
    name
    email
    role
    active
    status
    agency {
      id
      name
      nameKk
      nameRu
      nameEn
      kind
    }
  }
`);

export const AGENCY_FIELDS = graphql(`
  fragment AgencyFields on Agency {
    id
    name
    nameKk
    nameRu
    nameEn
    kind
  }
`);

export const MEMBERS = graphql(`
  query Members($includeInactive: Boolean!) {
    members(includeInactive: $includeInactive) {
      ...MemberRow
    }
  }
`);

export const AGENCIES = graphql(`
  query Agencies {
    agencies {
      ...AgencyFields
    }
  }
`);

/** No password: the person sets their own through an invitation link. */
export const CREATE_MEMBER = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      ...MemberRow
    }
  }
`);

/** Role and agency (the admin); the answer is the row as it now stands (the cache updates it). */
export const UPDATE_MEMBER = graphql(`
  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {
    updateMember(id: $id, input: $input) {
      ...MemberRow
    }
  }
`);

export const DEACTIVATE_MEMBER = graphql(`
  mutation DeactivateMember($id: ID!) {
    deactivateMember(id: $id) {
      ...MemberRow
    }
  }
`);

export const APPROVE_MEMBER = graphql(`
  mutation ApproveMember($id: ID!) {
    approveMember(id: $id) {
      ...MemberRow
    }
  }
`);

export const REJECT_MEMBER = graphql(`
  mutation RejectMember($id: ID!, $reason: String!) {
    rejectMember(id: $id, reason: $reason) {
      ...MemberRow
    }
  }
`);

export const ISSUE_INVITATION = graphql(`
  mutation IssueInvitation($memberId: ID!) {
    issueInvitation(memberId: $memberId) {
      path
      expiresAt
      member {
        ...MemberRow
      }
    }
  }
`);

/** Every account change, newest first (the chair and the deputy). */
export const ACCOUNT_AUDIT = graphql(`
  query AccountAudit($first: Int, $after: String) {
    accountAudit(first: $first, after: $after) {
      edges {
        cursor
        node {
          seq
          at
          kind
          fromStatus
          toStatus
          role
          previousRole
          reason
          agency {
            id
            name
            nameKk
            nameRu
            nameEn
          }
          actor {
            id
            name
            role
          }
          member {
            id
            name
            email
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CREATE_AGENCY = graphql(`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      ...AgencyFields
    }
  }
`);

export const UPDATE_AGENCY = graphql(`
  mutation UpdateAgency($id: ID!, $input: UpdateAgencyInput!) {
    updateAgency(id: $id, input: $input) {
      ...AgencyFields
    }
  }
`);

export const CALENDAR = graphql(`
  query Calendar($year: Int!) {
    calendar(year: $year) {
      date
      kind
      name
    }
  }
`);

export const SET_CALENDAR_DAY = graphql(`
  mutation SetCalendarDay($date: LocalDate!, $kind: CalendarDayKind!, $name: String!) {
    setCalendarDay(date: $date, kind: $kind, name: $name) {
      date
      kind
      name
    }
  }
`);

export const REMOVE_CALENDAR_DAY = graphql(`
  mutation RemoveCalendarDay($date: LocalDate!) {
    removeCalendarDay(date: $date)
  }
`);

export const OFFICIALS_FIELDS = graphql(`
  fragment PrescriptionOfficialsFields on PanelSettings {
    signatoryNameKk
    signatoryNameRu
    signatoryPositionKk
    signatoryPositionRu
    executorNameKk
    executorNameRu
    executorPositionKk
    executorPositionRu
    executorPhone
    executorEmail
  }
`);

export const PANEL_SETTINGS = graphql(`
  query PanelSettings {
    panelSettings {
      ...PanelSettingsFields
      retentionYears
      ...PrescriptionOfficialsFields
    }
  }
`);

export const UPDATE_PANEL_SETTINGS = graphql(`
  mutation UpdatePanelSettings($input: PanelSettingsInput!) {
    updatePanelSettings(input: $input) {
      ...PanelSettingsFields
      retentionYears
      ...PrescriptionOfficialsFields
    }
  }
`);

export const FAILED_JOBS = graphql(`
  query FailedJobs {
    failedJobs {
      id
      kind
      attempts
      lastError
      failedAt
      createdAt
    }
  }
`);

export const RETRY_JOB = graphql(`
  mutation RetryJob($id: ID!) {
    retryJob(id: $id) {
      id
      attempts
      failedAt
    }
  }
`);

export const REGISTRY_PLATFORM_FIELDS = graphql(`
  fragment RegistryPlatformFields on Platform {
    id
    code
    name
    nameKk
    hosts
    representative
    representativeKk
    representativeContact
    legalNameKk
    legalNameRu
    bin
    registration
    addressKk
    addressRu
  }
`);

export const PLATFORM_REGISTRY = graphql(`
  query PlatformRegistry {
    platforms {
      ...RegistryPlatformFields
    }
  }
`);

export const UPDATE_PLATFORM = graphql(`
  mutation UpdatePlatform($id: ID!, $input: PlatformInput!) {
    updatePlatform(id: $id, input: $input) {
      ...RegistryPlatformFields
    }
  }
`);
