import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import type { CaseEvent } from '../case-file/operations';
import { CASE_FILE } from '../case-file/operations';
import { ADD_DISSENT, SET_DECISION_REASONING, SIGN_DECISION } from './decision.operations';
import {
  CASE_VOTING,
  CAST_VOTE,
  CLOSE_VOTING,
  DECLARE_CONFLICT,
  OPEN_VOTING,
  ROUND_TALLY,
} from './operations';
import { applyTallyPatch, isVotingEvent, tallyFromVoteCast } from './voting-events';

const REFETCH_DELAY_MS = 300;

/** The case's rounds, decision and prescriptions (and the settings a new round would open with). */
export function useCaseVoting(caseId: string) {
  return useQuery(CASE_VOTING, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
}

// Each change refetches the panel's query before the mutation settles, so the form, the tally and
// the status are current when the button comes back.
const REFRESH = { refetchQueries: [CASE_VOTING], awaitRefetchQueries: true };

export function useOpenVoting() {
  return useMutation(OPEN_VOTING, REFRESH);
}

export function useCastVote() {
  return useMutation(CAST_VOTE, REFRESH);
}

export function useCloseVoting() {
  return useMutation(CLOSE_VOTING, REFRESH);
}

/** A recused member no longer sees the child's identity: the case file is fetched again too. */
export function useDeclareConflict() {
  return useMutation(DECLARE_CONFLICT, { refetchQueries: [CASE_VOTING, CASE_FILE], awaitRefetchQueries: true });
}

export function useAddDissent() {
  return useMutation(ADD_DISSENT, REFRESH);
}

export function useSignDecision() {
  return useMutation(SIGN_DECISION, REFRESH);
}

export function useSetDecisionReasoning() {
  return useMutation(SET_DECISION_REASONING, REFRESH);
}

type Subscribe = (listener: (event: CaseEvent) => void) => () => void;

/**
 * Keeps the panel live from the room's feed: a VOTE_CAST moves the tally at once (from its
 * typed payload), and every voting event fetches the panel again, debounced — the viewer's own too,
 * since the same member may have acted from another tab or device.
 */
export function useVotingFeed(subscribe: Subscribe, refetch: () => unknown) {
  const client = useApolloClient();
  const timer = useRef<number | undefined>(undefined);

  const onEvent = useCallback(
    (event: CaseEvent) => {
      if (!isVotingEvent(event.kind)) return;
      if (event.kind === 'VOTE_CAST') {
        const live = tallyFromVoteCast(event.details);
        if (live) {
          const id = client.cache.identify({ __typename: 'VotingRound', id: live.roundId });
          const known = id ? client.cache.readFragment({ id, fragment: ROUND_TALLY, fragmentName: 'RoundTally' }) : null;
          if (id && known) {
            const tally = applyTallyPatch(known.tally, live.patch);
            client.cache.writeFragment({ id, fragment: ROUND_TALLY, fragmentName: 'RoundTally', data: { __typename: 'VotingRound', tally } });
          }
        }
      }
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void refetch(), REFETCH_DELAY_MS);
    },
    [client, refetch],
  );

  useEffect(() => subscribe(onEvent), [subscribe, onEvent]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
}
