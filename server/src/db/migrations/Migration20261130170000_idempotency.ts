import { Migration } from '@mikro-orm/migrations';

export class Migration20261130170000_idempotency extends Migration {

  override async up(): Promise<void> {
    // Keys of writes a client may retry (shared/idempotency): one per member and key, kept 24 hours.
    this.addSql(`create table "idempotency_key" ("member_id" uuid not null, "key" text not null, "operation" text not null, "request_hash" text not null, "result_id" uuid null, "created_at" timestamptz not null default now(), constraint "idempotency_key_pkey" primary key ("member_id", "key"));`);
    this.addSql(`create index "idempotency_key_created_at_index" on "idempotency_key" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
  }

}
