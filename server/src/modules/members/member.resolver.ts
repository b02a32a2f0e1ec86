import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { Agency } from './agency.entity.js';
import { AuthService } from './auth.service.js';
import { CreateAgencyInput, CreateMemberInput } from './member.inputs.js';
import { Member } from './member.entity.js';
import { MemberService } from './member.service.js';
import { ALL_ROLES, CASE_READERS, Role } from './role.js';

@ObjectType()
class AuthPayload {
  @Field(() => String) token!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Member) member!: Member;
}

const tokenKeys = (ctx: Context) => ({ secret: ctx.deps.env.tokenSecret, ttlMinutes: ctx.deps.env.tokenTtlMinutes });
const memberService = (ctx: Context) => new MemberService(ctx.em, ctx.viewer!);

@Resolver()
export class MemberResolver {
  @Mutation(() => AuthPayload, { description: 'Signs in; send the token as "Authorization: Bearer …" (WS: connectionParams.authorization).' })
  login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    return new AuthService(ctx.em, tokenKeys(ctx)).login(email, password);
  }

  @Authorized(...ALL_ROLES)
  @Query(() => Member, { description: 'The signed-in member.' })
  me(@Ctx() ctx: Context) {
    return memberService(ctx).me();
  }

  @Authorized(...CASE_READERS, Role.ADMIN)
  @Query(() => [Member])
  members(@Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean, @Ctx() ctx: Context) {
    return ctx.deps.members.list(includeInactive);
  }

  @Authorized(...ALL_ROLES)
  @Query(() => [Agency])
  agencies(@Ctx() ctx: Context) {
    return memberService(ctx).agencies();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Agency)
  async createAgency(@Arg('input', () => CreateAgencyInput) input: CreateAgencyInput, @Ctx() ctx: Context) {
    const agency = await memberService(ctx).createAgency(input);
    ctx.deps.members.invalidate();
    return agency;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Member)
  async createMember(@Arg('input', () => CreateMemberInput) input: CreateMemberInput, @Ctx() ctx: Context) {
    const member = await memberService(ctx).createMember(input);
    ctx.deps.members.invalidate();
    return member;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Member, { description: 'Deactivates an account: its tokens stop working at once.' })
  async deactivateMember(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const member = await memberService(ctx).deactivate(id);
    ctx.deps.memberStatus.forget(member.id);
    ctx.deps.members.invalidate();
    return member;
  }
}
