import { useMutation, useQuery } from '@apollo/client/react';
import {
  AGENCIES,
  CALENDAR,
  CREATE_AGENCY,
  CREATE_MEMBER,
  DEACTIVATE_MEMBER,
  MEMBERS,
  PANEL_SETTINGS,
  REMOVE_CALENDAR_DAY,
  SET_CALENDAR_DAY,
  UPDATE_PANEL_SETTINGS,
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

export function useDeactivateMember() {
  return useMutation(DEACTIVATE_MEMBER);
}

export function useCreateAgency() {
  return useMutation(CREATE_AGENCY, { refetchQueries: [AGENCIES] });
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
