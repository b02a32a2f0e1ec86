import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Role } from '../../shared/role.js';
import { FailedJobsService } from './failed-jobs.service.js';
import type { ScheduledJob } from './scheduled-job.entity.js';

@ObjectType({ description: 'Scheduled work that used up its attempts (a round deadline, a re-check, housekeeping …): it runs no more until retried.' })
class FailedJob {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'What it does, e.g. round.deadline, prescription.recheck.' }) kind!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true, description: 'The error of the last attempt.' }) lastError!: string | null;
  @Field(() => Date, { nullable: true, description: 'When it failed for good; null once retried.' }) failedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

const view = (j: ScheduledJob): FailedJob => ({ id: j.id, kind: j.kind, attempts: j.attempts, lastError: j.lastError ?? null, failedAt: j.failedAt ?? null, createdAt: j.createdAt });
const service = (ctx: Context) => new FailedJobsService(ctx.em, ctx.viewer!, ctx.deps.clock);

@Resolver()
export class FailedJobsResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [FailedJob], { description: 'Scheduled work that failed for good, newest first (at most 100).' })
  async failedJobs(@Ctx() ctx: Context): Promise<FailedJob[]> {
    return (await service(ctx).list()).map(view);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => FailedJob, { description: 'Puts a failed job back in the queue with fresh attempts; it runs within seconds.' })
  async retryJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<FailedJob> {
    return view(await service(ctx).retry(id));
  }
}
