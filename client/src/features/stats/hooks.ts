import { useQuery } from '@apollo/client/react';
import { STATS, STATS_PLATFORMS, type StatsVariables } from './operations';

/** The figures for a period and filter; the previous answer stays on screen while a new one loads. */
export function useStats(variables: StatsVariables) {
  return useQuery(STATS, { variables, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
}

/** The platform registry, for the filter and for platform names in charts. */
export function useStatsPlatforms() {
  return useQuery(STATS_PLATFORMS, { fetchPolicy: 'cache-first' });
}
