import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  ApplicantRelation,
  CaseStatus,
  ContentKind,
  DateTimeISO,
  Language,
  NoticeChannel,
  LocalDate,
  Region,
} from '../../shared/api/enums';

export interface PersonRef {
  __typename?: 'Member';
  id: string;
  name: string;
}

export interface CaseEvent {
  __typename?: 'CaseEvent';
  seq: string;
  kind: string;
  at: DateTimeISO;
  actor: PersonRef | null;
  payload: unknown;
}

export interface Evidence {
  __typename?: 'Evidence';
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  uploadedAt: DateTimeISO;
  uploadedBy: PersonRef;
}

export interface PlatformRef {
  __typename?: 'Platform';
  id: string;
  name: string;
}

export interface Episode {
  __typename?: 'Episode';
  id: string;
  occurredAt: DateTimeISO;
  url: string;
  platform: PlatformRef | null;
  contentKind: ContentKind;
  excerpt: string | null;
  evidence: Evidence[];
}

export interface Checklist {
  childUnder18: boolean | null;
  twoOrMoreEpisodes: boolean;
  throughTelecomOrMedia: boolean | null;
  met: boolean;
}

export interface Extension {
  reason: string;
  extendedAt: DateTimeISO;
  dueAt: DateTimeISO;
  applicantNoticeDueAt: DateTimeISO;
  noticeSentAt: DateTimeISO | null;
  noticeChannel: NoticeChannel | null;
  by: PersonRef;
}

/** What every case mutation returns: the state that moves, never the identity (no extra PII reads). */
export interface CaseState {
  __typename?: 'Case';
  id: string;
  status: CaseStatus;
  dueAt: DateTimeISO;
  overdue: boolean;
  screeningReason: string | null;
  extension: Extension | null;
  checklist: Checklist;
  allowedTransitions: CaseStatus[];
  events: CaseEvent[];
}

export interface CaseFile extends CaseState {
  number: string;
  eotinishNumber: string;
  language: Language;
  receivedAt: DateTimeISO;
  description: string;
  /** Set once the identity and the evidence files were erased under the retention rule. */
  identityErasedAt: DateTimeISO | null;
  applicant: { name: string; relation: ApplicantRelation; contact: string } | null;
  child: { name: string; birthDate: LocalDate; region: Region; school: string | null } | null;
  childProfile: { ageAtFirstEpisode: number | null; region: Region };
  episodes: Episode[];
  resources: { __typename?: 'Resource'; id: string; url: string; platform: PlatformRef | null; description: string | null }[];
}

export const CASE_EVENT_FIELDS = gql`
  fragment CaseEventFields on CaseEvent {
    seq
    kind
    at
    actor {
      id
      name
    }
    payload
  }
`;

const CASE_STATE = gql`
  fragment CaseStateFields on Case {
    id
    status
    dueAt
    overdue
    screeningReason
    extension {
      reason
      extendedAt
      dueAt
      applicantNoticeDueAt
      noticeSentAt
      noticeChannel
      by {
        id
        name
      }
    }
    checklist {
      childUnder18
      twoOrMoreEpisodes
      throughTelecomOrMedia
      met
    }
    allowedTransitions
    events {
      ...CaseEventFields
    }
  }
  ${CASE_EVENT_FIELDS}
`;

export const CASE_FILE: TypedDocumentNode<{ case: CaseFile }, { id: string }> = gql`
  query CaseFile($id: ID!) {
    case(id: $id) {
      ...CaseStateFields
      number
      eotinishNumber
      language
      receivedAt
      description
      identityErasedAt
      applicant {
        name
        relation
        contact
      }
      child {
        name
        birthDate
        region
        school
      }
      childProfile {
        ageAtFirstEpisode
        region
      }
      episodes {
        id
        occurredAt
        url
        platform {
          id
          name
        }
        contentKind
        excerpt
        evidence {
          id
          fileName
          mimeType
          size
          sha256
          uploadedAt
          uploadedBy {
            id
            name
          }
        }
      }
      resources {
        id
        url
        platform {
          id
          name
        }
        description
      }
    }
  }
  ${CASE_STATE}
`;

type CaseId = { caseId: string };
type WithReason = CaseId & { reason: string };

export const START_SCREENING: TypedDocumentNode<{ startScreening: CaseState }, CaseId> = gql`
  mutation StartScreening($caseId: ID!) {
    startScreening(caseId: $caseId) {
      ...CaseStateFields
    }
  }
  ${CASE_STATE}
`;

export const ACCEPT_FOR_REVIEW: TypedDocumentNode<{ acceptForReview: CaseState }, CaseId> = gql`
  mutation AcceptForReview($caseId: ID!) {
    acceptForReview(caseId: $caseId) {
      ...CaseStateFields
    }
  }
  ${CASE_STATE}
`;

export const RETURN_TO_APPLICANT: TypedDocumentNode<{ returnToApplicant: CaseState }, WithReason> = gql`
  mutation ReturnToApplicant($caseId: ID!, $reason: String!) {
    returnToApplicant(caseId: $caseId, reason: $reason) {
      ...CaseStateFields
    }
  }
  ${CASE_STATE}
`;

export const MARK_OUT_OF_SCOPE: TypedDocumentNode<{ markOutOfScope: CaseState }, WithReason> = gql`
  mutation MarkOutOfScope($caseId: ID!, $reason: String!) {
    markOutOfScope(caseId: $caseId, reason: $reason) {
      ...CaseStateFields
    }
  }
  ${CASE_STATE}
`;

export const EXTEND_DEADLINE: TypedDocumentNode<
  { extendDeadline: CaseState },
  WithReason & { dueAt: DateTimeISO }
> = gql`
  mutation ExtendDeadline($caseId: ID!, $reason: String!, $dueAt: DateTimeISO!) {
    extendDeadline(caseId: $caseId, reason: $reason, dueAt: $dueAt) {
      ...CaseStateFields
    }
  }
  ${CASE_STATE}
`;

export const RECORD_EXTENSION_NOTICE: TypedDocumentNode<
  { recordExtensionNotice: CaseState },
  { caseId: string; sentAt: DateTimeISO; channel: NoticeChannel }
> = gql`
  mutation RecordExtensionNotice($caseId: ID!, $sentAt: DateTimeISO!, $channel: NoticeChannel!) {
    recordExtensionNotice(caseId: $caseId, sentAt: $sentAt, channel: $channel) {
      ...CaseStateFields
    }
  }
  ${CASE_STATE}
`;
