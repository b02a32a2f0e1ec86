import { Migration } from '@mikro-orm/migrations';

/**
 * Statistics read narrow facts instead of joining wide tables: the platforms and the outcome of a
 * case are kept on its row, a covering index holds every column the dashboard groups or filters
 * by (index-only scans of the period), and a resource's normalized target is a generated column.
 */
export class Migration20261130172500_stats_facts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "case" add column "platform_ids" uuid[] not null default '{}', add column "outcome" text null;`);
    this.addSql(`update "case" c set "platform_ids" = e.ids from (
      select "case_id", array_agg(distinct "platform_id" order by "platform_id") as ids from "episode" where "platform_id" is not null group by "case_id") e where e."case_id" = c."id";`);
    this.addSql(`update "case" c set "outcome" = d."outcome" from "decision" d where d."case_id" = c."id";`);
    this.addSql(`drop index "case_received_at_index";`);
    this.addSql(`create index "case_stats_index" on "case" ("received_at") include ("id", "status", "child_region", "child_age_band", "decided_at", "due_at", "extended_at", "outcome", "platform_ids");`);
    this.addSql(`create index "prescription_stats_index" on "prescription" ("case_id") include ("status", "platform_id", "delivered_at", "resolved_at");`);
    // chr(63) is "?": the URL without its query and fragment, lower-cased.
    this.addSql(`alter table "resource" add column "target" text generated always as (lower(split_part(split_part("url", '#', 1), chr(63), 1))) stored;`);
    this.addSql(`create index "resource_stats_index" on "resource" ("case_id") include ("target");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "resource_stats_index";`);
    this.addSql(`alter table "resource" drop column "target";`);
    this.addSql(`drop index "prescription_stats_index";`);
    this.addSql(`drop index "case_stats_index";`);
    this.addSql(`create index "case_received_at_index" on "case" ("received_at");`);
    this.addSql(`alter table "case" drop column "platform_ids", drop column "outcome";`);
  }

}
