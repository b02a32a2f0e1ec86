import { Migration } from '@mikro-orm/migrations';

/**
 * Record keys for the cell-key method (server/src/modules/stats/perturbation.ts): every case and
 * every prescription gets a fixed random key 0–255 (existing rows now, new ones at insert), and the
 * rollup carries, beside each count `n`, the sum of its records' keys (`key_sum`), appended ± with
 * the counts by the same triggers, folded by `stats_compact()` and recomputed by `stats_rebuild()`.
 * A published count is a function of (count, key sum mod 256) of its cell, from either path.
 * The covering indexes of the statistics take the key too, so periods stay index-only scans.
 * Also: a case whose day of receipt (or key) changes moves its targets' rows with it.
 */
export class Migration20261206190000_stats_disclosure extends Migration {

  override async up(): Promise<void> {
    // A volatile default is drawn per row, for the existing rows too.
    this.addSql(`alter table "case" add column "record_key" smallint not null default floor(random() * 256)::smallint constraint "case_record_key_check" check ("record_key" between 0 and 255);`);
    this.addSql(`alter table "prescription" add column "record_key" smallint not null default floor(random() * 256)::smallint constraint "prescription_record_key_check" check ("record_key" between 0 and 255);`);
    this.addSql(`alter table "stats_day" add column "key_sum" integer not null default 0;`);
    this.addSql(`alter table "stats_target_day" add column "key_sum" integer not null default 0;`);

    this.addSql(`drop index "case_stats_index";`);
    this.addSql(`create index "case_stats_index" on "case" ("received_at") include ("id", "status", "child_region", "child_age_band", "decided_at", "due_at", "extended_at", "outcome", "platform_ids", "record_key");`);
    this.addSql(`drop index "prescription_stats_index";`);
    this.addSql(`create index "prescription_stats_index" on "prescription" ("case_id") include ("status", "platform_id", "delivered_at", "resolved_at", "record_key");`);
    this.addSql(`drop index "case_running_due_index";`);
    this.addSql(`create index "case_running_due_index" on "case" ("due_at") include ("received_at", "record_key") where "status" in ('REGISTERED', 'SCREENING', 'IN_REVIEW', 'VOTING');`);
    this.addSql(`drop index "stats_day_index";`);
    this.addSql(`create index "stats_day_index" on "stats_day" ("measure", "day") include ("key", "bucket", "n", "key_sum");`);
    this.addSql(`drop index "stats_target_day_index";`);
    this.addSql(`create index "stats_target_day_index" on "stats_target_day" ("target", "day") include ("n", "key_sum");`);

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
    this.addSql(`create trigger "stats_case" after insert or delete or update of "received_at", "status", "child_region", "child_age_band", "outcome", "platform_ids", "decided_at", "due_at", "extended_at", "record_key"
      on "case" for each row execute function stats_case_changed();`);

    this.addSql(`create or replace function stats_prescription_changed() returns trigger language plpgsql as $$
      begin
        insert into "stats_day" ("measure", "day", "key", "bucket", "n", "key_sum")
        select f.measure, f.day, f.key, f.bucket, sum(f.n), sum(f.k) from (
          select x.*, -1 as n, -old."record_key" as k from "case" c cross join lateral stats_prescription_facts(c."received_at", c."decided_at", old."platform_id", old."status", old."delivered_at", old."resolved_at") x where tg_op <> 'INSERT' and c."id" = old."case_id"
          union all select x.*, 1, new."record_key" from "case" c cross join lateral stats_prescription_facts(c."received_at", c."decided_at", new."platform_id", new."status", new."delivered_at", new."resolved_at") x where tg_op <> 'DELETE' and c."id" = new."case_id"
        ) f group by 1, 2, 3, 4 having sum(f.n) <> 0 or sum(f.k) <> 0;
        return null;
      end $$;`);
    this.addSql(`drop trigger "stats_prescription" on "prescription";`);
    this.addSql(`create trigger "stats_prescription" after insert or delete or update of "case_id", "platform_id", "status", "delivered_at", "resolved_at", "record_key"
      on "prescription" for each row execute function stats_prescription_changed();`);

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
    this.addSql(`select stats_rebuild();`);
  }

  override async down(): Promise<void> {
    // The functions and triggers as the stats_rollup migration made them.
    this.addSql(`create or replace function stats_case_changed() returns trigger language plpgsql as $$
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
    this.addSql(`drop trigger "stats_case" on "case";`);
    this.addSql(`create trigger "stats_case" after insert or delete or update of "received_at", "status", "child_region", "child_age_band", "outcome", "platform_ids", "decided_at", "due_at", "extended_at"
      on "case" for each row execute function stats_case_changed();`);
    this.addSql(`create or replace function stats_prescription_changed() returns trigger language plpgsql as $$
      begin
        insert into "stats_day" ("measure", "day", "key", "bucket", "n")
        select f.measure, f.day, f.key, f.bucket, sum(f.n) from (
          select x.*, -1 as n from "case" c cross join lateral stats_prescription_facts(c."received_at", c."decided_at", old."platform_id", old."status", old."delivered_at", old."resolved_at") x where tg_op <> 'INSERT' and c."id" = old."case_id"
          union all select x.*, 1 from "case" c cross join lateral stats_prescription_facts(c."received_at", c."decided_at", new."platform_id", new."status", new."delivered_at", new."resolved_at") x where tg_op <> 'DELETE' and c."id" = new."case_id"
        ) f group by 1, 2, 3, 4 having sum(f.n) <> 0;
        return null;
      end $$;`);
    this.addSql(`drop trigger "stats_prescription" on "prescription";`);
    this.addSql(`create trigger "stats_prescription" after insert or delete or update of "case_id", "platform_id", "status", "delivered_at", "resolved_at"
      on "prescription" for each row execute function stats_prescription_changed();`);
    this.addSql(`create or replace function stats_target_add(case_id uuid, t text, sign integer) returns void language sql as $$
      insert into "stats_target_day" ("target", "day", "n") select t, stats_local_day(c."received_at"), sign from "case" c where c."id" = case_id;
    $$;`);
    this.addSql(`create or replace function stats_compact() returns void language sql as $$
      select pg_advisory_xact_lock(hashtext('stats_rollup'));
      with gone as (delete from "stats_day" where "day" in (select "day" from "stats_day" where not "compacted") returning *)
      insert into "stats_day" ("measure", "day", "key", "bucket", "n", "compacted")
      select "measure", "day", "key", "bucket", sum("n"), true from gone group by 1, 2, 3, 4 having sum("n") <> 0;
      with gone as (delete from "stats_target_day" where "target" in (select "target" from "stats_target_day" where not "compacted") returning *),
        kept as (insert into "stats_target_day" ("target", "day", "n", "compacted") select "target", "day", sum("n"), true from gone group by 1, 2 having sum("n") <> 0)
      insert into "stats_target" as s ("target", "n") select "target", sum("n") from gone group by 1 on conflict ("target") do update set "n" = excluded."n";
    $$;`);
    this.addSql(`create or replace function stats_rebuild() returns void language sql as $$
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
    this.addSql(`drop index "stats_target_day_index"; create index "stats_target_day_index" on "stats_target_day" ("target", "day") include ("n");`);
    this.addSql(`drop index "stats_day_index"; create index "stats_day_index" on "stats_day" ("measure", "day") include ("key", "bucket", "n");`);
    this.addSql(`drop index "case_running_due_index"; create index "case_running_due_index" on "case" ("due_at") include ("received_at") where "status" in ('REGISTERED', 'SCREENING', 'IN_REVIEW', 'VOTING');`);
    this.addSql(`drop index "prescription_stats_index"; create index "prescription_stats_index" on "prescription" ("case_id") include ("status", "platform_id", "delivered_at", "resolved_at");`);
    this.addSql(`drop index "case_stats_index"; create index "case_stats_index" on "case" ("received_at") include ("id", "status", "child_region", "child_age_band", "decided_at", "due_at", "extended_at", "outcome", "platform_ids");`);
    this.addSql(`alter table "stats_target_day" drop column "key_sum"; alter table "stats_day" drop column "key_sum";`);
    this.addSql(`alter table "prescription" drop column "record_key"; alter table "case" drop column "record_key";`);
    this.addSql(`select stats_rebuild();`);
  }

}
