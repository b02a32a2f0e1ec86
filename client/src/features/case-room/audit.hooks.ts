import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { AuditKind } from '../../shared/api/enums';
import { useLoadMore } from '../../shared/api/use-load-more';
import { CASE_AUDIT, CASE_AUDIT_SUMMARY } from './audit.operations';

const PAGE_SIZE = 50;

/** The case's log as the audit shows it, newest first, one category or all; "more" appends the next page. */
export function useCaseAudit(caseId: string, kind: AuditKind | null) {
  const query = useQuery(CASE_AUDIT, {
    variables: { caseId, kinds: kind ? [kind] : null, first: PAGE_SIZE, after: null },
    fetchPolicy: 'network-only',
  });
  const { fetchMore } = query;
  const endCursor = query.data?.caseAudit.pageInfo.endCursor ?? null;
  const fetchNext = useMemo(() => (endCursor ? () => fetchMore({
    variables: { after: endCursor },
    updateQuery: (previous, { fetchMoreResult }) => ({
      caseAudit: { ...fetchMoreResult.caseAudit, edges: [...(previous?.caseAudit?.edges ?? []), ...fetchMoreResult.caseAudit.edges] },
    }),
  }) : null), [fetchMore, endCursor]);
  const { loadMore, loadingMore, moreError } = useLoadMore(fetchNext);

  return {
    entries: query.data?.caseAudit.edges.map((edge) => edge.node) ?? [],
    hasNextPage: query.data?.caseAudit.pageInfo.hasNextPage ?? false,
    loading: query.loading && !query.data,
    error: query.error ?? moreError,
    refetch: query.refetch,
    loadMore,
    loadingMore,
  };
}

/** Who received the case's personal data, how often, first and last time. */
export function useCaseAuditSummary(caseId: string) {
  return useQuery(CASE_AUDIT_SUMMARY, { variables: { caseId }, fetchPolicy: 'network-only' });
}
