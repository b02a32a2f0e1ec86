import { Migration } from '@mikro-orm/migrations';

/**
 * An issued prescription is a document: its addressee's legal entity, BIN (or foreign registration)
 * and address are fixed when it is issued, so a later edit of the registry does not change what was
 * sent. Existing prescriptions take the registry as it stands now.
 */
export class Migration20261208400000_prescription_addressee_frozen extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "prescription" add column "addressee_legal" jsonb not null default '{}'::jsonb;`);
    this.addSql(`update "prescription" p set "addressee_legal" = jsonb_build_object(
      'legalNameKk', pl.legal_name_kk, 'legalNameRu', pl.legal_name_ru, 'bin', pl.bin, 'registration', pl.registration,
      'addressKk', pl.address_kk, 'addressRu', pl.address_ru)
      from "platform" pl where pl.id = p.platform_id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "prescription" drop column "addressee_legal";`);
  }
}
