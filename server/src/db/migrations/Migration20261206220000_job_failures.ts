import { Migration } from '@mikro-orm/migrations';

/** A job that used up its attempts is marked failed (and stays visible) instead of waiting forever unseen. */
export class Migration20261206220000_job_failures extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "scheduled_job" add column "failed_at" timestamptz null;`);
    this.addSql(`update "scheduled_job" set "failed_at" = now() where "done_at" is null and "attempts" >= 5;`);
    this.addSql(`create index "scheduled_job_failed_index" on "scheduled_job" ("failed_at") where "failed_at" is not null and "done_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "scheduled_job_failed_index";`);
    this.addSql(`alter table "scheduled_job" drop column if exists "failed_at";`);
  }
}
