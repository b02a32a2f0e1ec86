import { skipToken, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  ADD_COMMENT,
  CASE_PRESENCE,
  CASE_ROOM_EVENTS,
  CASE_THREAD,
  DELETE_COMMENT,
  EDIT_COMMENT,
  ROOM_DIRECTORY,
  SET_TYPING,
  type RoomEvent,
} from './operations';

/** The thread as the server has it when the room opens; the feed keeps it current afterwards. */
export function useCaseThread(caseId: string) {
  return useQuery(CASE_THREAD, { variables: { id: caseId }, fetchPolicy: 'network-only' });
}

/** Everyone who may be mentioned (and whose @handle is shown as a name). */
export function useRoomDirectory() {
  return useQuery(ROOM_DIRECTORY, { fetchPolicy: 'cache-first' });
}

export function useAddComment() {
  return useMutation(ADD_COMMENT);
}

export function useEditComment() {
  return useMutation(EDIT_COMMENT);
}

export function useDeleteComment() {
  return useMutation(DELETE_COMMENT);
}

export function useSetTyping() {
  return useMutation(SET_TYPING);
}

/**
 * Every event of the case later than `after` (replayed first, then live); null waits. Changing
 * `after` resubscribes, so the caller changes it only while the socket is down.
 */
export function useCaseRoomEvents(caseId: string, after: string | null, onEvent: (event: RoomEvent) => void) {
  return useSubscription(
    CASE_ROOM_EVENTS,
    after === null
      ? skipToken
      : {
          variables: { caseId, after },
          onData: ({ data }) => {
            if (data.data?.caseEvents) onEvent(data.data.caseEvents);
          },
        },
  );
}

/** Being subscribed is being present; the server sends who is here (and typing) on every change. */
export function useCasePresence(caseId: string) {
  return useSubscription(CASE_PRESENCE, { variables: { caseId }, fetchPolicy: 'no-cache' });
}
