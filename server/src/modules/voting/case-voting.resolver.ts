import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Case, type CaseRow } from '../cases/case.entity.js';
import { Recusal, VotingRound } from './voting.entities.js';

@Resolver(() => Case)
export class CaseVotingResolver {
  @FieldResolver(() => [VotingRound], { description: 'Voting rounds, oldest first.' })
  votingRounds(@Root() kase: CaseRow, @Ctx() ctx: Context) {
    return ctx.loaders.roundsByCase.load(kase.id);
  }

  @FieldResolver(() => [Recusal], { description: 'Declared conflicts of interest.' })
  recusals(@Root() kase: CaseRow, @Ctx() ctx: Context) {
    return ctx.loaders.recusalsByCase.load(kase.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer has recused from this case.' })
  viewerRecused(@Root() kase: CaseRow, @Ctx() ctx: Context) {
    return ctx.loaders.recused.load(kase.id);
  }
}
