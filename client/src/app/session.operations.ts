import { graphql } from '../gql';

export const ME = graphql(`
  query Me {
    me {
      ...MemberSummary
    }
  }
`);
