import { graphql } from '../../gql';
import type { CaseEventFieldsFragment, CaseFileQuery, CaseStateFieldsFragment } from '../../gql/graphql';

/** Something that happened to the case; `kind` names it (CaseEventKind), `details` is its payload typed by kind. */
export type CaseEvent = CaseEventFieldsFragment;
/** The typed payload of an event, as far as the client reads it (null for none, or where withheld). */
export type CaseEventDetails = CaseEvent['details'];
/** Who did something: a member's id and name. */
export type PersonRef = NonNullable<CaseEvent['actor']>;

/**
 * What every case mutation returns: the state that moves, never the identity (no extra PII reads).
 * `viewerCan` moves with it: what the viewer may do on the file depends on the status.
 */
export type CaseState = CaseStateFieldsFragment;
/** The criteria not shown as met (`failing`): accepting for review then needs a reason. */
export type Checklist = CaseState['checklist'];
export type Extension = NonNullable<CaseState['extension']>;
/** What the viewer may do on the case file now, as the server's policies answer it. */
export type CaseFileAbilities = CaseState['viewerCan'];

export type CaseFile = CaseFileQuery['case'];
/** URL: `url` is set; SMS, CALL, PRIVATE_MESSAGE, OTHER: no URL, `evidenceDescription` says what proves it. */
export type Episode = CaseFile['episodes'][number];
export type Evidence = Episode['evidence'][number];
/** A URL of the case and its choice for the prescription: content in by default, an account root out. */
export type PrescriptionUrl = CaseFile['prescriptionUrls'][number];

// The fragments below are spread by name in this feature's documents (and the room's); codegen finds them here.

export const CASE_EVENT_FIELDS = graphql(`
  fragment CaseEventFields on CaseEvent {
    seq
    kind
    at
    actor {
      id
      name
    }
    details {
      __typename
      ... on CaseRegisteredDetails {
        overrideReason: checklistOverrideReason
      }
      ... on CaseStatusChangedDetails {
        statusFrom: from
        statusTo: to
        statusReason: reason
        overrideReason: checklistOverrideReason
        decidedOutcome: outcome
      }
      ... on DeadlineExtendedDetails {
        extensionReason: reason
        newDueAt: to
      }
      ... on EvidenceUploadedDetails {
        fileName
      }
      ... on PiiViewedDetails {
        subject
      }
      ... on VotingOpenedDetails {
        roundNumber: number
      }
      ... on VoteCastDetails {
        roundId
        choice
        voted
        eligible
        tally {
          eligible
          voted
          quorumNeeded
          quorumMet
          confirmed
          notConfirmed
          abstain
          outcome
          decidedByChair
        }
      }
      ... on VotingClosedDetails {
        closeReason: reason
        outcome
      }
      ... on DecisionRecordedDetails {
        outcome
        protocolNumber
      }
      ... on PrescriptionIssuedDetails {
        prescriptionNumber: number
      }
      ... on PrescriptionDeliveredDetails {
        prescriptionNumber: number
      }
      ... on PrescriptionStatusChangedDetails {
        prescriptionNumber: number
      }
      ... on CommentAddedDetails {
        commentId
      }
      ... on CommentEditedDetails {
        commentId
      }
      ... on CommentDeletedDetails {
        commentId
      }
    }
  }
`);

export const CASE_STATE = graphql(`
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
    viewerCan {
      nameRapporteur
      extendDeadline
      recordExtensionNotice
      recordAnswerSent
      seeIdentity
      uploadEvidence
      choosePrescriptionUrls
      readAudit
      comment
    }
    events {
      ...CaseEventFields
    }
  }
`);

export const CASE_FILE = graphql(`
  query CaseFile($id: ID!) {
    case(id: $id) {
      ...CaseStateFields
      rapporteur {
        id
        name
      }
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
`);

export const START_SCREENING = graphql(`
  mutation StartScreening($caseId: ID!) {
    startScreening(caseId: $caseId) {
      ...CaseStateFields
    }
  }
`);

/** `reason`: required when the case's checklist fails. */
export const ACCEPT_FOR_REVIEW = graphql(`
  mutation AcceptForReview($caseId: ID!, $reason: String) {
    acceptForReview(caseId: $caseId, reason: $reason) {
      ...CaseStateFields
    }
  }
`);

export const RETURN_TO_APPLICANT = graphql(`
  mutation ReturnToApplicant($caseId: ID!, $reason: String!) {
    returnToApplicant(caseId: $caseId, reason: $reason) {
      ...CaseStateFields
    }
  }
`);

export const MARK_OUT_OF_SCOPE = graphql(`
  mutation MarkOutOfScope($caseId: ID!, $reason: String!) {
    markOutOfScope(caseId: $caseId, reason: $reason) {
      ...CaseStateFields
    }
  }
`);

export const EXTEND_DEADLINE = graphql(`
  mutation ExtendDeadline($caseId: ID!, $reason: String!, $dueAt: DateTimeISO!) {
    extendDeadline(caseId: $caseId, reason: $reason, dueAt: $dueAt) {
      ...CaseStateFields
    }
  }
`);

export const RECORD_EXTENSION_NOTICE = graphql(`
  mutation RecordExtensionNotice($caseId: ID!, $sentAt: DateTimeISO!, $channel: NoticeChannel!) {
    recordExtensionNotice(caseId: $caseId, sentAt: $sentAt, channel: $channel) {
      ...CaseStateFields
    }
  }
`);

export const RECORD_ANSWER_SENT = graphql(`
  mutation RecordAnswerSent($caseId: ID!, $sentAt: DateTimeISO!, $channel: NoticeChannel!) {
    recordAnswerSent(caseId: $caseId, sentAt: $sentAt, channel: $channel) {
      ...CaseStateFields
    }
  }
`);

/** The members who may be named rapporteur: the voting roles, active (the server checks recusal). */
export const RAPPORTEUR_CANDIDATES = graphql(`
  query RapporteurCandidates {
    members {
      id
      name
      role
      active
    }
  }
`);

export const SET_RAPPORTEUR = graphql(`
  mutation SetRapporteur($caseId: ID!, $memberId: ID) {
    setRapporteur(caseId: $caseId, memberId: $memberId) {
      id
      rapporteur {
        id
        name
      }
      viewerCan {
        nameRapporteur
      }
    }
  }
`);
