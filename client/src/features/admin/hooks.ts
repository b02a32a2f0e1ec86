import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useLoadMore } from '../../shared/api/use-load-more';
import {
  ACCOUNT_AUDIT,
  AGENCIES,
  APPROVE_MEMBER,
  CALENDAR,
  CREATE_AGENCY,
  CREATE_MEMBER,
  DEACTIVATE_MEMBER,
  FAILED_JOBS,
  ISSUE_INVITATION,
  MEMBERS,
  PANEL_SETTINGS,
  PLATFORM_REGISTRY,
  REJECT_MEMBER,
  REMOVE_CALENDAR_DAY,
  RETRY_JOB,
  SET_CALENDAR_DAY,
  UPDATE_AGENCY,
  UPDATE_MEMBER,
  UPDATE_PANEL_SETTINGS,
  UPDATE_PLATFORM,
} from './operations';

/** Every account, the deactivated ones included: the admin needs to see both. */
export function useMembers() {
  return useQuery(MEMBERS, { variables: { includeInactive: true }, fetchPolicy: 'cache-and-network' });
}

export function useAgencies() {
  return useQuery(AGENCIES, { fetchPolicy: 'cache-and-network' });
}

export function useCreateMember() {
  return useMutation(CREATE_MEMBER, { refetchQueries: [MEMBERS] });
}

/** The answer is the row as it now stands; the audit is read again where it is shown. */
export function useUpdateMember() {
  return useMutation(UPDATE_MEMBER, { refetchQueries: [ACCOUNT_AUDIT] });
}

export function useDeactivateMember() {
  return useMutation(DEACTIVATE_MEMBER);
}

// The answer is the account as it now stands: the cache updates its row; the audit is read again.
export function useApproveMember() {
  return useMutation(APPROVE_MEMBER, { refetchQueries: [ACCOUNT_AUDIT] });
}

export function useRejectMember() {
  return useMutation(REJECT_MEMBER, { refetchQueries: [ACCOUNT_AUDIT] });
}

/** The link is in this answer only: kept out of the cache (the component shows it once); the lists are read again. */
export function useIssueInvitation() {
  return useMutation(ISSUE_INVITATION, { refetchQueries: [MEMBERS, ACCOUNT_AUDIT], fetchPolicy: 'no-cache' });
}

const AUDIT_PAGE = 50;

/** The account audit, newest first; "more" appends the next page. */
export function useAccountAudit() {
  const query = useQuery(ACCOUNT_AUDIT, { variables: { first: AUDIT_PAGE, after: null }, fetchPolicy: 'network-only' });
  const { fetchMore } = query;
  const endCursor = query.data?.accountAudit.pageInfo.endCursor ?? null;
  const fetchNext = useMemo(() => (endCursor ? () => fetchMore({
    variables: { after: endCursor },
    updateQuery: (previous, { fetchMoreResult }) => ({
      accountAudit: { ...fetchMoreResult.accountAudit, edges: [...(previous?.accountAudit?.edges ?? []), ...fetchMoreResult.accountAudit.edges] },
    }),
  }) : null), [fetchMore, endCursor]);
  const { loadMore, loadingMore, moreError } = useLoadMore(fetchNext);
  return {
    entries: query.data?.accountAudit.edges.map((edge) => edge.node) ?? [],
    hasNextPage: query.data?.accountAudit.pageInfo.hasNextPage ?? false,
    loading: query.loading && !query.data,
    error: query.error ?? moreError,
    refetch: query.refetch,
    loadMore,
    loadingMore,
  };
}

export function useCreateAgency() {
  return useMutation(CREATE_AGENCY, { refetchQueries: [AGENCIES] });
}

/** The answer is the whole agency: the cache replaces it by id, everywhere it is shown (member rows, the header). */
export function useUpdateAgency() {
  return useMutation(UPDATE_AGENCY);
}

export function useCalendar(year: number) {
  return useQuery(CALENDAR, { variables: { year }, fetchPolicy: 'cache-and-network' });
}

// The list of a year changes shape on add/remove: fetch it again rather than splice the cache.
export function useSetCalendarDay() {
  return useMutation(SET_CALENDAR_DAY, { refetchQueries: [CALENDAR] });
}

export function useRemoveCalendarDay() {
  return useMutation(REMOVE_CALENDAR_DAY, { refetchQueries: [CALENDAR] });
}

export function usePanelSettings() {
  return useQuery(PANEL_SETTINGS, { fetchPolicy: 'cache-and-network' });
}

/** The answer is the whole settings object: the singleton in the cache takes it as it comes. */
export function useUpdatePanelSettings() {
  return useMutation(UPDATE_PANEL_SETTINGS);
}

export function useFailedJobs() {
  return useQuery(FAILED_JOBS, { fetchPolicy: 'cache-and-network' });
}

export function useRetryJob() {
  return useMutation(RETRY_JOB, { refetchQueries: [FAILED_JOBS], awaitRefetchQueries: true });
}

export function usePlatformRegistry() {
  return useQuery(PLATFORM_REGISTRY, { fetchPolicy: 'cache-and-network' });
}

/** The answer is the whole entry: the cache replaces the platform by its id. */
export function useUpdatePlatform() {
  return useMutation(UPDATE_PLATFORM);
}
