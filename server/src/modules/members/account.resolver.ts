import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { AccountService } from './account.service.js';
import { AuthPayload } from './auth-payload.type.js';
import { AuthService } from './auth.service.js';
import { Invitation } from './invitation.types.js';
import { InvitationService } from './invitation.service.js';
import { CreateMemberInput, UpdateMemberInput } from './member.inputs.js';
import { Member } from './member.entity.js';
import { CHAIRS, Role } from '../../shared/role.js';

const accounts = (ctx: Context) => new AccountService(ctx.em, ctx.viewer!);
const invitations = (ctx: Context) => new InvitationService(ctx.em, ctx.deps.env.invitationTtlHours);

/** This instance forgets what it knew of the account at once (the others on the log's notification). */
function changed<T extends { id: string }>(ctx: Context, member: T): T {
  ctx.deps.memberStatus.forget(member.id);
  ctx.deps.members.invalidate();
  return member;
}

@Resolver()
export class AccountResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => Member, { description: 'A new account, without a password. One that reads case files waits for the chair\'s or deputy\'s approval; then an invitation link lets the person set a password.' })
  async createMember(@Arg('input', () => CreateMemberInput) input: CreateMemberInput, @Ctx() ctx: Context) {
    return changed(ctx, await accounts(ctx).create(input));
  }

  @Authorized(...CHAIRS)
  @Mutation(() => Member, { description: 'Approves an account waiting for approval (not one\'s own): it becomes INVITED.' })
  async approveMember(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return changed(ctx, await accounts(ctx).approve(id));
  }

  @Authorized(...CHAIRS)
  @Mutation(() => Member, { description: 'Rejects an account waiting for approval, with a reason: final.' })
  async rejectMember(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return changed(ctx, await accounts(ctx).reject(id, reason));
  }

  @Authorized(Role.ADMIN, ...CHAIRS)
  @Mutation(() => Invitation, {
    description: 'A one-time link for the person to set their password, shown only in this answer; replaces any earlier link. On an active account it resets access (password cleared, sessions ended). Case-reading accounts: the chair or deputy; analysts and admins: the admin.',
  })
  async issueInvitation(@Arg('memberId', () => ID) memberId: string, @Ctx() ctx: Context) {
    const invitation = await invitations(ctx).issue(ctx.viewer!, memberId);
    changed(ctx, invitation.member);
    return invitation;
  }

  @Mutation(() => AuthPayload, { description: 'Sets one\'s own password through an invitation link (at least 12 characters) and signs in. No sign-in needed; limited like login.' })
  async acceptInvitation(@Arg('token', () => String) token: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    const member = changed(ctx, await invitations(ctx).accept(token, password));
    return new AuthService(ctx.em, { secret: ctx.deps.env.tokenSecret, ttlMinutes: ctx.deps.env.tokenTtlMinutes }).issue(member);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Member, { description: 'Changes the role or the agency of an account (not one\'s own). A new case-reading role needs approval and a new password again.' })
  async updateMember(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateMemberInput) input: UpdateMemberInput, @Ctx() ctx: Context) {
    return changed(ctx, await accounts(ctx).update(id, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Member, { description: 'Deactivates an account (final): its tokens and any invitation link stop working at once.' })
  async deactivateMember(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return changed(ctx, await accounts(ctx).deactivate(id));
  }
}
