import { graphql } from '../../gql';
import type { CasesQuery } from '../../gql/graphql';
export type { CaseFilter } from '../../gql/graphql';

/** One case of the queue, as the table shows it. */
export type CaseRow = CasesQuery['cases']['edges'][number]['node'];

export const CASES = graphql(`
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
`);

/** Only that something changed matters to the queue: it fetches what it shows again. */
export const PANEL_EVENTS = graphql(`
  subscription PanelEvents {
    panelEvents {
      seq
      kind
    }
  }
`);
