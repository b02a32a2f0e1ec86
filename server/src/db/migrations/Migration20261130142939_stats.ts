import { Migration } from '@mikro-orm/migrations';
import { kindName } from '../../shared/events/event-kinds.js';

export class Migration20261130142939_stats extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "case" add column "first_episode_at" timestamptz null, add column "child_age_band" text null, add column "decided_at" timestamptz null;`);
    this.addSql(`create index "case_decided_at_index" on "case" ("decided_at");`);
    this.addSql(`create index "case_received_at_index" on "case" ("received_at");`);

    this.addSql(`alter table "prescription" add column "resolved_at" timestamptz null;`);
    // Backfill the statistics facts of cases registered before this migration.
    this.addSql(`update "case" c set "first_episode_at" = e.first from (select "case_id", min("occurred_at") as first from "episode" group by "case_id") e where e."case_id" = c."id";`);
    this.addSql(`update "case" c set "child_age_band" = case
      when c."first_episode_at" is null or c."child_birth_date" > (c."first_episode_at" at time zone 'UTC' + interval '5 hours')::date then 'UNKNOWN'
      else (select case when a < 10 then 'UNDER_10' when a <= 13 then 'AGE_10_13' when a <= 15 then 'AGE_14_15' when a <= 17 then 'AGE_16_17' else 'ADULT' end
            from (select date_part('year', age((c."first_episode_at" at time zone 'UTC' + interval '5 hours')::date, c."child_birth_date"))::int as a) x) end;`);
    this.addSql(`update "case" c set "decided_at" = d."created_at" from "decision" d where d."case_id" = c."id";`);
    this.addSql(`update "prescription" p set "resolved_at" = x.at from (select (payload->>'prescriptionId')::uuid as id, max("at") as at from "case_event" where "kind" = '${kindName('prescription.status_changed')}' and payload->>'to' in ('COMPLIED', 'PARTIALLY_COMPLIED', 'NOT_COMPLIED') group by 1) x where x.id = p."id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "case_decided_at_index";`);
    this.addSql(`drop index "case_received_at_index";`);
    this.addSql(`alter table "case" drop column "first_episode_at", drop column "child_age_band", drop column "decided_at";`);

    this.addSql(`alter table "prescription" drop column "resolved_at";`);
  }

}
