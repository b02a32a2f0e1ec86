import { Migration } from '@mikro-orm/migrations';

export class Migration20261206200000_retention extends Migration {

  override async up(): Promise<void> {
    // Retention (DESIGN.md §5): a set time after a case reaches its final state its identity and
    // evidence files are erased (modules/cases/retention.service.ts). `final_at` is stamped from the
    // event log by the job; `identity_erased_at` marks a case done, so a second run skips it.
    this.addSql(`alter table "case" add column "final_at" timestamptz null, add column "identity_erased_at" timestamptz null;`);
    // The birth date goes at erasure; the statistics keep the age band (`child_age_band`).
    this.addSql(`alter table "case" alter column "child_birth_date" drop not null;`);
    // What the daily job looks for: final cases not yet stamped, and stamped ones not yet erased.
    this.addSql(`create index "case_final_unstamped_index" on "case" ("id") where "final_at" is null and "status" in ('CLOSED', 'OUT_OF_SCOPE');`);
    this.addSql(`create index "case_retention_index" on "case" ("final_at", "id") where "identity_erased_at" is null and "final_at" is not null;`);
    this.addSql(`alter table "evidence" add column "erased_at" timestamptz null;`);
    this.addSql(`alter table "panel_settings" add column "retention_years" integer not null default 5;`);
    this.addSql(`alter table "panel_settings" add constraint "panel_settings_retention_years_check" check ("retention_years" between 1 and 75);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "panel_settings" drop constraint if exists "panel_settings_retention_years_check";`);
    this.addSql(`alter table "panel_settings" drop column if exists "retention_years";`);
    this.addSql(`alter table "evidence" drop column if exists "erased_at";`);
    this.addSql(`drop index if exists "case_retention_index";`);
    this.addSql(`drop index if exists "case_final_unstamped_index";`);
    // Erased birth dates cannot come back: the column stays nullable if any case was erased.
    this.addSql(`do $$ begin if not exists (select 1 from "case" where "child_birth_date" is null) then alter table "case" alter column "child_birth_date" set not null; end if; end $$;`);
    this.addSql(`alter table "case" drop column if exists "identity_erased_at", drop column if exists "final_at";`);
  }

}
