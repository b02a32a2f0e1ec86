import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AgencyKind, CalendarDayKind, DateTimeISO, LocalDate, Role } from '../../shared/api/enums';
import type { AgencySummary } from '../../shared/api/member.fragment';
import { PANEL_SETTINGS_FIELDS, type PanelSettings } from '../../shared/api/panel-settings';

/** Where an account stands (schema/schema.graphql, enum AccountStatus). */
export const ACCOUNT_STATUSES = ['PENDING_APPROVAL', 'INVITED', 'ACTIVE', 'REJECTED', 'DEACTIVATED'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export interface MemberRow {
  __typename?: 'Member';
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  status: AccountStatus;
  agency: AgencySummary;
}

const MEMBER_ROW = gql`
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
      kind
    }
  }
`;

export const MEMBERS: TypedDocumentNode<{ members: MemberRow[] }, { includeInactive: boolean }> = gql`
  query Members($includeInactive: Boolean!) {
    members(includeInactive: $includeInactive) {
      ...MemberRow
    }
  }
  ${MEMBER_ROW}
`;

export const AGENCIES: TypedDocumentNode<{ agencies: AgencySummary[] }, Record<string, never>> = gql`
  query Agencies {
    agencies {
      id
      name
      kind
    }
  }
`;

/** No password: the person sets their own through an invitation link. */
export interface CreateMemberInput {
  name: string;
  email: string;
  role: Role;
  agencyId: string;
}

export const CREATE_MEMBER: TypedDocumentNode<{ createMember: MemberRow }, { input: CreateMemberInput }> = gql`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      ...MemberRow
    }
  }
  ${MEMBER_ROW}
`;

export const DEACTIVATE_MEMBER: TypedDocumentNode<{ deactivateMember: MemberRow }, { id: string }> = gql`
  mutation DeactivateMember($id: ID!) {
    deactivateMember(id: $id) {
      ...MemberRow
    }
  }
  ${MEMBER_ROW}
`;

export const APPROVE_MEMBER: TypedDocumentNode<{ approveMember: MemberRow }, { id: string }> = gql`
  mutation ApproveMember($id: ID!) {
    approveMember(id: $id) {
      ...MemberRow
    }
  }
  ${MEMBER_ROW}
`;

export const REJECT_MEMBER: TypedDocumentNode<{ rejectMember: MemberRow }, { id: string; reason: string }> = gql`
  mutation RejectMember($id: ID!, $reason: String!) {
    rejectMember(id: $id, reason: $reason) {
      ...MemberRow
    }
  }
  ${MEMBER_ROW}
`;

/** A one-time link, shown once: only `path` and `expiresAt` are asked for (the token is inside the path). */
export interface IssuedInvitation {
  __typename?: 'Invitation';
  path: string;
  expiresAt: DateTimeISO;
  member: MemberRow;
}

export const ISSUE_INVITATION: TypedDocumentNode<{ issueInvitation: IssuedInvitation }, { memberId: string }> = gql`
  mutation IssueInvitation($memberId: ID!) {
    issueInvitation(memberId: $memberId) {
      path
      expiresAt
      member {
        ...MemberRow
      }
    }
  }
  ${MEMBER_ROW}
`;

export interface AccountAuditEntry {
  __typename?: 'AccountAuditEntry';
  seq: string;
  at: DateTimeISO;
  kind: string;
  fromStatus: AccountStatus | null;
  toStatus: AccountStatus | null;
  role: Role | null;
  previousRole: Role | null;
  reason: string | null;
  agency: { __typename?: 'Agency'; id: string; name: string } | null;
  actor: { __typename?: 'Member'; id: string; name: string; role: Role } | null;
  member: { __typename?: 'Member'; id: string; name: string; email: string } | null;
}

export interface AccountAuditData {
  accountAudit: {
    __typename?: 'AccountAuditConnection';
    edges: { __typename?: 'AccountAuditEdge'; cursor: string; node: AccountAuditEntry }[];
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
}

/** Every account change, newest first (the chair and the deputy). */
export const ACCOUNT_AUDIT: TypedDocumentNode<AccountAuditData, { first: number; after: string | null }> = gql`
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
`;

export const CREATE_AGENCY: TypedDocumentNode<
  { createAgency: AgencySummary },
  { input: { name: string; kind: AgencyKind } }
> = gql`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      id
      name
      kind
    }
  }
`;

export interface CalendarDay {
  __typename?: 'CalendarDay';
  date: LocalDate;
  kind: CalendarDayKind;
  name: string;
}

export const CALENDAR: TypedDocumentNode<{ calendar: CalendarDay[] }, { year: number }> = gql`
  query Calendar($year: Int!) {
    calendar(year: $year) {
      date
      kind
      name
    }
  }
`;

export const SET_CALENDAR_DAY: TypedDocumentNode<
  { setCalendarDay: CalendarDay },
  { date: LocalDate; kind: CalendarDayKind; name: string }
> = gql`
  mutation SetCalendarDay($date: LocalDate!, $kind: CalendarDayKind!, $name: String!) {
    setCalendarDay(date: $date, kind: $kind, name: $name) {
      date
      kind
      name
    }
  }
`;

export const REMOVE_CALENDAR_DAY: TypedDocumentNode<{ removeCalendarDay: boolean }, { date: LocalDate }> = gql`
  mutation RemoveCalendarDay($date: LocalDate!) {
    removeCalendarDay(date: $date)
  }
`;

/** The prescription's signatory and executor (issue 16): empty strings until the admin sets them. */
export const OFFICIAL_FIELDS = [
  'signatoryNameKk', 'signatoryNameRu', 'signatoryPositionKk', 'signatoryPositionRu',
  'executorNameKk', 'executorNameRu', 'executorPositionKk', 'executorPositionRu', 'executorPhone', 'executorEmail',
] as const;
export type OfficialField = (typeof OFFICIAL_FIELDS)[number];

/** The settings as the admin edits them: the shared fields, the retention period and the officials (only the admin's screen reads them). */
export type AdminPanelSettings = PanelSettings & { retentionYears: number } & Record<OfficialField, string>;

const OFFICIALS_FIELDS = gql`
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
`;

export const PANEL_SETTINGS: TypedDocumentNode<{ panelSettings: AdminPanelSettings }, Record<string, never>> = gql`
  query PanelSettings {
    panelSettings {
      ...PanelSettingsFields
      retentionYears
      ...PrescriptionOfficialsFields
    }
  }
  ${PANEL_SETTINGS_FIELDS}
  ${OFFICIALS_FIELDS}
`;

export type PanelSettingsInput = Omit<AdminPanelSettings, '__typename'>;

export const UPDATE_PANEL_SETTINGS: TypedDocumentNode<{ updatePanelSettings: AdminPanelSettings }, { input: PanelSettingsInput }> = gql`
  mutation UpdatePanelSettings($input: PanelSettingsInput!) {
    updatePanelSettings(input: $input) {
      ...PanelSettingsFields
      retentionYears
      ...PrescriptionOfficialsFields
    }
  }
  ${PANEL_SETTINGS_FIELDS}
  ${OFFICIALS_FIELDS}
`;

/** Scheduled work that used up its attempts. */
export interface FailedJob {
  __typename?: 'FailedJob';
  id: string;
  kind: string;
  attempts: number;
  lastError: string | null;
  failedAt: string | null;
  createdAt: string;
}

export const FAILED_JOBS: TypedDocumentNode<{ failedJobs: FailedJob[] }, Record<string, never>> = gql`
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
`;

export const RETRY_JOB: TypedDocumentNode<{ retryJob: FailedJob }, { id: string }> = gql`
  mutation RetryJob($id: ID!) {
    retryJob(id: $id) {
      id
      attempts
      failedAt
    }
  }
`;

/** A platform as the registry holds it: the addressee of prescriptions (issue 16). */
export interface RegistryPlatform {
  __typename?: 'Platform';
  id: string;
  code: string;
  name: string;
  hosts: string[];
  representative: string;
  representativeKk: string | null;
  representativeContact: string | null;
  legalNameKk: string | null;
  legalNameRu: string | null;
  bin: string | null;
  registration: string | null;
  addressKk: string | null;
  addressRu: string | null;
}

export type PlatformInput = Omit<RegistryPlatform, '__typename' | 'id' | 'code' | 'hosts'>;

const REGISTRY_PLATFORM_FIELDS = gql`
  fragment RegistryPlatformFields on Platform {
    id
    code
    name
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
`;

export const PLATFORM_REGISTRY: TypedDocumentNode<{ platforms: RegistryPlatform[] }, Record<string, never>> = gql`
  query PlatformRegistry {
    platforms {
      ...RegistryPlatformFields
    }
  }
  ${REGISTRY_PLATFORM_FIELDS}
`;

export const UPDATE_PLATFORM: TypedDocumentNode<{ updatePlatform: RegistryPlatform }, { id: string; input: PlatformInput }> = gql`
  mutation UpdatePlatform($id: ID!, $input: PlatformInput!) {
    updatePlatform(id: $id, input: $input) {
      ...RegistryPlatformFields
    }
  }
  ${REGISTRY_PLATFORM_FIELDS}
`;
