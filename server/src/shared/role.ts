import { registerEnumType } from 'type-graphql';

export enum Role {
  CHAIR = 'CHAIR',
  DEPUTY_CHAIR = 'DEPUTY_CHAIR',
  SECRETARY = 'SECRETARY',
  MEMBER = 'MEMBER',
  ADVISOR = 'ADVISOR',
  ANALYST = 'ANALYST',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role', description: 'What a person may do on the panel (DESIGN.md §2).' });

export enum AgencyKind {
  STATE_BODY = 'STATE_BODY',
  NGO = 'NGO',
}
registerEnumType(AgencyKind, { name: 'AgencyKind' });

/** Roles grouped by what they may do; operations name these groups, not single roles. */
export const CHAIRS = [Role.CHAIR, Role.DEPUTY_CHAIR] as const;
export const CASE_STAFF = [Role.CHAIR, Role.DEPUTY_CHAIR, Role.SECRETARY] as const;
/** Roles that vote in a round (DESIGN.md §2); voting/voting.policy.ts decides who votes in which round. */
export const VOTERS = [Role.CHAIR, Role.DEPUTY_CHAIR, Role.MEMBER] as const;
export const CASE_READERS = [Role.CHAIR, Role.DEPUTY_CHAIR, Role.SECRETARY, Role.MEMBER, Role.ADVISOR] as const;
export const EVIDENCE_UPLOADERS = [Role.CHAIR, Role.DEPUTY_CHAIR, Role.SECRETARY, Role.MEMBER] as const;
export const ALL_ROLES = Object.values(Role);
