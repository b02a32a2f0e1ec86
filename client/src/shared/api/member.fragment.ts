import { gql } from '@apollo/client';
import type { AgencyKind, Role } from './enums';

export interface AgencySummary {
  __typename?: 'Agency';
  id: string;
  name: string;
  kind: AgencyKind;
}

export interface MemberSummary {
  __typename?: 'Member';
  id: string;
  name: string;
  email: string;
  role: Role;
  agency: AgencySummary;
}

export const MEMBER_SUMMARY = gql`
  fragment MemberSummary on Member {
    id
    name
    email
    role
    agency {
      id
      name
      kind
    }
  }
`;
