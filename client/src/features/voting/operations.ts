import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  AgencyKind,
  CaseStatus,
  Criterion,
  DateTimeISO,
  FindingValue,
  Outcome,
  VoteChoice,
} from '../../shared/api/enums';
import { PANEL_SETTINGS_FIELDS, type PanelSettings } from '../../shared/api/panel-settings';
import type { PersonRef } from '../case-file/operations';
import { PRESCRIPTION_FIELDS, type Prescription } from '../prescriptions/operations';
import { DECISION_FIELDS, type Decision } from './decision.operations';

export interface VoterRef extends PersonRef {
  agency: { __typename?: 'Agency'; id: string; name: string; kind: AgencyKind };
}

export interface Finding {
  __typename?: 'Finding';
  criterion: Criterion;
  value: FindingValue;
  note: string | null;
}

/** While votes are secret (settings), the counts and the provisional outcome are null until the close. */
export interface Tally {
  __typename?: 'TallyView';
  eligible: number;
  voted: number;
  quorumNeeded: number;
  quorumMet: boolean;
  confirmed: number | null;
  notConfirmed: number | null;
  abstain: number | null;
  outcome: Outcome | null;
  decidedByChair: boolean;
}

export interface Vote {
  __typename?: 'Vote';
  id: string;
  member: VoterRef;
  choice: VoteChoice;
  findings: Finding[];
  reasoning: string | null;
  castAt: DateTimeISO;
  supersededAt: DateTimeISO | null;
}

export interface OwnVote {
  __typename?: 'Vote';
  id: string;
  choice: VoteChoice;
  findings: Finding[];
  reasoning: string | null;
  castAt: DateTimeISO;
  supersededAt: DateTimeISO | null;
}

export interface VotingRound {
  __typename?: 'VotingRound';
  id: string;
  number: number;
  open: boolean;
  openedAt: DateTimeISO;
  openedBy: PersonRef;
  deadlineAt: DateTimeISO;
  closedAt: DateTimeISO | null;
  /** CHAIR, ALL_VOTED or DEADLINE. */
  closeReason: string | null;
  outcome: Outcome | null;
  canVote: boolean;
  tally: Tally;
  votes: Vote[];
  /** Newest first, the changed ones included. */
  myVoteHistory: OwnVote[];
}

export interface Recusal {
  __typename?: 'Recusal';
  id: string;
  member: PersonRef;
  reason: string;
  declaredAt: DateTimeISO;
}

export interface CaseVoting {
  __typename?: 'Case';
  id: string;
  status: CaseStatus;
  allowedTransitions: CaseStatus[];
  viewerRecused: boolean;
  recusals: Recusal[];
  votingRounds: VotingRound[];
  decision: Decision | null;
  prescriptions: Prescription[];
}

const PERSON = gql`
  fragment VotingPerson on Member {
    id
    name
  }
`;

const FINDING = gql`
  fragment FindingFields on Finding {
    criterion
    value
    note
  }
`;

export const TALLY_FIELDS = gql`
  fragment TallyFields on TallyView {
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
`;

/** A round's tally alone, to move it from a `vote.cast` payload without a request. */
export const ROUND_TALLY: TypedDocumentNode<{ __typename?: 'VotingRound'; tally: Tally }> = gql`
  fragment RoundTally on VotingRound {
    tally {
      ...TallyFields
    }
  }
  ${TALLY_FIELDS}
`;

const ROUND = gql`
  fragment RoundFields on VotingRound {
    id
    number
    open
    openedAt
    openedBy {
      ...VotingPerson
    }
    deadlineAt
    closedAt
    closeReason
    outcome
    canVote
    tally {
      ...TallyFields
    }
    votes {
      id
      member {
        ...VotingPerson
        agency {
          id
          name
          kind
        }
      }
      choice
      findings {
        ...FindingFields
      }
      reasoning
      castAt
      supersededAt
    }
    myVoteHistory {
      id
      choice
      findings {
        ...FindingFields
      }
      reasoning
      castAt
      supersededAt
    }
  }
  ${PERSON}
  ${FINDING}
  ${TALLY_FIELDS}
`;

/**
 * The vote, the decision and the prescriptions of a case, apart from the case file: it is fetched
 * again on every voting event and carries no personal data, so refetching it logs no views.
 */
export const CASE_VOTING: TypedDocumentNode<{ case: CaseVoting; panelSettings: PanelSettings }, { id: string }> = gql`
  query CaseVoting($id: ID!) {
    case(id: $id) {
      id
      status
      allowedTransitions
      viewerRecused
      recusals {
        id
        member {
          ...VotingPerson
        }
        reason
        declaredAt
      }
      votingRounds {
        ...RoundFields
      }
      decision {
        ...DecisionFields
      }
      prescriptions {
        ...PrescriptionFields
      }
    }
    panelSettings {
      ...PanelSettingsFields
    }
  }
  ${PERSON}
  ${ROUND}
  ${DECISION_FIELDS}
  ${PRESCRIPTION_FIELDS}
  ${PANEL_SETTINGS_FIELDS}
`;

export const OPEN_VOTING: TypedDocumentNode<{ openVoting: VotingRound }, { caseId: string }> = gql`
  mutation OpenVoting($caseId: ID!) {
    openVoting(caseId: $caseId) {
      ...RoundFields
    }
  }
  ${ROUND}
`;

export interface FindingInput {
  criterion: Criterion;
  value: FindingValue;
  note: string | null;
}

export interface CastVoteVariables {
  roundId: string;
  choice: VoteChoice;
  findings: FindingInput[];
  reasoning: string | null;
  /** Made once per vote the member submits; the same on a retry (see RequestKeys). */
  idempotencyKey?: string | null;
}

export const CAST_VOTE: TypedDocumentNode<{ castVote: OwnVote }, CastVoteVariables> = gql`
  mutation CastVote($roundId: ID!, $choice: VoteChoice!, $findings: [FindingInput!]!, $reasoning: String, $idempotencyKey: String) {
    castVote(roundId: $roundId, choice: $choice, findings: $findings, reasoning: $reasoning, idempotencyKey: $idempotencyKey) {
      id
      choice
      findings {
        ...FindingFields
      }
      reasoning
      castAt
      supersededAt
    }
  }
  ${FINDING}
`;

export const CLOSE_VOTING: TypedDocumentNode<{ closeVoting: VotingRound }, { roundId: string }> = gql`
  mutation CloseVoting($roundId: ID!) {
    closeVoting(roundId: $roundId) {
      ...RoundFields
    }
  }
  ${ROUND}
`;

export const DECLARE_CONFLICT: TypedDocumentNode<{ declareConflict: Recusal }, { caseId: string; reason: string }> = gql`
  mutation DeclareConflict($caseId: ID!, $reason: String!) {
    declareConflict(caseId: $caseId, reason: $reason) {
      id
      member {
        ...VotingPerson
      }
      reason
      declaredAt
    }
  }
  ${PERSON}
`;

