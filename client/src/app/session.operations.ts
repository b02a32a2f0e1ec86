import { gql, type TypedDocumentNode } from '@apollo/client';
import { MEMBER_SUMMARY, type MemberSummary } from '../shared/api/member.fragment';

export interface MeData {
  me: MemberSummary;
}

export const ME: TypedDocumentNode<MeData, Record<string, never>> = gql`
  query Me {
    me {
      ...MemberSummary
    }
  }
  ${MEMBER_SUMMARY}
`;
