import { Field, ObjectType } from 'type-graphql';
import { CaseEventKind } from '../../shared/events/event-kind.enum.js';
import { PageInfo } from '../../shared/pagination.js';
import type { AccountEventKind } from './account-audit.log.js';
import { AccountStatus } from './account.lifecycle.js';
import { Agency } from './agency.entity.js';
import { Role } from '../../shared/role.js';

// Declared before the connection that references it (decorator metadata order under vitest).
@ObjectType({ description: 'One change of an account or an agency: who did what to whom, when. Never a password or an invitation token.' })
export class AccountAuditEntry {
  @Field(() => String, { description: 'The event\'s place in the log (decimal, only grows).' }) seq!: string;
  @Field(() => Date) at!: Date;
  @Field(() => CaseEventKind, {
    description: 'MEMBER_CREATED, MEMBER_APPROVED, MEMBER_REJECTED, MEMBER_INVITATION_ISSUED, MEMBER_INVITATION_ACCEPTED, MEMBER_UPDATED, MEMBER_DEACTIVATED, AGENCY_CREATED or AGENCY_UPDATED.',
  })
  kind!: AccountEventKind;

  @Field(() => AccountStatus, { nullable: true, description: 'The account\'s status before the change.' }) fromStatus!: AccountStatus | null;
  @Field(() => AccountStatus, { nullable: true, description: 'The account\'s status after the change.' }) toStatus!: AccountStatus | null;
  @Field(() => Role, { nullable: true, description: 'The account\'s role after the change.' }) role!: Role | null;
  @Field(() => Role, { nullable: true, description: 'For member.updated: the role before.' }) previousRole!: Role | null;
  @Field(() => Agency, { nullable: true, description: 'The agency after the change (for agency.created and agency.updated: the agency).' }) agency!: Agency | null;
  @Field(() => Agency, { nullable: true, description: 'For member.updated: the agency before.' }) previousAgency!: Agency | null;
  @Field(() => String, { nullable: true, description: 'For member.rejected: the reason given.' }) reason!: string | null;
  @Field(() => Date, { nullable: true, description: 'For member.invitation_issued: when the link expires.' }) expiresAt!: Date | null;

  /** Resolved to `actor` and `member` by the field resolvers. */
  actorId!: string | null;
  memberId!: string | null;
}

@ObjectType()
export class AccountAuditEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AccountAuditEntry) node!: AccountAuditEntry;
}

@ObjectType({ description: 'A page of the account audit, newest first.' })
export class AccountAuditConnection {
  @Field(() => [AccountAuditEdge]) edges!: AccountAuditEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
