import { Migration } from '@mikro-orm/migrations';

/**
 * One application, one case, however its E-otinish number is typed: the number is stored as
 * entered and compared by a key — NFKC, upper case, Cyrillic letters that look Latin folded to
 * Latin (the same paper number is typed "ЖТ-…" on one keyboard and "ЖT-…" on another), any run of
 * separators (space, dashes, slash, dot, underscore) as one "-", none at either end. The database
 * keeps the key unique, so two imports at once cannot both win.
 */
export class Migration20261206210000_eotinish_key extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function eotinish_key(n text) returns text language sql immutable parallel safe as $$
      select regexp_replace(
        regexp_replace(translate(upper(normalize(n, NFKC)), 'АВЕКМНОРСТХІЈ', 'ABEKMHOPCTXIJ'), '[[:space:]\\-‐‑‒–—―−/._\\\\]+', '-', 'g'),
        '^-+|-+$', '', 'g')
    $$;`);
    this.addSql(`alter table "case" add column "eotinish_key" text generated always as (eotinish_key("eotinish_number")) stored;`);
    this.addSql(`alter table "case" drop constraint if exists "case_eotinish_number_unique";`);
    this.addSql(`alter table "case" add constraint "case_eotinish_key_unique" unique ("eotinish_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case" drop constraint if exists "case_eotinish_key_unique";`);
    this.addSql(`alter table "case" drop column if exists "eotinish_key";`);
    this.addSql(`alter table "case" add constraint "case_eotinish_number_unique" unique ("eotinish_number");`);
    this.addSql(`drop function if exists eotinish_key(text);`);
  }
}
