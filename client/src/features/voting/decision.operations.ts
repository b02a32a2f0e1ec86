import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DateTimeISO, Language, Outcome, VoteChoice } from '../../shared/api/enums';
import type { PersonRef } from '../case-file/operations';

/** A member who voted, as recorded in the decision (the agency by name only). */
export interface Voter {
  __typename?: 'Voter';
  memberId: string;
  name: string;
  agency: string;
  choice: VoteChoice;
}

export interface Dissent {
  __typename?: 'Dissent';
  id: string;
  member: PersonRef;
  text: string;
  writtenAt: DateTimeISO;
}

export interface Decision {
  __typename?: 'Decision';
  id: string;
  outcome: Outcome;
  protocolNumber: string;
  decidedAt: DateTimeISO;
  voters: Voter[];
  /** The members' vote reasoning as recorded (protocol only). */
  reasoning: string;
  /** The decision's own reasoning, written by the presiding chair or the secretary; required to sign. */
  reasoningKk: string;
  reasoningRu: string;
  answerLanguage: Language;
  signed: boolean;
  chairSignedAt: DateTimeISO | null;
  chairSignedBy: PersonRef | null;
  secretarySignedAt: DateTimeISO | null;
  secretarySignedBy: PersonRef | null;
  dissents: Dissent[];
}

export const DECISION_FIELDS = gql`
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
`;

/** The answer to the applicant names them: fetched on its own, on demand, and each read is logged. */
export const DECISION_ANSWER: TypedDocumentNode<{ case: { id: string; decision: { id: string; answerText: string | null } | null } }, { caseId: string }> = gql`
  query DecisionAnswer($caseId: ID!) {
    case(id: $caseId) {
      id
      decision {
        id
        answerText
      }
    }
  }
`;

export const ADD_DISSENT: TypedDocumentNode<{ addDissent: Dissent }, { decisionId: string; text: string }> = gql`
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
`;

export const SIGN_DECISION: TypedDocumentNode<{ signDecision: Decision }, { decisionId: string }> = gql`
  mutation SignDecision($decisionId: ID!) {
    signDecision(decisionId: $decisionId) {
      ...DecisionFields
    }
  }
  ${DECISION_FIELDS}
`;

export const SET_DECISION_REASONING: TypedDocumentNode<{ setDecisionReasoning: Decision }, { decisionId: string; kk: string; ru: string }> = gql`
  mutation SetDecisionReasoning($decisionId: ID!, $kk: String!, $ru: String!) {
    setDecisionReasoning(decisionId: $decisionId, kk: $kk, ru: $ru) {
      ...DecisionFields
    }
  }
  ${DECISION_FIELDS}
`;
