import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DateTimeISO } from '../../shared/api/enums';
import { MEMBER_SUMMARY, type MemberSummary } from '../../shared/api/member.fragment';

export interface LoginData {
  login: { token: string; expiresAt: DateTimeISO; member: MemberSummary };
}
export interface LoginVariables {
  email: string;
  password: string;
}

export const LOGIN: TypedDocumentNode<LoginData, LoginVariables> = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      member {
        ...MemberSummary
      }
    }
  }
  ${MEMBER_SUMMARY}
`;

export interface AcceptInvitationData {
  acceptInvitation: { token: string; expiresAt: DateTimeISO; member: MemberSummary };
}
export interface AcceptInvitationVariables {
  token: string;
  password: string;
}

/** Sets one's own password through an invitation link, and signs in. */
export const ACCEPT_INVITATION: TypedDocumentNode<AcceptInvitationData, AcceptInvitationVariables> = gql`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      token
      expiresAt
      member {
        ...MemberSummary
      }
    }
  }
  ${MEMBER_SUMMARY}
`;
