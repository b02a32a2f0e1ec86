import { wrap } from '@mikro-orm/core';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { Agency } from './agency.entity.js';
import { Member } from './member.entity.js';
import { Role } from './role.js';

/**
 * A Member reached through a relation may be a bare reference (writes reference the viewer by id
 * rather than loading it): its fields load it through the request's batch loader first.
 */
async function loaded(member: Member, ctx: Context): Promise<Member> {
  if (wrap(member).isInitialized()) return member;
  return (await ctx.loaders.member.load(member.id)) ?? member;
}

@Resolver(() => Member)
export class MemberFieldsResolver {
  @FieldResolver(() => String)
  async name(@Root() m: Member, @Ctx() ctx: Context) {
    return (await loaded(m, ctx)).name;
  }

  @FieldResolver(() => String)
  async email(@Root() m: Member, @Ctx() ctx: Context) {
    return (await loaded(m, ctx)).email;
  }

  @FieldResolver(() => Role)
  async role(@Root() m: Member, @Ctx() ctx: Context) {
    return (await loaded(m, ctx)).role;
  }

  @FieldResolver(() => Boolean)
  async active(@Root() m: Member, @Ctx() ctx: Context) {
    return (await loaded(m, ctx)).active;
  }

  @FieldResolver(() => Agency)
  async agency(@Root() m: Member, @Ctx() ctx: Context) {
    const member = await loaded(m, ctx);
    return wrap(member.agency).isInitialized() ? member.agency : ctx.em.findOneOrFail(Agency, { id: member.agency.id });
  }
}
