import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { CASE_STAFF } from '../../shared/role.js';
import { Member } from '../members/member.entity.js';
import { Case, type CaseRow } from './case.entity.js';
import { RapporteurService } from './rapporteur.service.js';
import './rapporteur.abilities.js';

@Resolver(() => Case)
export class RapporteurResolver {
  @Authorized(...CASE_STAFF)
  @Mutation(() => Case, { description: 'Names the rapporteur of a case (a voting member who has not recused), or removes them with memberId null; the member is told in their inbox.' })
  setRapporteur(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('memberId', () => ID, { nullable: true }) memberId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new RapporteurService(ctx.em, ctx.viewer!, ctx.deps.clock).set(caseId, memberId ?? null);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member who prepares the case for the panel; null when none is named.' })
  async rapporteur(@Root() kase: CaseRow, @Ctx() ctx: Context) {
    const memberId = await ctx.loaders.rapporteurByCase.load(kase.id);
    return memberId ? ctx.loaders.member.load(memberId) : null;
  }
}
