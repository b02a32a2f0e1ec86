import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  ApplicantRelation,
  ApplicationKind,
  CaseEnding,
  ChecklistCriterion,
  EpisodeChannel,
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

/** A URL of the case and its choice for the prescription: content in by default, an account root out. */
export interface PrescriptionUrl {
  __typename?: 'PrescriptionUrl';
  url: string;
  platform: PlatformRef | null;
  accountRoot: boolean;
  included: boolean;
  chosen: boolean;
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
  /** URL: `url` is set; SMS, CALL, PRIVATE_MESSAGE, OTHER: no URL, `evidenceDescription` says what proves it. */
  channel: EpisodeChannel;
  url: string | null;
  evidenceDescription: string | null;
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
  /** The criteria not shown as met: accepting for review then needs a reason. */
  failing: ChecklistCriterion[];
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
  /** Why the case was accepted for review although its checklist fails. */
  reviewOverrideReason: string | null;
  extension: Extension | null;
  /** How the case ended (null while it has none), when its answer is due and when it was sent. */
  ending: CaseEnding | null;
  answerDueAt: DateTimeISO | null;
  answerSentAt: DateTimeISO | null;
  answerChannel: NoticeChannel | null;
  checklist: Checklist;
  allowedTransitions: CaseStatus[];
  events: CaseEvent[];
}

export interface CaseFile extends CaseState {
  number: string;
  applicationKind: ApplicationKind;
  /** The E-otinish number, or the incoming registration number of a paper application. */
  applicationNumber: string;
  /** Why the file was registered although its checklist fails. */
  checklistOverrideReason: string | null;
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
  /** Every URL of the case once, with whether the prescription will list it (issue 16). */
  prescriptionUrls: PrescriptionUrl[];
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
    reviewOverrideReason
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
    ending
    answerDueAt
    answerSentAt
    answerChannel
    checklist {
      childUnder18
      twoOrMoreEpisodes
      throughTelecomOrMedia
      met
      failing
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
      applicationKind
      applicationNumber
      checklistOverrideReason
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
        channel
        url
        evidenceDescription
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
      prescriptionUrls {
        url
        platform {
          id
          name
        }
        accountRoot
        included
        chosen
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

/** `reason`: required when the case's checklist fails. */
export const ACCEPT_FOR_REVIEW: TypedDocumentNode<{ acceptForReview: CaseState }, CaseId & { reason?: string | null }> = gql`
  mutation AcceptForReview($caseId: ID!, $reason: String) {
    acceptForReview(caseId: $caseId, reason: $reason) {
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

export const RECORD_ANSWER_SENT: TypedDocumentNode<
  { recordAnswerSent: CaseState },
  { caseId: string; sentAt: DateTimeISO; channel: NoticeChannel }
> = gql`
  mutation RecordAnswerSent($caseId: ID!, $sentAt: DateTimeISO!, $channel: NoticeChannel!) {
    recordAnswerSent(caseId: $caseId, sentAt: $sentAt, channel: $channel) {
      ...CaseStateFields
    }
  }
  ${CASE_STATE}
`;
