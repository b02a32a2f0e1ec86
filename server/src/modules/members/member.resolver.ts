import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { ViewerAbilities } from './abilities.js';
import { Agency } from './agency.entity.js';
import { AgencyService } from './agency.service.js';
import './member.abilities.js';
import { AuthPayload } from './auth-payload.type.js';
import { AuthService } from './auth.service.js';
import { CreateAgencyInput, UpdateAgencyInput } from './member.inputs.js';
import { Member } from './member.entity.js';
import { MemberService } from './member.service.js';
import { ALL_ROLES, CASE_READERS, Role } from '../../shared/role.js';

const tokenKeys = (ctx: Context) => ({ secret: ctx.deps.env.tokenSecret, ttlMinutes: ctx.deps.env.tokenTtlMinutes });
const memberService = (ctx: Context) => new MemberService(ctx.em, ctx.viewer!);
const agencyService = (ctx: Context) => new AgencyService(ctx.em, ctx.viewer!);

// Account changes (create, approve, invite, deactivate…) are in account.resolver.ts.
@Resolver()
export class MemberResolver {
  @Mutation(() => AuthPayload, { description: 'Signs in; send the token as "Authorization: Bearer …" (WS: connectionParams.authorization). Only ACTIVE accounts sign in.' })
  login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    return new AuthService(ctx.em, tokenKeys(ctx)).login(email, password);
  }

  @Authorized(...ALL_ROLES)
  @Query(() => Member, { description: 'The signed-in member.' })
  me(@Ctx() ctx: Context) {
    return memberService(ctx).me();
  }

  @Authorized(...ALL_ROLES)
  @Query(() => ViewerAbilities, { description: 'What the signed-in member may do, beyond any one case (what a case allows is `Case.viewerCan`).' })
  viewerCan(@Ctx() ctx: Context): ViewerAbilities {
    return new ViewerAbilities(ctx.viewer!);
  }

  @Authorized(...CASE_READERS, Role.ADMIN)
  @Query(() => [Member], { description: 'Active members by name; with includeInactive, every account (waiting for approval or a password, rejected, deactivated).' })
  members(@Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean, @Ctx() ctx: Context) {
    return ctx.deps.members.list(includeInactive);
  }

  @Authorized(...ALL_ROLES)
  @Query(() => [Agency], { description: 'The agencies, by their Russian name.' })
  agencies(@Ctx() ctx: Context) {
    return agencyService(ctx).list();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Agency, { description: 'A new agency (the admin). Logged as agency.created in the account audit.' })
  async createAgency(@Arg('input', () => CreateAgencyInput) input: CreateAgencyInput, @Ctx() ctx: Context) {
    const agency = await agencyService(ctx).create(input);
    ctx.deps.members.invalidate();
    return agency;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Agency, { description: 'Renames an agency in Kazakh, Russian and English, or changes its kind (the admin). Logged as agency.updated in the account audit.' })
  async updateAgency(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateAgencyInput) input: UpdateAgencyInput, @Ctx() ctx: Context) {
    const agency = await agencyService(ctx).update(id, input);
    ctx.deps.members.invalidate();
    return agency;
  }
}
