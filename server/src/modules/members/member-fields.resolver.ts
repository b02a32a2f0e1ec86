import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Agency } from './agency.entity.js';
import type { AgencyCard } from './member-directory.js';
import { Member, type MemberRow } from './member.entity.js';

/**
 * The `Member` type resolves from one shape, MemberRow: a loaded entity or a directory card (what the
 * `member` loader answers for every relation to a member). Its agency comes from the `agency` loader.
 */
@Resolver(() => Member)
export class MemberFieldsResolver {
  @FieldResolver(() => Agency)
  agency(@Root() m: MemberRow, @Ctx() ctx: Context): AgencyCard | Promise<AgencyCard> {
    // A directory card holds its agency whole (no promise); an entity's relation may be a bare reference.
    if (typeof (m.agency as Partial<AgencyCard>).name === 'string') return m.agency as AgencyCard;
    return ctx.loaders.agency.load(m.agency.id).then((agency) => {
      if (!agency) throw new Error(`member ${m.id}: agency ${m.agency.id} not found`);
      return agency;
    });
  }
}

/**
 * `Agency.nameRu` is the registered name (`name`). A resolver of its own rather than a getter on the
 * entity: type-graphql answers a getter field by copying its parent into a new entity instance,
 * which for directory cards (plain objects) meant an entity built per agency shown.
 */
@Resolver(() => Agency)
export class AgencyFieldsResolver {
  @FieldResolver(() => String, { description: 'The name in Russian.' })
  nameRu(@Root() agency: AgencyCard): string {
    return agency.name;
  }
}
