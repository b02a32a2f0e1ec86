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
  async agency(@Root() m: MemberRow, @Ctx() ctx: Context): Promise<AgencyCard> {
    const agency = await ctx.loaders.agency.load(m.agency.id);
    if (!agency) throw new Error(`member ${m.id}: agency ${m.agency.id} not found`);
    return agency;
  }
}
