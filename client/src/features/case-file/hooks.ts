import { useMutation, useQuery } from '@apollo/client/react';
import {
  ACCEPT_FOR_REVIEW,
  CASE_FILE,
  EXTEND_DEADLINE,
  MARK_OUT_OF_SCOPE,
  RECORD_ANSWER_SENT,
  RECORD_EXTENSION_NOTICE,
  RETURN_TO_APPLICANT,
  START_SCREENING,
} from './operations';

/**
 * The case file. errorPolicy 'all': a role that may not see identity gets the case with
 * applicant/child null and FORBIDDEN errors beside it, and the rest still renders.
 */
export function useCaseFile(id: string) {
  return useQuery(CASE_FILE, { variables: { id }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
}

export function useStartScreening() {
  return useMutation(START_SCREENING);
}

export function useAcceptForReview() {
  return useMutation(ACCEPT_FOR_REVIEW);
}

export function useReturnToApplicant() {
  return useMutation(RETURN_TO_APPLICANT);
}

export function useMarkOutOfScope() {
  return useMutation(MARK_OUT_OF_SCOPE);
}

export function useExtendDeadline() {
  return useMutation(EXTEND_DEADLINE);
}

export function useRecordExtensionNotice() {
  return useMutation(RECORD_EXTENSION_NOTICE);
}

export function useRecordAnswerSent() {
  return useMutation(RECORD_ANSWER_SENT);
}
