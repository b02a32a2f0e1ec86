import { Migration } from '@mikro-orm/migrations';

export class Migration20261130140044_compliance extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "scheduled_job" ("id" bigserial primary key, "kind" text not null, "run_at" timestamptz not null, "payload" jsonb not null, "attempts" int not null default 0, "last_error" text null, "done_at" timestamptz null, "created_at" timestamptz not null);`);
    // Due work is looked up by time among the jobs not done yet.
    this.addSql(`create index "scheduled_job_due_index" on "scheduled_job" ("run_at") where "done_at" is null;`);
    this.addSql(`create index "scheduled_job_run_at_index" on "scheduled_job" ("run_at");`);

    this.addSql(`create table "url_check" ("id" uuid not null, "created_at" timestamptz not null, "prescription_id" uuid not null, "url" text not null, "state" text not null, "http_status" int null, "note" text null, "requested_by_id" uuid null, constraint "url_check_pkey" primary key ("id"));`);
    this.addSql(`create index "url_check_prescription_id_index" on "url_check" ("prescription_id");`);

    this.addSql(`create table "access_restriction_request" ("id" uuid not null, "created_at" timestamptz not null, "prescription_id" uuid not null, "requested_by_id" uuid not null, "package" jsonb not null, constraint "access_restriction_request_pkey" primary key ("id"));`);
    this.addSql(`create index "access_restriction_request_prescription_id_index" on "access_restriction_request" ("prescription_id");`);
    this.addSql(`alter table "access_restriction_request" add constraint "access_restriction_request_prescription_id_unique" unique ("prescription_id");`);

    this.addSql(`alter table "url_check" add constraint "url_check_prescription_id_foreign" foreign key ("prescription_id") references "prescription" ("id") on update cascade;`);
    this.addSql(`alter table "url_check" add constraint "url_check_requested_by_id_foreign" foreign key ("requested_by_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "access_restriction_request" add constraint "access_restriction_request_prescription_id_foreign" foreign key ("prescription_id") references "prescription" ("id") on update cascade;`);
    this.addSql(`alter table "access_restriction_request" add constraint "access_restriction_request_requested_by_id_foreign" foreign key ("requested_by_id") references "member" ("id") on update cascade;`);


  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "scheduled_job" cascade;`);

    this.addSql(`drop table if exists "url_check" cascade;`);

    this.addSql(`drop table if exists "access_restriction_request" cascade;`);

    this.addSql(`CREATE UNIQUE INDEX vote_one_current_per_member ON public.vote USING btree (round_id, member_id) WHERE (superseded_at IS NULL);`);

    this.addSql(`CREATE UNIQUE INDEX voting_round_one_open_per_case ON public.voting_round USING btree (case_id) WHERE open;`);
  }

}
