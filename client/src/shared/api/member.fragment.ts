import { graphql } from '../../gql';
import type { MemberSummaryFragment } from '../../gql/graphql';

/** A member as most screens show them (the signed-in member among them). */
export type MemberSummary = MemberSummaryFragment;
export type AgencySummary = MemberSummary['agency'];

export const MEMBER_SUMMARY = graphql(`
  fragment MemberSummary on Member {
    id
    name
    email
    role
    agency {
      id
      name
      nameKk
      nameRu
      nameEn
      kind
    }
  }
`);
