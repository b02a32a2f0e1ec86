import { Migration } from '@mikro-orm/migrations';

/**
 * Paper applications and episodes without a URL (issue 16, points 1 and 7).
 *
 * - The application's number (E-otinish or the incoming registration number of a paper one) is one
 *   column, `application_number`, beside its `application_kind`; existing cases are E-otinish. One
 *   application, one case, per kind: E-otinish numbers keep their key (eotinish_key, see
 *   Migration20261206210000_eotinish_key); incoming numbers are compared by `incoming_key` — NFKC,
 *   upper case, Cyrillic look-alikes folded, dashes unified, spaces dropped — which keeps "/", "." and
 *   "-" apart, since "01-12/345" and "01-12-345" may be two registrations.
 * - The checklist override reasons (registering, or accepting for review, a file that fails the checklist).
 * - Episodes carry a channel: URL (as before) or SMS, CALL, PRIVATE_MESSAGE, OTHER with an evidence
 *   description instead of a URL; existing episodes are URL.
 */
export class Migration20261208200000_paper_applications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function incoming_key(n text) returns text language sql immutable parallel safe as $$
      select regexp_replace(translate(upper(normalize(n, NFKC)), 'АВЕКМНОРСТХІЈ‐‑‒–—―−', 'ABEKMHOPCTXIJ-------'), '[[:space:]]+', '', 'g')
    $$;`);
    this.addSql(`alter table "case" drop constraint if exists "case_eotinish_key_unique";`);
    this.addSql(`alter table "case" drop column if exists "eotinish_key";`);
    this.addSql(`alter table "case" rename column "eotinish_number" to "application_number";`);
    this.addSql(`alter table "case" add column "application_kind" text check ("application_kind" in ('EOTINISH', 'PAPER')) not null default 'EOTINISH';`);
    this.addSql(`alter table "case" add column "application_key" text generated always as (case when "application_kind" = 'PAPER' then incoming_key("application_number") else eotinish_key("application_number") end) stored;`);
    this.addSql(`alter table "case" add constraint "case_application_key_unique" unique ("application_kind", "application_key");`);
    this.addSql(`alter table "case" add column "checklist_override_reason" text null, add column "review_override_reason" text null;`);

    this.addSql(`alter table "episode" add column "channel" text check ("channel" in ('URL', 'SMS', 'CALL', 'PRIVATE_MESSAGE', 'OTHER')) not null default 'URL';`);
    this.addSql(`alter table "episode" alter column "url" drop not null;`);
    this.addSql(`alter table "episode" add column "evidence_description" text null;`);
    this.addSql(`alter table "episode" add constraint "episode_channel_url_check" check (("channel" = 'URL' and "url" is not null) or ("channel" <> 'URL' and "url" is null and "evidence_description" is not null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "episode" where "channel" <> 'URL';`);
    this.addSql(`alter table "episode" drop constraint "episode_channel_url_check", drop column "evidence_description", drop column "channel";`);
    this.addSql(`alter table "episode" alter column "url" set not null;`);
    this.addSql(`alter table "case" drop column "checklist_override_reason", drop column "review_override_reason";`);
    this.addSql(`alter table "case" drop constraint "case_application_key_unique";`);
    this.addSql(`alter table "case" drop column "application_key", drop column "application_kind";`);
    this.addSql(`alter table "case" rename column "application_number" to "eotinish_number";`);
    this.addSql(`alter table "case" add column "eotinish_key" text generated always as (eotinish_key("eotinish_number")) stored;`);
    this.addSql(`alter table "case" add constraint "case_eotinish_key_unique" unique ("eotinish_key");`);
    this.addSql(`drop function if exists incoming_key(text);`);
  }
}
