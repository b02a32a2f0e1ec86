import { Migration } from '@mikro-orm/migrations';

/** When and how the applicant was told of an extension (DESIGN.md §1: within 2 working days). */
export class Migration20261207230000_extension_notice extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "case" add column "extension_notice_sent_at" timestamptz null, add column "extension_notice_channel" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case" drop column "extension_notice_sent_at", drop column "extension_notice_channel";`);
  }
}
