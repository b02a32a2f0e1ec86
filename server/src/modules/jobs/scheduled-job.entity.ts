import { BigIntType, Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** Work to do at a time (round deadlines, re-checks, reminders), taken by exactly one instance. */
@Entity({ tableName: 'scheduled_job' })
@Index({ properties: ['runAt'] })
@Index({ name: 'scheduled_job_due_index', expression: 'create index "scheduled_job_due_index" on "scheduled_job" ("run_at") where "done_at" is null' })
export class ScheduledJob {
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true }) id!: string;
  @Property({ type: 'text' }) kind!: string;
  @Property({ type: 'timestamptz' }) runAt!: Date;
  @Property({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @Property({ type: 'integer' }) attempts: Opt<number> = 0;
  @Property({ type: 'text', nullable: true }) lastError?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) doneAt?: Date | null;
  /** Set when the job used up its attempts: it runs no more until an admin retries it. */
  @Property({ type: 'timestamptz', nullable: true }) failedAt?: Date | null;
  @Property({ type: 'timestamptz' }) createdAt: Opt<Date> = new Date();
}
