import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CaseStatus, DateTimeISO } from '../../shared/api/enums';

export interface CaseFilter {
  status?: CaseStatus[];
  overdue?: boolean;
  search?: string;
}

export interface CaseRow {
  __typename?: 'Case';
  id: string;
  number: string;
  status: CaseStatus;
  receivedAt: DateTimeISO;
  dueAt: DateTimeISO;
  overdue: boolean;
  episodes: { __typename?: 'Episode'; id: string; platform: { __typename?: 'Platform'; id: string; name: string } | null }[];
}

export interface CasesData {
  cases: {
    totalCount: number;
    edges: { __typename?: 'CaseEdge'; cursor: string; node: CaseRow }[];
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
}

export interface CasesVariables {
  first: number;
  after?: string | null;
  filter?: CaseFilter;
}

export const CASES: TypedDocumentNode<CasesData, CasesVariables> = gql`
  query Cases($first: Int!, $after: String, $filter: CaseFilter) {
    cases(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          number
          status
          receivedAt
          dueAt
          overdue
          episodes {
            id
            platform {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** Only that something changed matters to the queue: it fetches what it shows again. */
export const PANEL_EVENTS: TypedDocumentNode<{ panelEvents: { __typename?: 'CaseEvent'; seq: string; kind: string } }, Record<string, never>> = gql`
  subscription PanelEvents {
    panelEvents {
      seq
      kind
    }
  }
`;
