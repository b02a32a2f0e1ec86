import { Migration } from '@mikro-orm/migrations';

/**
 * Daily statistics kept up to date by triggers, so the dashboard of a period reads a few thousand
 * rollup rows instead of every case received in it (B5 in BENCHMARKS.md).
 *
 * `stats_day`: per Kazakhstan day of receipt, counts of cases by status, region, age band,
 * outcome, platform and deadline keeping, whole-hour histograms of the durations (receipt →
 * decision, decision → compliance, delivery → removal) and prescriptions by platform and status.
 * `stats_target_day` / `stats_target`: cases naming each resource target, per day and in all.
 *
 * The facts of one row are a SQL function of it (`stats_case_facts`, `stats_prescription_facts`);
 * triggers append the facts of the old row with n = -1 and those of the new one with n = +1 in the
 * writing transaction, so the sums over the rollup are exactly the aggregates of the committed rows.
 * Appending takes no lock on shared rows: concurrent writers never wait for each other nor
 * deadlock on a day's counters. `stats_compact()` (a job every minute) folds the appended rows
 * into one per key and refreshes each target's total; `stats_rebuild()` recomputes everything
 * from scratch (after a bulk load that skipped triggers).
 */
export class Migration20261130190000_stats_rollup extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "stats_day" ("measure" text not null, "day" date not null, "key" text not null, "bucket" text not null, "n" integer not null, "compacted" boolean not null default false);`);
    this.addSql(`create index "stats_day_index" on "stats_day" ("measure", "day") include ("key", "bucket", "n");`);
    this.addSql(`create index "stats_day_appended_index" on "stats_day" ("day") where not "compacted";`);
    this.addSql(`create table "stats_target_day" ("target" text not null, "day" date not null, "n" integer not null, "compacted" boolean not null default false);`);
    this.addSql(`create index "stats_target_day_index" on "stats_target_day" ("target", "day") include ("n");`);
    this.addSql(`create index "stats_target_day_appended_index" on "stats_target_day" ("target") where not "compacted";`);
    // Each target's count over all time, as of the last compaction: an upper bound for any period once its appended rows are counted too.
    this.addSql(`create table "stats_target" ("target" text primary key, "n" integer not null);`);
    this.addSql(`create index "stats_target_rank_index" on "stats_target" ("n" desc, "target");`);
    this.addSql(`create index "resource_case_target_index" on "resource" ("case_id", "target");`);
    // Cases whose clock runs (overdue now is read from them at the time of asking).
    this.addSql(`create index "case_running_due_index" on "case" ("due_at") include ("received_at") where "status" in ('REGISTERED', 'SCREENING', 'IN_REVIEW', 'VOTING');`);

    this.addSql(`create function stats_local_day(t timestamptz) returns date language sql immutable parallel safe
      as $$ select ((t at time zone 'UTC') + interval '5 hours')::date $$;`);
    this.addSql(`create function stats_hours(a timestamptz, b timestamptz) returns text language sql immutable parallel safe
      as $$ select floor(extract(epoch from (b - a)) / 3600)::bigint::text $$;`);

    // Keys are '' where a breakdown has none (the readers turn '' back into null).
    this.addSql(`create function stats_case_facts(c "case") returns table ("day" date, "measure" text, "key" text, "bucket" text) language sql stable parallel safe as $$
      select stats_local_day(c."received_at"), f.measure, coalesce(f.key, ''), coalesce(f.bucket, '') from (
        select 'status' as measure, c."status" as key, null as bucket
        union all select 'region', c."child_region", null
        union all select 'age_band', c."child_age_band", null
        union all select 'outcome', c."outcome", null where c."outcome" is not null
        union all select 'platform', p::text, null from unnest(c."platform_ids") p
        union all select 'deadline', 'decided', null where c."decided_at" is not null
        union all select 'deadline', 'within', null where c."decided_at" is not null and c."extended_at" is null and c."decided_at" <= c."due_at"
        union all select 'deadline', 'extended', null where c."extended_at" is not null
        union all select 'decision_hours', null, stats_hours(c."received_at", c."decided_at") where c."decided_at" is not null
        union all select 'decision_hours_platform', p::text, stats_hours(c."received_at", c."decided_at") from unnest(c."platform_ids") p where c."decided_at" is not null
      ) f $$;`);
    this.addSql(`create function stats_prescription_facts(received_at timestamptz, decided_at timestamptz, platform_id uuid, status text, delivered_at timestamptz, resolved_at timestamptz) returns table ("day" date, "measure" text, "key" text, "bucket" text)
      language sql stable parallel safe as $$
      select stats_local_day(received_at), f.measure, coalesce(f.key, ''), coalesce(f.bucket, '') from (
        select 'prescription' as measure, platform_id::text as key, status as bucket
        union all select 'removal_hours', platform_id::text, stats_hours(delivered_at, resolved_at) where status = 'COMPLIED' and delivered_at is not null and resolved_at is not null
        union all select 'compliance_hours', null, stats_hours(decided_at, resolved_at) where resolved_at is not null and decided_at is not null
        union all select 'compliance_hours_platform', platform_id::text, stats_hours(decided_at, resolved_at) where resolved_at is not null and decided_at is not null
      ) f $$;`);

    // Appends the signed facts of the change (none when they cancel out).
    this.addSql(`create function stats_case_changed() returns trigger language plpgsql as $$
      begin
        insert into "stats_day" ("measure", "day", "key", "bucket", "n")
        select f.measure, f.day, f.key, f.bucket, sum(f.n) from (
          select x.*, -1 as n from stats_case_facts(old) x where tg_op <> 'INSERT'
          union all select x.*, 1 from stats_case_facts(new) x where tg_op <> 'DELETE'
          union all select x.*, -1 from "prescription" p cross join lateral stats_prescription_facts(old."received_at", old."decided_at", p."platform_id", p."status", p."delivered_at", p."resolved_at") x
            where tg_op = 'UPDATE' and p."case_id" = old."id" and (old."decided_at", old."received_at") is distinct from (new."decided_at", new."received_at")
          union all select x.*, 1 from "prescription" p cross join lateral stats_prescription_facts(new."received_at", new."decided_at", p."platform_id", p."status", p."delivered_at", p."resolved_at") x
            where tg_op = 'UPDATE' and p."case_id" = new."id" and (old."decided_at", old."received_at") is distinct from (new."decided_at", new."received_at")
        ) f group by 1, 2, 3, 4 having sum(f.n) <> 0;
        return null;
      end $$;`);
    this.addSql(`create trigger "stats_case" after insert or delete or update of "received_at", "status", "child_region", "child_age_band", "outcome", "platform_ids", "decided_at", "due_at", "extended_at"
      on "case" for each row execute function stats_case_changed();`);

    this.addSql(`create function stats_prescription_changed() returns trigger language plpgsql as $$
      begin
        insert into "stats_day" ("measure", "day", "key", "bucket", "n")
        select f.measure, f.day, f.key, f.bucket, sum(f.n) from (
          select x.*, -1 as n from "case" c cross join lateral stats_prescription_facts(c."received_at", c."decided_at", old."platform_id", old."status", old."delivered_at", old."resolved_at") x where tg_op <> 'INSERT' and c."id" = old."case_id"
          union all select x.*, 1 from "case" c cross join lateral stats_prescription_facts(c."received_at", c."decided_at", new."platform_id", new."status", new."delivered_at", new."resolved_at") x where tg_op <> 'DELETE' and c."id" = new."case_id"
        ) f group by 1, 2, 3, 4 having sum(f.n) <> 0;
        return null;
      end $$;`);
    this.addSql(`create trigger "stats_prescription" after insert or delete or update of "case_id", "platform_id", "status", "delivered_at", "resolved_at"
      on "prescription" for each row execute function stats_prescription_changed();`);

    // A target counts once per case, however many resources of the case name it.
    this.addSql(`create function stats_target_add(case_id uuid, t text, sign integer) returns void language sql as $$
      insert into "stats_target_day" ("target", "day", "n") select t, stats_local_day(c."received_at"), sign from "case" c where c."id" = case_id;
    $$;`);
    this.addSql(`create function stats_resource_changed() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and (old."case_id", old."target") is not distinct from (new."case_id", new."target") then return null; end if;
        if tg_op <> 'INSERT' and not exists (select 1 from "resource" r where r."case_id" = old."case_id" and r."target" = old."target") then
          perform stats_target_add(old."case_id", old."target", -1);
        end if;
        if tg_op <> 'DELETE' and not exists (select 1 from "resource" r where r."case_id" = new."case_id" and r."target" = new."target" and r."id" <> new."id") then
          perform stats_target_add(new."case_id", new."target", 1);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "stats_resource" after insert or delete or update of "case_id", "url" on "resource" for each row execute function stats_resource_changed();`);

    // One compaction or rebuild at a time (the advisory lock): each target's total is recounted from all its rows.
    this.addSql(`create function stats_compact() returns void language sql as $$
      select pg_advisory_xact_lock(hashtext('stats_rollup'));
      with gone as (delete from "stats_day" where "day" in (select "day" from "stats_day" where not "compacted") returning *)
      insert into "stats_day" ("measure", "day", "key", "bucket", "n", "compacted")
      select "measure", "day", "key", "bucket", sum("n"), true from gone group by 1, 2, 3, 4 having sum("n") <> 0;
      with gone as (delete from "stats_target_day" where "target" in (select "target" from "stats_target_day" where not "compacted") returning *),
        kept as (insert into "stats_target_day" ("target", "day", "n", "compacted") select "target", "day", sum("n"), true from gone group by 1, 2 having sum("n") <> 0)
      insert into "stats_target" as s ("target", "n") select "target", sum("n") from gone group by 1 on conflict ("target") do update set "n" = excluded."n";
    $$;`);
    this.addSql(`create function stats_rebuild() returns void language sql as $$
      select pg_advisory_xact_lock(hashtext('stats_rollup'));
      truncate "stats_day", "stats_target_day", "stats_target";
      insert into "stats_day" ("measure", "day", "key", "bucket", "n", "compacted")
      select f.measure, f.day, f.key, f.bucket, count(*), true from (
        select x.* from (select * from "case" offset 0) c cross join lateral stats_case_facts(c) x
        union all select x.* from "prescription" p join "case" c on c."id" = p."case_id"
          cross join lateral stats_prescription_facts(c."received_at", c."decided_at", p."platform_id", p."status", p."delivered_at", p."resolved_at") x
      ) f group by 1, 2, 3, 4;
      insert into "stats_target_day" ("target", "day", "n", "compacted")
      select r."target", stats_local_day(c."received_at"), count(distinct r."case_id"), true from "resource" r join "case" c on c."id" = r."case_id" group by 1, 2;
      insert into "stats_target" ("target", "n") select "target", sum("n") from "stats_target_day" group by 1;
    $$;`);
    this.addSql(`select stats_rebuild();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "stats_resource" on "resource"; drop trigger "stats_prescription" on "prescription"; drop trigger "stats_case" on "case";`);
    this.addSql(`drop function stats_rebuild(); drop function stats_compact(); drop function stats_resource_changed(); drop function stats_target_add(uuid, text, integer);
      drop function stats_prescription_changed(); drop function stats_case_changed();
      drop function stats_prescription_facts(timestamptz, timestamptz, uuid, text, timestamptz, timestamptz); drop function stats_case_facts("case");
      drop function stats_hours(timestamptz, timestamptz); drop function stats_local_day(timestamptz);`);
    this.addSql(`drop index "case_running_due_index"; drop index "resource_case_target_index";`);
    this.addSql(`drop table "stats_target"; drop table "stats_target_day"; drop table "stats_day";`);
  }

}
