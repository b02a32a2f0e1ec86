import { ArrayMaxSize, MaxLength, ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Member } from '../members/member.entity.js';
import { IdempotencyKeyField } from '../../shared/idempotency/idempotency-key.field.js';
import { CHAIRS } from '../../shared/role.js';
import { mayVote, RECUSING_ROLES, VOTING_ROLES } from './voting.policy.js';
// Declares this module's booleans of viewerCan (ViewerAbilities, CaseAbilities).
import './voting.abilities.js';
import { Outcome, VoteChoice } from './criteria.js';
import { FINDINGS_MAX, FindingInput, REASONING_MAX } from './voting.inputs.js';
import { tally } from './tally.js';
import { Recusal, Vote, VotingRound, type RoundRow, type VoteRow } from './voting.entities.js';
import { VotingService } from './voting.service.js';

@ObjectType({ description: 'The count of a round. While votes are secret (settings), only `voted` and `eligible` are shown before the close.' })
class TallyView {
  @Field(() => Int) eligible!: number;
  @Field(() => Int) voted!: number;
  @Field(() => Int) quorumNeeded!: number;
  @Field(() => Boolean) quorumMet!: boolean;
  @Field(() => Int, { nullable: true }) confirmed!: number | null;
  @Field(() => Int, { nullable: true }) notConfirmed!: number | null;
  @Field(() => Int, { nullable: true }) abstain!: number | null;
  @Field(() => Outcome, { nullable: true, description: 'The outcome if the round closed now (final once closed).' }) outcome!: Outcome | null;
  @Field(() => Boolean) decidedByChair!: boolean;
}

@ArgsType()
class CastVoteArgs {
  @Field(() => ID) roundId!: string;
  @Field(() => VoteChoice) choice!: VoteChoice;
  @Field(() => [FindingInput], { defaultValue: [], description: 'Findings on the legal criteria, each criterion at most once.' })
  @ArrayMaxSize(FINDINGS_MAX) @ValidateNested()
  findings!: FindingInput[];
  @Field(() => String, { nullable: true }) @MaxLength(REASONING_MAX) reasoning?: string | null;
  @IdempotencyKeyField() idempotencyKey?: string | null;
}

const voting = (ctx: Context) => new VotingService(ctx.em, ctx.viewer, ctx.deps.decideRound, ctx.deps.clock);
/** A round's current votes, oldest first (the request's batch of votes also holds the viewer's changed ones). */
const currentVotes = async (round: RoundRow, ctx: Context) => (await ctx.loaders.votesByRound.load(round.id)).filter((v) => v.supersededAt === null);

@Resolver(() => VotingRound)
export class VotingResolver {
  @Authorized(...CHAIRS)
  @Mutation(() => VotingRound, { description: 'Opens a voting round on a case IN_REVIEW with the panel\'s rule.' })
  openVoting(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context) {
    return voting(ctx).open(caseId);
  }

  @Authorized(...VOTING_ROLES)
  @Mutation(() => Vote, { description: 'Casts or changes the viewer\'s vote (the history is kept). A CONFIRMED vote with a criterion NOT_MET is refused.' })
  castVote(@Args(() => CastVoteArgs) { roundId, choice, findings, reasoning, idempotencyKey }: CastVoteArgs, @Ctx() ctx: Context) {
    return voting(ctx).cast(roundId, choice, findings.map((f) => ({ criterion: f.criterion, value: f.value, note: f.note?.trim() || null })), reasoning ?? null, idempotencyKey);
  }

  @Authorized(...CHAIRS)
  @Mutation(() => VotingRound, { description: 'Closes the round now; the outcome is computed from the votes and the rule.' })
  closeVoting(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: Context) {
    return voting(ctx).closeByChair(roundId);
  }

  @Authorized(...RECUSING_ROLES)
  @Mutation(() => Recusal, { description: 'Declares the viewer\'s conflict of interest in a case: no vote, no personal data, not counted for the quorum.' })
  declareConflict(@Arg('caseId', () => ID) caseId: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return voting(ctx).recuse(caseId, reason);
  }

  @FieldResolver(() => TallyView)
  async tally(@Root() round: RoundRow, @Ctx() ctx: Context): Promise<TallyView> {
    if (!round.open && round.finalTally) return { ...round.finalTally, outcome: round.finalTally.outcome };
    const [votes, recusals, settings] = await Promise.all([currentVotes(round, ctx), ctx.loaders.recusalsByCase.load(round.case.id), ctx.deps.settings.get()]);
    const recused = new Set(recusals.map((r) => r.member.id));
    const eligible = round.eligibleIds.filter((id) => !recused.has(id));
    const t = tally({ eligible, votes: votes.map((v) => ({ memberId: v.member.id, choice: v.choice })), chairId: round.chairId, rule: round.rule });
    if (settings.votesVisibleBeforeClose) return t;
    return { ...t, confirmed: null, notConfirmed: null, abstain: null, outcome: null, decidedByChair: false };
  }

  @FieldResolver(() => [Vote], { description: 'Current votes; while votes are secret and the round open, only the viewer\'s own.' })
  async votes(@Root() round: RoundRow, @Ctx() ctx: Context): Promise<VoteRow[]> {
    const votes = await currentVotes(round, ctx);
    if (!round.open || (await ctx.deps.settings.get()).votesVisibleBeforeClose) return votes;
    return votes.filter((v) => v.member.id === ctx.viewer?.id);
  }

  @FieldResolver(() => [Vote], { description: 'The viewer\'s votes in this round, newest first, including changed ones.' })
  async myVoteHistory(@Root() round: RoundRow, @Ctx() ctx: Context): Promise<VoteRow[]> {
    return (await ctx.loaders.votesByRound.load(round.id)).filter((v) => v.member.id === ctx.viewer!.id).reverse();
  }

  @FieldResolver(() => Date)
  openedAt(@Root() round: RoundRow): Date {
    return round.createdAt;
  }

  @FieldResolver(() => Member)
  openedBy(@Root() round: RoundRow, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(round.openedBy.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may vote in this round now.' })
  async canVote(@Root() round: RoundRow, @Ctx() ctx: Context): Promise<boolean> {
    if (!round.open || !ctx.viewer) return false;
    return mayVote(ctx.viewer, { eligible: round.eligibleIds.includes(ctx.viewer.id), recused: await ctx.loaders.recused.load(round.case.id) });
  }
}

