import { useMutation, useQuery } from '@apollo/client/react';
import { INTAKE_CHECKLIST, PLATFORMS, REGISTER_APPLICATION, type IntakeChecklistInput } from './operations';

/** Registers an application; idempotent on its kind and number (a repeat returns the same case). */
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

/** What of the screening checklist the draft fails (empty until the birth date and an episode date are usable). */
export function useIntakeChecklist(input: IntakeChecklistInput | null) {
  const { data, previousData } = useQuery(INTAKE_CHECKLIST, { variables: { input: input! }, skip: !input, fetchPolicy: 'cache-first' });
  return input ? ((data ?? previousData)?.intakeChecklist.failing ?? []) : [];
}
