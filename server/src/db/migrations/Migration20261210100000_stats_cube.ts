import { Migration } from '@mikro-orm/migrations';

/**
 * The facts of a case in the rollup (stats_rollup migration), with the answer, the extension notice
 * and the due day of a running case ('running_due', bucket: its Kazakhstan date) when `answers` is set.
 */
const caseFacts = (answers: boolean) => `create or replace function stats_case_facts(c "case") returns table ("day" date, "measure" text, "key" text, "bucket" text) language sql stable parallel safe as $$
  select stats_local_day(c."received_at"), f.measure, coalesce(f.key, ''), coalesce(f.bucket, '') from (
    select 'status' as measure, c."status" as key, null as bucket
    union all select 'region', c."child_region", null
    union all select 'age_band', c."child_age_band", null
    union all select 'outcome', c."outcome", null where c."outcome" is not null
    union all select 'platform', p::text, null from unnest(c."platform_ids") p
    union all select 'deadline', 'decided', null where c."decided_at" is not null
    union all select 'deadline', 'within', null where c."decided_at" is not null and c."extended_at" is null and c."decided_at" <= c."due_at"
    union all select 'deadline', 'extended', null where c."extended_at" is not null${answers ? `
    union all select 'deadline', 'lateNotice', null where c."extended_at" is not null and c."extension_notice_sent_at" > c."applicant_notice_due_at"
    union all select 'deadline', 'answered', null where c."answer_sent_at" is not null
    union all select 'deadline', 'lateAnswer', null where c."answer_sent_at" > c."due_at"
    union all select 'running_due', null, stats_local_day(c."due_at")::text where c."due_at" is not null and c."status" in ('REGISTERED', 'SCREENING', 'IN_REVIEW', 'VOTING')` : ''}
    union all select 'decision_hours', null, stats_hours(c."received_at", c."decided_at") where c."decided_at" is not null
    union all select 'decision_hours_platform', p::text, stats_hours(c."received_at", c."decided_at") from unnest(c."platform_ids") p where c."decided_at" is not null
  ) f $$;`;

const CASE_COLUMNS = `"received_at", "status", "child_region", "child_age_band", "outcome", "platform_ids", "decided_at", "due_at", "extended_at", "record_key"`;
const RUNNING = `"status" in ('REGISTERED', 'SCREENING', 'IN_REVIEW', 'VOTING')`;

/**
 * The indexes of the split rollup: one region (and status) of a period; any other filter, the period
 * of the measure; the rows the triggers appended (stats_compact). stats_rebuild() drops them, fills
 * the tables and creates them again (one sort each instead of millions of index insertions).
 */
const CUBE_INDEX_NAMES = ['stats_cube_day_region_index', 'stats_cube_day_index', 'stats_cube_day_appended_index', 'stats_target_day_region_index', 'stats_target_day_day_index'];
const CUBE_INDEXES = `create index "stats_cube_day_region_index" on "stats_cube_day" ("measure", "region", "status", "day") include ("platform_ids", "key", "bucket", "n", "key_sum");
  create index "stats_cube_day_index" on "stats_cube_day" ("measure", "day", "status") include ("region", "platform_ids", "key", "bucket", "n", "key_sum");
  create index "stats_cube_day_appended_index" on "stats_cube_day" ("day") where not "compacted";
  create index "stats_target_day_region_index" on "stats_target_day" ("region", "status", "day") include ("target", "platform_ids", "n", "key_sum");
  create index "stats_target_day_day_index" on "stats_target_day" ("day", "status") include ("target", "region", "platform_ids", "n", "key_sum");`;

/**
 * Filtered statistics from the rollup. `stats_cube_day` holds the facts of `stats_day` split also by
 * the case's region, status and set of platforms (the filters of the dashboard, and the cells a
 * filtered figure is perturbed in), so a filter by any of them reads rows of the rollup instead of
 * the cases received in the period. `stats_target_day` is split the same way for repeat targets.
 * The answer to the applicant and the extension notice recorded late become facts of the rollup
 * too ('deadline' measure), and so does the due day of each running case ('running_due'): the cases
 * overdue now are those due before today, from the rollup, and those due earlier today, from the
 * partial index of running cases by due time. Notices not sent and past due now are read from a
 * partial index of the few cases they can concern. Both indexes carry the filter columns. The triggers append to both tables in the writing transaction; `stats_compact()`
 * and `stats_rebuild()` keep both.
 */
export class Migration20261210100000_stats_cube extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "stats_cube_day" ("measure" text not null, "day" date not null, "region" text not null, "status" text not null, "platform_ids" uuid[] not null,
      "key" text not null, "bucket" text not null, "n" integer not null, "key_sum" integer not null, "compacted" boolean not null default false);`);
    this.addSql(`alter table "stats_target_day" add column "region" text not null default '', add column "status" text not null default '', add column "platform_ids" uuid[] not null default '{}';`);
    this.addSql(CUBE_INDEXES);

    // The platforms of each listed repeat target: a few probes of its resources' distinct platforms.
    this.addSql(`create index "resource_target_index" on "resource" ("target", "platform_id");`);
    this.addSql(`drop index "case_running_due_index";`);
    this.addSql(`create index "case_running_due_index" on "case" ("due_at") include ("received_at", "record_key", "status", "child_region", "platform_ids") where ${RUNNING};`);
    this.addSql(`create index "case_notice_due_index" on "case" ("applicant_notice_due_at") include ("received_at", "record_key", "status", "child_region", "platform_ids")
      where "extended_at" is not null and "extension_notice_sent_at" is null;`);

    this.addSql(caseFacts(true));

    // The signed facts of the change, with the case's filter columns: summed without them into stats_day, with them into stats_cube_day.
    this.addSql(`create or replace function stats_case_changed() returns trigger language plpgsql as $$
      begin
        with f as (
          select x.*, -1 as n, -old."record_key" as k, old."child_region" as region, old."status" as st, old."platform_ids" as ids from stats_case_facts(old) x where tg_op <> 'INSERT'
          union all select x.*, 1, new."record_key", new."child_region", new."status", new."platform_ids" from stats_case_facts(new) x where tg_op <> 'DELETE'
          union all select x.*, -1, -p."record_key", old."child_region", old."status", old."platform_ids" from "prescription" p
            cross join lateral stats_prescription_facts(old."received_at", old."decided_at", p."platform_id", p."status", p."delivered_at", p."resolved_at") x
            where tg_op = 'UPDATE' and p."case_id" = old."id"
              and (old."decided_at", old."received_at", old."child_region", old."status", old."platform_ids") is distinct from (new."decided_at", new."received_at", new."child_region", new."status", new."platform_ids")
          union all select x.*, 1, p."record_key", new."child_region", new."status", new."platform_ids" from "prescription" p
            cross join lateral stats_prescription_facts(new."received_at", new."decided_at", p."platform_id", p."status", p."delivered_at", p."resolved_at") x
            where tg_op = 'UPDATE' and p."case_id" = new."id"
              and (old."decided_at", old."received_at", old."child_region", old."status", old."platform_ids") is distinct from (new."decided_at", new."received_at", new."child_region", new."status", new."platform_ids")
        ), whole as (
          insert into "stats_day" ("measure", "day", "key", "bucket", "n", "key_sum")
          select f.measure, f.day, f.key, f.bucket, sum(f.n), sum(f.k) from f group by 1, 2, 3, 4 having sum(f.n) <> 0 or sum(f.k) <> 0
        )
        insert into "stats_cube_day" ("measure", "day", "region", "status", "platform_ids", "key", "bucket", "n", "key_sum")
        select f.measure, f.day, f.region, f.st, f.ids, f.key, f.bucket, sum(f.n), sum(f.k) from f group by 1, 2, 3, 4, 5, 6, 7 having sum(f.n) <> 0 or sum(f.k) <> 0;
        if tg_op = 'UPDATE' and (old."received_at", old."record_key", old."child_region", old."status", old."platform_ids")
            is distinct from (new."received_at", new."record_key", new."child_region", new."status", new."platform_ids") then
          insert into "stats_target_day" ("target", "day", "region", "status", "platform_ids", "n", "key_sum")
          select t."target", d.day, d.region, d.st, d.ids, d.n, d.k from (select distinct r."target" from "resource" r where r."case_id" = new."id") t
            cross join (values (stats_local_day(old."received_at"), old."child_region", old."status", old."platform_ids", -1, -old."record_key"),
              (stats_local_day(new."received_at"), new."child_region", new."status", new."platform_ids", 1, new."record_key")) d(day, region, st, ids, n, k);
        end if;
        return null;
      end $$;`);
    this.addSql(`drop trigger "stats_case" on "case";`);
    this.addSql(`create trigger "stats_case" after insert or delete or update of ${CASE_COLUMNS}, "answer_sent_at", "extension_notice_sent_at", "applicant_notice_due_at"
      on "case" for each row execute function stats_case_changed();`);

    this.addSql(`create or replace function stats_prescription_changed() returns trigger language plpgsql as $$
      begin
        with f as (
          select x.*, -1 as n, -old."record_key" as k, c."child_region" as region, c."status" as st, c."platform_ids" as ids from "case" c
            cross join lateral stats_prescription_facts(c."received_at", c."decided_at", old."platform_id", old."status", old."delivered_at", old."resolved_at") x where tg_op <> 'INSERT' and c."id" = old."case_id"
          union all select x.*, 1, new."record_key", c."child_region", c."status", c."platform_ids" from "case" c
            cross join lateral stats_prescription_facts(c."received_at", c."decided_at", new."platform_id", new."status", new."delivered_at", new."resolved_at") x where tg_op <> 'DELETE' and c."id" = new."case_id"
        ), whole as (
          insert into "stats_day" ("measure", "day", "key", "bucket", "n", "key_sum")
          select f.measure, f.day, f.key, f.bucket, sum(f.n), sum(f.k) from f group by 1, 2, 3, 4 having sum(f.n) <> 0 or sum(f.k) <> 0
        )
        insert into "stats_cube_day" ("measure", "day", "region", "status", "platform_ids", "key", "bucket", "n", "key_sum")
        select f.measure, f.day, f.region, f.st, f.ids, f.key, f.bucket, sum(f.n), sum(f.k) from f group by 1, 2, 3, 4, 5, 6, 7 having sum(f.n) <> 0 or sum(f.k) <> 0;
        return null;
      end $$;`);

    this.addSql(`create or replace function stats_target_add(case_id uuid, t text, sign integer) returns void language sql as $$
      insert into "stats_target_day" ("target", "day", "region", "status", "platform_ids", "n", "key_sum")
      select t, stats_local_day(c."received_at"), c."child_region", c."status", c."platform_ids", sign, sign * c."record_key" from "case" c where c."id" = case_id;
    $$;`);

    this.addSql(`create or replace function stats_compact() returns void language sql as $$
      select pg_advisory_xact_lock(hashtext('stats_rollup'));
      with gone as (delete from "stats_day" where "day" in (select "day" from "stats_day" where not "compacted") returning *)
      insert into "stats_day" ("measure", "day", "key", "bucket", "n", "key_sum", "compacted")
      select "measure", "day", "key", "bucket", sum("n"), sum("key_sum"), true from gone group by 1, 2, 3, 4 having sum("n") <> 0 or sum("key_sum") <> 0;
      with gone as (delete from "stats_cube_day" where "day" in (select "day" from "stats_cube_day" where not "compacted") returning *)
      insert into "stats_cube_day" ("measure", "day", "region", "status", "platform_ids", "key", "bucket", "n", "key_sum", "compacted")
      select "measure", "day", "region", "status", "platform_ids", "key", "bucket", sum("n"), sum("key_sum"), true from gone group by 1, 2, 3, 4, 5, 6, 7 having sum("n") <> 0 or sum("key_sum") <> 0;
      with gone as (delete from "stats_target_day" where "target" in (select "target" from "stats_target_day" where not "compacted") returning *),
        kept as (insert into "stats_target_day" ("target", "day", "region", "status", "platform_ids", "n", "key_sum", "compacted")
          select "target", "day", "region", "status", "platform_ids", sum("n"), sum("key_sum"), true from gone group by 1, 2, 3, 4, 5 having sum("n") <> 0 or sum("key_sum") <> 0)
      insert into "stats_target" as s ("target", "n") select "target", sum("n") from gone group by 1 on conflict ("target") do update set "n" = excluded."n";
    $$;`);
    // The cube from the facts once, into the tables without their indexes, created after (memory enough
    // to group the facts and sort the indexes without spilling much); the whole rollup is its sums.
    this.addSql(`create or replace function stats_rebuild() returns void language plpgsql as $$
      begin
      perform pg_advisory_xact_lock(hashtext('stats_rollup'));
      perform set_config('work_mem', '256MB', true), set_config('maintenance_work_mem', '512MB', true);
      truncate "stats_day", "stats_cube_day", "stats_target_day", "stats_target";
      drop index if exists ${CUBE_INDEX_NAMES.map((n) => `"${n}"`).join(', ')};
      insert into "stats_cube_day" ("measure", "day", "region", "status", "platform_ids", "key", "bucket", "n", "key_sum", "compacted")
      select f.measure, f.day, f.region, f.st, f.ids, f.key, f.bucket, count(*), sum(f.rk), true from (
        select x.*, c."record_key" as rk, c."child_region" as region, c."status" as st, c."platform_ids" as ids from (select * from "case" offset 0) c cross join lateral stats_case_facts(c) x
        union all select x.*, p."record_key", c."child_region", c."status", c."platform_ids" from "prescription" p join "case" c on c."id" = p."case_id"
          cross join lateral stats_prescription_facts(c."received_at", c."decided_at", p."platform_id", p."status", p."delivered_at", p."resolved_at") x
      ) f group by 1, 2, 3, 4, 5, 6, 7;
      insert into "stats_day" ("measure", "day", "key", "bucket", "n", "key_sum", "compacted")
      select "measure", "day", "key", "bucket", sum("n"), sum("key_sum"), true from "stats_cube_day" group by 1, 2, 3, 4;
      insert into "stats_target_day" ("target", "day", "region", "status", "platform_ids", "n", "key_sum", "compacted")
      select t."target", t."day", t.region, t.st, t.ids, count(*), sum(t.rk), true from (
        select distinct r."target", r."case_id", stats_local_day(c."received_at") as "day", c."record_key" as rk, c."child_region" as region, c."status" as st, c."platform_ids" as ids
        from "resource" r join "case" c on c."id" = r."case_id") t
      group by 1, 2, 3, 4, 5;
      insert into "stats_target" ("target", "n") select "target", sum("n") from "stats_target_day" group by 1;
      ${CUBE_INDEXES}
      end $$;`);
    this.addSql(`select stats_rebuild();`);
  }

  override async down(): Promise<void> {
    // The functions and the trigger as the stats_disclosure migration left them.
    this.addSql(caseFacts(false));
    this.addSql(`create or replace function stats_case_changed() returns trigger language plpgsql as $$
      begin
        insert into "stats_day" ("measure", "day", "key", "bucket", "n", "key_sum")
        select f.measure, f.day, f.key, f.bucket, sum(f.n), sum(f.k) from (
          select x.*, -1 as n, -old."record_key" as k from stats_case_facts(old) x where tg_op <> 'INSERT'
          union all select x.*, 1, new."record_key" from stats_case_facts(new) x where tg_op <> 'DELETE'
          union all select x.*, -1, -p."record_key" from "prescription" p cross join lateral stats_prescription_facts(old."received_at", old."decided_at", p."platform_id", p."status", p."delivered_at", p."resolved_at") x
            where tg_op = 'UPDATE' and p."case_id" = old."id" and (old."decided_at", old."received_at") is distinct from (new."decided_at", new."received_at")
          union all select x.*, 1, p."record_key" from "prescription" p cross join lateral stats_prescription_facts(new."received_at", new."decided_at", p."platform_id", p."status", p."delivered_at", p."resolved_at") x
            where tg_op = 'UPDATE' and p."case_id" = new."id" and (old."decided_at", old."received_at") is distinct from (new."decided_at", new."received_at")
        ) f group by 1, 2, 3, 4 having sum(f.n) <> 0 or sum(f.k) <> 0;
        if tg_op = 'UPDATE' and (old."received_at", old."record_key") is distinct from (new."received_at", new."record_key") then
          insert into "stats_target_day" ("target", "day", "n", "key_sum")
          select t."target", d.day, d.n, d.k from (select distinct r."target" from "resource" r where r."case_id" = new."id") t
            cross join (values (stats_local_day(old."received_at"), -1, -old."record_key"), (stats_local_day(new."received_at"), 1, new."record_key")) d(day, n, k);
        end if;
        return null;
      end $$;`);
    this.addSql(`drop trigger "stats_case" on "case";`);
    this.addSql(`create trigger "stats_case" after insert or delete or update of ${CASE_COLUMNS} on "case" for each row execute function stats_case_changed();`);
    this.addSql(`create or replace function stats_prescription_changed() returns trigger language plpgsql as $$
      begin
        insert into "stats_day" ("measure", "day", "key", "bucket", "n", "key_sum")
        select f.measure, f.day, f.key, f.bucket, sum(f.n), sum(f.k) from (
          select x.*, -1 as n, -old."record_key" as k from "case" c cross join lateral stats_prescription_facts(c."received_at", c."decided_at", old."platform_id", old."status", old."delivered_at", old."resolved_at") x where tg_op <> 'INSERT' and c."id" = old."case_id"
          union all select x.*, 1, new."record_key" from "case" c cross join lateral stats_prescription_facts(c."received_at", c."decided_at", new."platform_id", new."status", new."delivered_at", new."resolved_at") x where tg_op <> 'DELETE' and c."id" = new."case_id"
        ) f group by 1, 2, 3, 4 having sum(f.n) <> 0 or sum(f.k) <> 0;
        return null;
      end $$;`);
    this.addSql(`create or replace function stats_target_add(case_id uuid, t text, sign integer) returns void language sql as $$
      insert into "stats_target_day" ("target", "day", "n", "key_sum") select t, stats_local_day(c."received_at"), sign, sign * c."record_key" from "case" c where c."id" = case_id;
    $$;`);
    this.addSql(`create or replace function stats_compact() returns void language sql as $$
      select pg_advisory_xact_lock(hashtext('stats_rollup'));
      with gone as (delete from "stats_day" where "day" in (select "day" from "stats_day" where not "compacted") returning *)
      insert into "stats_day" ("measure", "day", "key", "bucket", "n", "key_sum", "compacted")
      select "measure", "day", "key", "bucket", sum("n"), sum("key_sum"), true from gone group by 1, 2, 3, 4 having sum("n") <> 0 or sum("key_sum") <> 0;
      with gone as (delete from "stats_target_day" where "target" in (select "target" from "stats_target_day" where not "compacted") returning *),
        kept as (insert into "stats_target_day" ("target", "day", "n", "key_sum", "compacted") select "target", "day", sum("n"), sum("key_sum"), true from gone group by 1, 2 having sum("n") <> 0 or sum("key_sum") <> 0)
      insert into "stats_target" as s ("target", "n") select "target", sum("n") from gone group by 1 on conflict ("target") do update set "n" = excluded."n";
    $$;`);
    this.addSql(`create or replace function stats_rebuild() returns void language sql as $$
      select pg_advisory_xact_lock(hashtext('stats_rollup'));
      truncate "stats_day", "stats_target_day", "stats_target";
      insert into "stats_day" ("measure", "day", "key", "bucket", "n", "key_sum", "compacted")
      select f.measure, f.day, f.key, f.bucket, count(*), sum(f.rk), true from (
        select x.*, c."record_key" as rk from (select * from "case" offset 0) c cross join lateral stats_case_facts(c) x
        union all select x.*, p."record_key" from "prescription" p join "case" c on c."id" = p."case_id"
          cross join lateral stats_prescription_facts(c."received_at", c."decided_at", p."platform_id", p."status", p."delivered_at", p."resolved_at") x
      ) f group by 1, 2, 3, 4;
      insert into "stats_target_day" ("target", "day", "n", "key_sum", "compacted")
      select t."target", t."day", count(*), sum(t.rk), true from (
        select distinct r."target", r."case_id", stats_local_day(c."received_at") as "day", c."record_key" as rk from "resource" r join "case" c on c."id" = r."case_id") t
      group by 1, 2;
      insert into "stats_target" ("target", "n") select "target", sum("n") from "stats_target_day" group by 1;
    $$;`);
    this.addSql(`drop index "case_notice_due_index"; drop index "resource_target_index";`);
    this.addSql(`drop index "case_running_due_index";`);
    this.addSql(`create index "case_running_due_index" on "case" ("due_at") include ("received_at", "record_key") where ${RUNNING};`);
    this.addSql(`drop index "stats_target_day_day_index"; drop index "stats_target_day_region_index";`);
    this.addSql(`alter table "stats_target_day" drop column "region", drop column "status", drop column "platform_ids";`);
    this.addSql(`drop table "stats_cube_day";`);
    this.addSql(`select stats_rebuild();`);
  }

}
