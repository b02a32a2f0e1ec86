import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17, point 5: an agency's name in each language of the interface, and a platform's display
 * name in Kazakh. The existing name is the Russian one (as registered): it stays in `name` and
 * fills the Kazakh and English names until the admin writes them. A platform without a Kazakh name
 * is shown by its name (brand names need none).
 */
export class Migration20261209300000_agency_names extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "agency" add column "name_kk" text null, add column "name_en" text null;`);
    this.addSql(`update "agency" set "name_kk" = "name", "name_en" = "name";`);
    this.addSql(`alter table "agency" alter column "name_kk" set not null, alter column "name_en" set not null;`);
    this.addSql(`alter table "platform" add column "name_kk" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "platform" drop column "name_kk";`);
    this.addSql(`alter table "agency" drop column "name_kk", drop column "name_en";`);
  }
}
