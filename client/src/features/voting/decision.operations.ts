import { graphql } from '../../gql';
import type { DecisionFieldsFragment } from '../../gql/graphql';

/**
 * A decision: `reasoning` is the members' vote reasoning as recorded (protocol only);
 * `reasoningKk`/`reasoningRu` the decision's own, written by the presiding chair or the secretary
 * (required to sign).
 */
export type Decision = DecisionFieldsFragment;
/** A member who voted, as recorded in the decision (the agency by name only). */
export type Voter = Decision['voters'][number];
export type Dissent = Decision['dissents'][number];

export const DECISION_FIELDS = graphql(`
  fragment DecisionFields on Decision {
    id
    outcome
    protocolNumber
    decidedAt
    voters {
      memberId
      name
      agency
      choice
    }
    reasoning
    reasoningKk
    reasoningRu
    answerLanguage
    signed
    chairSignedAt
    chairSignedBy {
      id
      name
    }
    secretarySignedAt
    secretarySignedBy {
      id
      name
    }
    dissents {
      id
      member {
        id
        name
      }
      text
      writtenAt
    }
  }
`);

/** The answer to the applicant names them: fetched on its own, on demand, and each read is logged. */
export const DECISION_ANSWER = graphql(`
  query DecisionAnswer($caseId: ID!) {
    case(id: $caseId) {
      id
      decision {
        id
        answerText
      }
    }
  }
`);

export const ADD_DISSENT = graphql(`
  mutation AddDissent($decisionId: ID!, $text: String!) {
    addDissent(decisionId: $decisionId, text: $text) {
      id
      member {
        id
        name
      }
      text
      writtenAt
    }
  }
`);

export const SIGN_DECISION = graphql(`
  mutation SignDecision($decisionId: ID!) {
    signDecision(decisionId: $decisionId) {
      ...DecisionFields
    }
  }
`);

export const SET_DECISION_REASONING = graphql(`
  mutation SetDecisionReasoning($decisionId: ID!, $kk: String!, $ru: String!) {
    setDecisionReasoning(decisionId: $decisionId, kk: $kk, ru: $ru) {
      ...DecisionFields
    }
  }
`);
