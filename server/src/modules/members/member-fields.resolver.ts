import { Utils, wrap } from '@mikro-orm/core';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { AccountStatus } from './account.lifecycle.js';
import { Agency } from './agency.entity.js';
import type { MemberCard } from './member-directory.js';
import { Member } from './member.entity.js';
import { Role } from '../../shared/role.js';

/** What the `Member` type resolves from: an entity (possibly a bare reference) or a directory card. */
type MemberLike = Member | MemberCard;

const isReference = (x: object) => Utils.isEntity(x) && !wrap(x).isInitialized();

/**
 * A Member reached through a relation may be a bare reference (writes reference the viewer by id
 * rather than loading it): its card comes from the directory. Loaded members and cards answer at
 * once, without a promise per field (a thread names members hundreds of times).
 */
function read<T>(m: MemberLike, ctx: Context, pick: (m: MemberLike) => T): T | Promise<T> {
  if (!isReference(m)) return pick(m);
  return ctx.loaders.member.load(m.id).then((card) => pick(card ?? m));
}

@Resolver(() => Member)
export class MemberFieldsResolver {
  @FieldResolver(() => String)
  name(@Root() m: MemberLike, @Ctx() ctx: Context) {
    return read(m, ctx, (x) => x.name);
  }

  @FieldResolver(() => String)
  email(@Root() m: MemberLike, @Ctx() ctx: Context) {
    return read(m, ctx, (x) => x.email);
  }

  @FieldResolver(() => Role)
  role(@Root() m: MemberLike, @Ctx() ctx: Context) {
    return read(m, ctx, (x) => x.role);
  }

  @FieldResolver(() => Boolean)
  active(@Root() m: MemberLike, @Ctx() ctx: Context) {
    return read(m, ctx, (x) => x.active);
  }

  @FieldResolver(() => AccountStatus)
  status(@Root() m: MemberLike, @Ctx() ctx: Context) {
    return read(m, ctx, (x) => x.status);
  }

  @FieldResolver(() => Agency)
  agency(@Root() m: MemberLike, @Ctx() ctx: Context) {
    if (!isReference(m) && !isReference(m.agency)) return m.agency;
    return agencyOf(m, ctx);
  }
}

async function agencyOf(m: MemberLike, ctx: Context) {
  const card = await ctx.loaders.member.load(m.id);
  return card?.agency ?? ctx.em.findOneOrFail(Agency, { id: m.agency.id });
}
