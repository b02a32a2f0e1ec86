import { graphql } from '../../gql';
import type {
  CaseVotingQuery,
  FindingFieldsFragment,
  RoundFieldsFragment,
  TallyFieldsFragment,
} from '../../gql/graphql';
export type { CastVoteMutationVariables as CastVoteVariables, FindingInput } from '../../gql/graphql';

export type Finding = FindingFieldsFragment;
/** While votes are secret (settings), the counts and the provisional outcome are null until the close. */
export type Tally = TallyFieldsFragment;
/** A round; `closeReason` is CHAIR, ALL_VOTED or DEADLINE; `myVoteHistory` is newest first, the changed ones included. */
export type VotingRound = RoundFieldsFragment;
export type Vote = VotingRound['votes'][number];
/** The viewer's own vote, as `myVoteHistory` and `castVote` give it. */
export type OwnVote = VotingRound['myVoteHistory'][number];
export type CaseVoting = CaseVotingQuery['case'];
export type Recusal = CaseVoting['recusals'][number];
/** What the viewer may do in the voting panel now (status and recusal included). */
export type VotingAbilities = CaseVoting['viewerCan'];

// The fragments below are spread by name in this feature's documents; codegen finds them here.

export const PERSON = graphql(`
  fragment VotingPerson on Member {
    id
    name
  }
`);

export const FINDING = graphql(`
  fragment FindingFields on Finding {
    criterion
    value
    note
  }
`);

export const TALLY_FIELDS = graphql(`
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
`);

/** A round's tally alone, to move it from a `vote.cast` payload without a request. */
export const ROUND_TALLY = graphql(`
  fragment RoundTally on VotingRound {
    tally {
      ...TallyFields
    }
  }
`);

export const ROUND = graphql(`
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
          nameKk
          nameRu
          nameEn
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
`);

/**
 * The vote, the decision and the prescriptions of a case, apart from the case file: it is fetched
 * again on every voting event and carries no personal data, so refetching it logs no views.
 * `viewerCan` carries the panel's abilities and also the file's (extendDeadline…): the viewer's own
 * close of a round or recusal refetches only this query, and the file's buttons must follow.
 */
export const CASE_VOTING = graphql(`
  query CaseVoting($id: ID!) {
    case(id: $id) {
      id
      status
      allowedTransitions
      viewerRecused
      viewerCan {
        openVoting
        closeVoting
        vote
        declareConflict
        signDecision
        writeReasoning
        followUpPrescriptions
        escalatePrescriptions
        seeIdentity
        extendDeadline
        recordExtensionNotice
        recordAnswerSent
        choosePrescriptionUrls
        uploadEvidence
        readAudit
        comment
      }
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
`);

export const OPEN_VOTING = graphql(`
  mutation OpenVoting($caseId: ID!) {
    openVoting(caseId: $caseId) {
      ...RoundFields
    }
  }
`);

/** `idempotencyKey` is made once per vote the member submits; the same on a retry (see RequestKeys). */
export const CAST_VOTE = graphql(`
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
`);

export const CLOSE_VOTING = graphql(`
  mutation CloseVoting($roundId: ID!) {
    closeVoting(roundId: $roundId) {
      ...RoundFields
    }
  }
`);

export const DECLARE_CONFLICT = graphql(`
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
`);
