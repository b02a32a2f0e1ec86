import { skipToken, useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useLoadMore } from '../../shared/api/use-load-more';
import { CASE_QUEUE_COUNTS, CASES, PANEL_EVENTS, QUEUE_INBOX, type CaseFilter, type CaseRow, type CaseSort } from './operations';

const PAGE_SIZE = 50;
// The server's largest page (server/src/shared/pagination.ts).
const MAX_PAGE = 100;

/** The queue, in the server's order for `sort`, a page at a time. */
export function useCases(filter: CaseFilter, sort: CaseSort, enabled: boolean) {
  const query = useQuery(
    CASES,
    enabled ? { variables: { first: PAGE_SIZE, filter, sort }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const client = useApolloClient();
  const { fetchMore } = query;
  const endCursor = query.data?.cases.pageInfo.endCursor ?? null;
  const shown = query.data?.cases.edges.length ?? 0;

  // The rows on screen again, in one request; the cache replaces the list (no cursor given), so
  // rows loaded with "load more" stay (up to the server's largest page, the top of the queue).
  const refresh = useCallback(() => {
    if (!enabled) return;
    const first = Math.min(Math.max(PAGE_SIZE, shown), MAX_PAGE);
    client
      .query({ query: CASES, variables: { first, filter, sort }, fetchPolicy: 'network-only' })
      .catch(() => undefined);
  }, [client, enabled, filter, sort, shown]);

  const fetchNext = useMemo(() => (endCursor ? () => fetchMore({ variables: { after: endCursor } }) : null), [fetchMore, endCursor]);
  const { loadMore, loadingMore, moreError } = useLoadMore(fetchNext);
  const rows: CaseRow[] = useMemo(() => query.data?.cases.edges.map((edge) => ({ ...edge.node, region: edge.region })) ?? [], [query.data]);

  return {
    rows,
    totalCount: query.data?.cases.totalCount ?? 0,
    hasNextPage: query.data?.cases.pageInfo.hasNextPage ?? false,
    loading: query.loading && !query.data,
    error: query.error ?? moreError,
    refetch: query.refetch,
    refresh,
    loadMore,
    loadingMore,
  };
}

/** The counts on the queue's filters; `refresh` asks again (the live queue calls it with the rows). */
export function useQueueCounts(filter: CaseFilter, enabled: boolean) {
  const query = useQuery(CASE_QUEUE_COUNTS, enabled ? { variables: { filter }, fetchPolicy: 'cache-and-network' } : skipToken);
  const { refetch } = query;
  const refresh = useCallback(() => {
    if (enabled) refetch().catch(() => undefined);
  }, [enabled, refetch]);
  return { counts: query.data?.caseQueueCounts ?? null, refresh };
}

/** Registrations, status changes and extensions of every case, as they happen. */
export function usePanelEvents(enabled: boolean, onEvent: () => void) {
  return useSubscription(PANEL_EVENTS, enabled ? { fetchPolicy: 'no-cache', onData: () => onEvent() } : skipToken);
}

/**
 * The viewer's unread count and newest notification, live: its own operation, so that it gets the
 * current state when it starts even while the header's inbox subscription runs.
 */
export function useQueueInbox(enabled: boolean) {
  return useSubscription(QUEUE_INBOX, enabled ? { fetchPolicy: 'no-cache' } : skipToken).data?.inbox ?? null;
}
