import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16, points 2 and 6: which URLs of a case go into its prescriptions (null: the default —
 * content yes, account roots no); the prescription's signatory and executor in the settings; the
 * platform's legal entity, BIN (or foreign registration) and address in the registry, and a
 * Kazakh version of its representative. Every new column is empty or defaulted: existing rows stay valid.
 */
export class Migration20261208300000_prescription_addressing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "episode" add column "in_prescription" boolean null;`);
    this.addSql(`alter table "resource" add column "in_prescription" boolean null;`);
    this.addSql(`alter table "panel_settings"
      add column "signatory_name_kk" text not null default '', add column "signatory_name_ru" text not null default '',
      add column "signatory_position_kk" text not null default '', add column "signatory_position_ru" text not null default '',
      add column "executor_name_kk" text not null default '', add column "executor_name_ru" text not null default '',
      add column "executor_position_kk" text not null default '', add column "executor_position_ru" text not null default '',
      add column "executor_phone" text not null default '', add column "executor_email" text not null default '';`);
    this.addSql(`alter table "platform"
      add column "representative_kk" text null,
      add column "legal_name_kk" text null, add column "legal_name_ru" text null,
      add column "bin" text null, add column "registration" text null,
      add column "address_kk" text null, add column "address_ru" text null;`);
    this.addSql(`alter table "platform" add constraint "platform_bin_check" check ("bin" is null or "bin" ~ '^[0-9]{12}$');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "platform" drop constraint "platform_bin_check", drop column "representative_kk", drop column "legal_name_kk", drop column "legal_name_ru", drop column "bin", drop column "registration", drop column "address_kk", drop column "address_ru";`);
    this.addSql(`alter table "panel_settings" drop column "signatory_name_kk", drop column "signatory_name_ru", drop column "signatory_position_kk", drop column "signatory_position_ru",
      drop column "executor_name_kk", drop column "executor_name_ru", drop column "executor_position_kk", drop column "executor_position_ru", drop column "executor_phone", drop column "executor_email";`);
    this.addSql(`alter table "resource" drop column "in_prescription";`);
    this.addSql(`alter table "episode" drop column "in_prescription";`);
  }
}
