import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AgencyKind, CalendarDayKind, LocalDate, Role } from '../../shared/api/enums';
import type { AgencySummary } from '../../shared/api/member.fragment';
import { PANEL_SETTINGS_FIELDS, type PanelSettings } from '../../shared/api/panel-settings';

export interface MemberRow {
  __typename?: 'Member';
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  agency: AgencySummary;
}

const MEMBER_ROW = gql`
  fragment MemberRow on Member {
    id
    name
    email
    role
    active
    agency {
      id
      name
      kind
    }
  }
`;

export const MEMBERS: TypedDocumentNode<{ members: MemberRow[] }, { includeInactive: boolean }> = gql`
  query Members($includeInactive: Boolean!) {
    members(includeInactive: $includeInactive) {
      ...MemberRow
    }
  }
  ${MEMBER_ROW}
`;

export const AGENCIES: TypedDocumentNode<{ agencies: AgencySummary[] }, Record<string, never>> = gql`
  query Agencies {
    agencies {
      id
      name
      kind
    }
  }
`;

export interface CreateMemberInput {
  name: string;
  email: string;
  password: string;
  role: Role;
  agencyId: string;
}

export const CREATE_MEMBER: TypedDocumentNode<{ createMember: MemberRow }, { input: CreateMemberInput }> = gql`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      ...MemberRow
    }
  }
  ${MEMBER_ROW}
`;

export const DEACTIVATE_MEMBER: TypedDocumentNode<{ deactivateMember: MemberRow }, { id: string }> = gql`
  mutation DeactivateMember($id: ID!) {
    deactivateMember(id: $id) {
      ...MemberRow
    }
  }
  ${MEMBER_ROW}
`;

export const CREATE_AGENCY: TypedDocumentNode<
  { createAgency: AgencySummary },
  { input: { name: string; kind: AgencyKind } }
> = gql`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      id
      name
      kind
    }
  }
`;

export interface CalendarDay {
  __typename?: 'CalendarDay';
  date: LocalDate;
  kind: CalendarDayKind;
  name: string;
}

export const CALENDAR: TypedDocumentNode<{ calendar: CalendarDay[] }, { year: number }> = gql`
  query Calendar($year: Int!) {
    calendar(year: $year) {
      date
      kind
      name
    }
  }
`;

export const SET_CALENDAR_DAY: TypedDocumentNode<
  { setCalendarDay: CalendarDay },
  { date: LocalDate; kind: CalendarDayKind; name: string }
> = gql`
  mutation SetCalendarDay($date: LocalDate!, $kind: CalendarDayKind!, $name: String!) {
    setCalendarDay(date: $date, kind: $kind, name: $name) {
      date
      kind
      name
    }
  }
`;

export const REMOVE_CALENDAR_DAY: TypedDocumentNode<{ removeCalendarDay: boolean }, { date: LocalDate }> = gql`
  mutation RemoveCalendarDay($date: LocalDate!) {
    removeCalendarDay(date: $date)
  }
`;

export const PANEL_SETTINGS: TypedDocumentNode<{ panelSettings: PanelSettings }, Record<string, never>> = gql`
  query PanelSettings {
    panelSettings {
      ...PanelSettingsFields
    }
  }
  ${PANEL_SETTINGS_FIELDS}
`;

export type PanelSettingsInput = Omit<PanelSettings, '__typename'>;

export const UPDATE_PANEL_SETTINGS: TypedDocumentNode<{ updatePanelSettings: PanelSettings }, { input: PanelSettingsInput }> = gql`
  mutation UpdatePanelSettings($input: PanelSettingsInput!) {
    updatePanelSettings(input: $input) {
      ...PanelSettingsFields
    }
  }
  ${PANEL_SETTINGS_FIELDS}
`;
