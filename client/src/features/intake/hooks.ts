import { useMutation, useQuery } from '@apollo/client/react';
import { PLATFORMS, REGISTER_APPLICATION } from './operations';

/** Registers an application; idempotent on the E-otinish number (a repeat returns the same case). */
export function useRegisterApplication() {
  return useMutation(REGISTER_APPLICATION, {
    // The queue must show the new case next time it is opened.
    update(cache) {
      cache.evict({ fieldName: 'cases' });
      cache.gc();
    },
  });
}

/** The platform registry, to show which platform a typed URL belongs to. */
export function usePlatforms() {
  return useQuery(PLATFORMS, { fetchPolicy: 'cache-first' });
}
