import { Migration } from '@mikro-orm/migrations';

const COLUMNS = `"measure", "day", "key", "bucket", "n", "key_sum", "compacted"`;
/** A change of `stats_day` (its rows `t`, signed): summed into the month it falls in. Rows that were compacted stay so. */
const monthSums = (t: string, sign: string) => `insert into "stats_month" (${COLUMNS})
  select "measure", date_trunc('month', "day"::timestamp)::date, "key", "bucket", ${sign}sum("n"), ${sign}sum("key_sum"), bool_and("compacted") from ${t}
  group by 1, 2, 3, 4 having sum("n") <> 0 or sum("key_sum") <> 0;`;

const ROLLUP_LOCK = `pg_advisory_xact_lock(hashtext('stats_rollup'))`;
const MONTHS_OF_DAYS = `select "measure", date_trunc('month', "day"::timestamp)::date, "key", "bucket", sum("n"), sum("key_sum"), true
  from "stats_day" group by 1, 2, 3, 4 having sum("n") <> 0 or sum("key_sum") <> 0`;

/**
 * The whole rollup by month as well as by day. `stats_month` holds the sums of `stats_day` per
 * calendar month (its "day" the month's first), so a period of whole months, the dashboard's, reads
 * a row per month instead of one per day: a year of the duration histograms is some 5 000 rows
 * instead of 55 000 (B5). Statement triggers on `stats_day` keep it: what is inserted is added,
 * what is deleted subtracted (the compaction deletes and inserts the same sums). `stats_compact()`
 * folds its appended rows after those of the daily tables; `stats_rebuild()` (which may run with the
 * triggers skipped, as the bulk load does) sums it again from `stats_day` after rebuilding that.
 */
export class Migration20261211100000_stats_month extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "stats_month" ("measure" text not null, "day" date not null, "key" text not null, "bucket" text not null,
      "n" integer not null, "key_sum" integer not null, "compacted" boolean not null default false);`);
    this.addSql(`insert into "stats_month" (${COLUMNS}) ${MONTHS_OF_DAYS};`);
    this.addSql(`create index "stats_month_index" on "stats_month" ("measure", "day") include ("key", "bucket", "n", "key_sum");`);
    this.addSql(`create index "stats_month_appended_index" on "stats_month" ("day") where not "compacted";`);

    this.addSql(`create function stats_month_added() returns trigger language plpgsql as $$ begin ${monthSums('added', '')} return null; end $$;`);
    this.addSql(`create function stats_month_removed() returns trigger language plpgsql as $$ begin ${monthSums('removed', '-')} return null; end $$;`);
    this.addSql(`create trigger "stats_month_added" after insert on "stats_day" referencing new table as added for each statement execute function stats_month_added();`);
    this.addSql(`create trigger "stats_month_removed" after delete on "stats_day" referencing old table as removed for each statement execute function stats_month_removed();`);

    // The compaction job's function and the rebuild: the daily tables' as before, then the months. Both take the
    // rollup's lock before any table's (plpgsql plans a statement when it first runs; a SQL function's body is
    // parsed, and its tables locked, before it runs), so neither can hold a table the other waits for.
    this.addSql(`alter function stats_compact() rename to stats_day_compact;`);
    this.addSql(`create function stats_compact() returns void language plpgsql as $$
      begin
        perform ${ROLLUP_LOCK};
        perform stats_day_compact();
        with gone as (delete from "stats_month" where "day" in (select "day" from "stats_month" where not "compacted") returning *)
        insert into "stats_month" (${COLUMNS})
        select "measure", "day", "key", "bucket", sum("n"), sum("key_sum"), true from gone group by 1, 2, 3, 4 having sum("n") <> 0 or sum("key_sum") <> 0;
      end $$;`);
    this.addSql(`alter function stats_rebuild() rename to stats_day_rebuild;`);
    this.addSql(`create function stats_rebuild() returns void language plpgsql as $$
      begin
        perform ${ROLLUP_LOCK};
        perform stats_day_rebuild();
        truncate "stats_month";
        insert into "stats_month" (${COLUMNS}) ${MONTHS_OF_DAYS};
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function stats_rebuild(); alter function stats_day_rebuild() rename to stats_rebuild;`);
    this.addSql(`drop function stats_compact(); alter function stats_day_compact() rename to stats_compact;`);
    this.addSql(`drop trigger "stats_month_added" on "stats_day"; drop trigger "stats_month_removed" on "stats_day";`);
    this.addSql(`drop function stats_month_added(); drop function stats_month_removed();`);
    this.addSql(`drop table "stats_month";`);
  }
}
