import { Migration } from '@mikro-orm/migrations';

/**
 * Evidence bytes in the database (EVIDENCE_STORE=postgres): one row per 256 KiB chunk, keyed by the
 * evidence row's storage key, so one pg_dump holds the whole record. Stored uncompressed (EXTERNAL):
 * screenshots, PDFs and videos are compressed already, and TOAST would only spend time trying.
 */
export class Migration20261207100000_evidence_chunks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "evidence_chunk" ("key" uuid not null, "n" integer not null, "bytes" bytea not null, constraint "evidence_chunk_pkey" primary key ("key", "n"));`);
    this.addSql(`alter table "evidence_chunk" alter column "bytes" set storage external;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "evidence_chunk";`);
  }
}
