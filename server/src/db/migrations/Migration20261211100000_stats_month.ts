import { Migration } from '@mikro-orm/migrations';

const COLUMNS = `"measure", "day", "key", "bucket", "n", "key_sum", "compacted"`;
/** Rows of `stats_day` (the table, or a trigger's transition table), signed, summed into the month they fall in; rows all compacted stay so. */
const byMonth = (rows: string, sign = '') => `insert into "stats_month" (${COLUMNS})
  select "measure", date_trunc('month', "day"::timestamp)::date, "key", "bucket", ${sign}sum("n"), ${sign}sum("key_sum"), bool_and("compacted") from ${rows}
  group by 1, 2, 3, 4 having sum("n") <> 0 or sum("key_sum") <> 0;`;
const TRIGGERS = ['stats_month_added', 'stats_month_removed', 'stats_month_emptied'];

/**
 * The whole rollup by month as well as by day. `stats_month` holds the sums of `stats_day` per
 * calendar month (its "day" the month's first), so a period of whole months, the dashboard's, reads
 * a row per month instead of one per day: a year of the duration histograms is some 5 000 rows
 * instead of 55 000 (B5). Statement triggers on `stats_day` keep it, whatever the session's
 * replication role (the bulk load's rebuild runs as a replica): what is inserted is added, what is
 * deleted subtracted (the compaction deletes and inserts the same sums), a truncation (the rebuild)
 * empties it. `stats_compact()` folds its appended rows after those of the daily tables.
 */
export class Migration20261211100000_stats_month extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "stats_month" ("measure" text not null, "day" date not null, "key" text not null, "bucket" text not null,
      "n" integer not null, "key_sum" integer not null, "compacted" boolean not null default false);`);
    this.addSql(byMonth('"stats_day"'));
    this.addSql(`create index "stats_month_index" on "stats_month" ("measure", "day") include ("key", "bucket", "n", "key_sum");`);
    this.addSql(`create index "stats_month_appended_index" on "stats_month" ("day") where not "compacted";`);

    this.addSql(`create function stats_month_added() returns trigger language plpgsql as $$ begin ${byMonth('added')} return null; end $$;`);
    this.addSql(`create function stats_month_removed() returns trigger language plpgsql as $$ begin ${byMonth('removed', '-')} return null; end $$;`);
    this.addSql(`create function stats_month_emptied() returns trigger language plpgsql as $$ begin truncate "stats_month"; return null; end $$;`);
    this.addSql(`create trigger "stats_month_added" after insert on "stats_day" referencing new table as added for each statement execute function stats_month_added();`);
    this.addSql(`create trigger "stats_month_removed" after delete on "stats_day" referencing old table as removed for each statement execute function stats_month_removed();`);
    this.addSql(`create trigger "stats_month_emptied" after truncate on "stats_day" for each statement execute function stats_month_emptied();`);
    this.addSql(TRIGGERS.map((t) => `alter table "stats_day" enable always trigger "${t}";`).join(' '));

    // The compaction job's function: the daily tables' as before, then the months. It takes the rollup's lock before
    // any table's, as the rebuild does (plpgsql plans a statement when it first runs; a SQL function's body is parsed,
    // and its tables locked, before it runs), so neither can hold a table the other waits for.
    this.addSql(`alter function stats_compact() rename to stats_day_compact;`);
    this.addSql(`create function stats_compact() returns void language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(hashtext('stats_rollup'));
        perform stats_day_compact();
        with gone as (delete from "stats_month" where "day" in (select "day" from "stats_month" where not "compacted") returning *)
        insert into "stats_month" (${COLUMNS})
        select "measure", "day", "key", "bucket", sum("n"), sum("key_sum"), true from gone group by 1, 2, 3, 4 having sum("n") <> 0 or sum("key_sum") <> 0;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function stats_compact(); alter function stats_day_compact() rename to stats_compact;`);
    this.addSql(TRIGGERS.map((t) => `drop trigger "${t}" on "stats_day"; drop function ${t}();`).join(' '));
    this.addSql(`drop table "stats_month";`);
  }
}
