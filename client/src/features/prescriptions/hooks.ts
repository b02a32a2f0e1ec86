import { useMutation } from '@apollo/client/react';
import { DELIVER_PRESCRIPTION, ESCALATE_PRESCRIPTION, RECHECK_PRESCRIPTION, RECORD_COMPLIANCE, SET_PRESCRIPTION_URL } from './operations';

// The voting panel's query (rounds, decision, prescriptions and the case status) is fetched again
// before the mutation settles, so the card and the case header agree when the button comes back.
// Named, not imported: the voting feature already imports this one.
const REFRESH = { refetchQueries: ['CaseVoting'], awaitRefetchQueries: true };

export function useDeliverPrescription() {
  return useMutation(DELIVER_PRESCRIPTION, REFRESH);
}

export function useRecordCompliance() {
  return useMutation(RECORD_COMPLIANCE, REFRESH);
}

export function useRecheckPrescription() {
  return useMutation(RECHECK_PRESCRIPTION, REFRESH);
}

export function useEscalatePrescription() {
  return useMutation(ESCALATE_PRESCRIPTION, REFRESH);
}

/** The case file is fetched again so every URL's choice shows as the server keeps it (others see it through the room's feed). */
export function useSetPrescriptionUrl() {
  return useMutation(SET_PRESCRIPTION_URL, { refetchQueries: ['CaseFile'], awaitRefetchQueries: true });
}
