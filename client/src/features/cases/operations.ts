import { graphql } from '../../gql';
import type { CaseQueueCountsQuery, CasesQuery } from '../../gql/graphql';
export type { CaseFilter, CaseSort } from '../../gql/graphql';

/** One case of the queue, as the table shows it (the region comes with the edge: none where the viewer recused). */
export type CaseRow = CasesQuery['cases']['edges'][number]['node'] & { region: CasesQuery['cases']['edges'][number]['region'] };
export type QueueCounts = CaseQueueCountsQuery['caseQueueCounts'];

export const CASES = graphql(`
  query Cases($first: Int!, $after: String, $filter: CaseFilter, $sort: CaseSort) {
    cases(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      edges {
        cursor
        region
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

/** How many cases each state and view would show, the rest of the filter as chosen. */
export const CASE_QUEUE_COUNTS = graphql(`
  query CaseQueueCounts($filter: CaseFilter) {
    caseQueueCounts(filter: $filter) {
      active
      finished
      all
      anyView
      waitingForMyVote
      mentionsMe
      myCases
      overdue
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

/** The viewer's inbox as the queue follows it: a new mention, or one read, changes "mentions me". */
export const QUEUE_INBOX = graphql(`
  subscription QueueInbox {
    inbox {
      unreadCount
      latest {
        id
      }
    }
  }
`);
