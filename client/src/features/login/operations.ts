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
