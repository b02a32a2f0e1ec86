import type { ErrorLike } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { CASES, type CaseFilter } from './operations';

const PAGE_SIZE = 50;

/** The queue, in the server's order (by due time), a page at a time. */
export function useCases(filter: CaseFilter | undefined, enabled: boolean) {
  const query = useQuery(
    CASES,
    enabled ? { variables: { first: PAGE_SIZE, filter }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ErrorLike | undefined>();
  const { fetchMore } = query;
  const endCursor = query.data?.cases.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch (error) {
      setMoreError(error as ErrorLike);
    } finally {
      setLoadingMore(false);
    }
  }, [fetchMore, endCursor]);

  return {
    rows: query.data?.cases.edges.map((edge) => edge.node) ?? [],
    totalCount: query.data?.cases.totalCount ?? 0,
    hasNextPage: query.data?.cases.pageInfo.hasNextPage ?? false,
    loading: query.loading && !query.data,
    error: query.error ?? moreError,
    refetch: query.refetch,
    loadMore,
    loadingMore,
  };
}
