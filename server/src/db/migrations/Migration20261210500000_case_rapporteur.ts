import { Migration } from '@mikro-orm/migrations';

/**
 * The rapporteur of a case (issue 17, "my cases"): one member per case, named by the secretary or
 * the chair; the queue's "my cases" reads it by the member's index.
 */
export class Migration20261210500000_case_rapporteur extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "case_rapporteur" (
      "case_id" uuid primary key references "case" ("id") on delete cascade,
      "member_id" uuid not null references "member" ("id"),
      "assigned_by_id" uuid not null references "member" ("id"),
      "assigned_at" timestamptz not null
    );`);
    this.addSql(`create index "case_rapporteur_member_id_index" on "case_rapporteur" ("member_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "case_rapporteur";`);
  }
}
