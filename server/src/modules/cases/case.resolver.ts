import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { CASE_READERS, CASE_STAFF, CHAIRS } from '../../shared/role.js';
import { NoticeChannel } from './case.enums.js';
import { Case } from './case.entity.js';
import { CaseService, readCase } from './case.service.js';
import { CaseConnection } from './case.types.js';
import { CaseFilter, CaseQueueCounts, CaseSort } from './case-queue.inputs.js';
import { CaseQueueService } from './case-queue.service.js';

const cases = (ctx: Context) => new CaseService(ctx.em, ctx.viewer!, ctx.deps.clock);
const queue = (ctx: Context) => new CaseQueueService(ctx.em, ctx.viewer!, ctx.deps.clock);
const REASON = { description: 'Sent to the applicant.' };

@Resolver(() => Case)
export class CaseResolver {
  @Authorized(...CASE_READERS)
  @Query(() => Case)
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readCase(ctx.viewer!, id, ctx.loaders.caseRow);
  }

  @Authorized(...CASE_READERS)
  @Query(() => CaseConnection, { description: 'The queue: active cases by due time unless the filter and sort say otherwise.' })
  cases(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'A cursor of the same sort.' }) after: string | null,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null,
    @Arg('sort', () => CaseSort, { nullable: true, description: 'By default DUE_AT ascending.' }) sort: CaseSort | null,
    @Ctx() ctx: Context,
  ) {
    return queue(ctx).list(first, after, filter ?? {}, sort ?? undefined);
  }

  @Authorized(...CASE_READERS)
  @Query(() => CaseQueueCounts, { description: 'How many cases each state, view and the overdue filter of the queue would show, with the rest of the filter as given.' })
  caseQueueCounts(@Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null, @Ctx() ctx: Context) {
    return queue(ctx).counts(filter ?? {});
  }

  @Authorized(...CASE_STAFF)
  @Mutation(() => Case, { description: 'REGISTERED or RETURNED → SCREENING.' })
  startScreening(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context) {
    return cases(ctx).move(caseId, 'SCREENING');
  }

  @Authorized(...CASE_STAFF)
  @Mutation(() => Case, { description: 'SCREENING → IN_REVIEW: the panel takes the case; a case failing the screening checklist needs the reason.' })
  acceptForReview(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('reason', () => String, { nullable: true, description: 'Required when the checklist fails: why the panel reviews the case anyway (kept in the case and its log).' }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return cases(ctx).move(caseId, 'IN_REVIEW', reason ?? undefined);
  }

  @Authorized(...CASE_STAFF)
  @Mutation(() => Case, { description: 'SCREENING → RETURNED: incomplete, sent back to the applicant with the reason.' })
  returnToApplicant(@Arg('caseId', () => ID) caseId: string, @Arg('reason', () => String, REASON) reason: string, @Ctx() ctx: Context) {
    return cases(ctx).move(caseId, 'RETURNED', reason);
  }

  @Authorized(...CASE_STAFF)
  @Mutation(() => Case, { description: '→ OUT_OF_SCOPE (adult victim, not through telecom, duplicate), with the reason.' })
  markOutOfScope(@Arg('caseId', () => ID) caseId: string, @Arg('reason', () => String, REASON) reason: string, @Ctx() ctx: Context) {
    return cases(ctx).move(caseId, 'OUT_OF_SCOPE', reason);
  }

  @Authorized(...CHAIRS)
  @Mutation(() => Case, { description: 'Extends the decision deadline by a reasoned decision, at most 15 calendar days after receipt.' })
  extendDeadline(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('dueAt', () => Date, { nullable: true, description: 'The new due time; by default the latest allowed (15 calendar days after receipt).' })
    dueAt: Date | null,
    @Ctx() ctx: Context,
  ) {
    return cases(ctx).extendDeadline(caseId, reason, dueAt);
  }

  @Authorized(...CASE_STAFF)
  @Mutation(() => Case, { description: 'Records that the applicant was told of the current extension: when (not in the future, not before the extension) and how.' })
  recordExtensionNotice(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('sentAt', () => Date) sentAt: Date,
    @Arg('channel', () => NoticeChannel) channel: NoticeChannel,
    @Ctx() ctx: Context,
  ) {
    return cases(ctx).recordExtensionNotice(caseId, sentAt, channel);
  }

  @Authorized(...CASE_STAFF)
  @Mutation(() => Case, { description: 'Records that the answer to the applicant on the case\'s ending was sent: when (not in the future, not before the ending) and how; once.' })
  recordAnswerSent(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('sentAt', () => Date) sentAt: Date,
    @Arg('channel', () => NoticeChannel) channel: NoticeChannel,
    @Ctx() ctx: Context,
  ) {
    return cases(ctx).recordAnswerSent(caseId, sentAt, channel);
  }
}
