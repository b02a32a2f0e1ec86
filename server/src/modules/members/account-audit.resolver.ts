import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { AccountAuditConnection, AccountAuditEntry } from './account-audit.types.js';
import { AccountAuditService } from './account-audit.service.js';
import { Member } from './member.entity.js';
import { CHAIRS } from '../../shared/role.js';

@Resolver()
export class AccountAuditResolver {
  @Authorized(...CHAIRS)
  @Query(() => AccountAuditConnection, { description: 'Every change of an account or an agency, newest first (one account\'s with memberId). For the chair and the deputy.' })
  accountAudit(
    @Arg('first', () => Int, { defaultValue: 50, description: '1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('memberId', () => ID, { nullable: true }) memberId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new AccountAuditService(ctx.em, ctx.viewer!).page(first, after, memberId);
  }
}

@Resolver(() => AccountAuditEntry)
export class AccountAuditEntryFieldsResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'Who made the change; the person themself for an accepted invitation; null for the system.' })
  actor(@Root() entry: AccountAuditEntry, @Ctx() ctx: Context) {
    return entry.actorId ? ctx.loaders.member.load(entry.actorId) : null;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The account changed; null for agency.created.' })
  member(@Root() entry: AccountAuditEntry, @Ctx() ctx: Context) {
    return entry.memberId ? ctx.loaders.member.load(entry.memberId) : null;
  }
}
