import { graphql } from '../../gql';
export type { AcceptInvitationMutationVariables, LoginMutationVariables } from '../../gql/graphql';

export const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      member {
        ...MemberSummary
      }
    }
  }
`);

/** Sets one's own password through an invitation link, and signs in. */
export const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      token
      expiresAt
      member {
        ...MemberSummary
      }
    }
  }
`);
