import type { ErrorLike } from '@apollo/client';
import { useCallback, useState } from 'react';

/**
 * "Load more" of a cursor list: runs `fetchNext` (null when there is no next page), reports while
 * it runs, and keeps its error apart from the query's.
 */
export function useLoadMore(fetchNext: (() => Promise<unknown>) | null) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ErrorLike | undefined>();
  const loadMore = useCallback(async () => {
    if (!fetchNext) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      await fetchNext();
    } catch (error) {
      setMoreError(error as ErrorLike);
    } finally {
      setLoadingMore(false);
    }
  }, [fetchNext]);
  return { loadMore, loadingMore, moreError };
}
