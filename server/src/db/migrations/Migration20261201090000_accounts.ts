import { Migration } from '@mikro-orm/migrations';

export class Migration20261201090000_accounts extends Migration {

  override async up(): Promise<void> {
    // Accounts get a lifecycle (modules/members/account.lifecycle.ts). Existing accounts were made
    // by the admin or the demo seed and are in use: active ones become ACTIVE, the others DEACTIVATED.
    // The default stays ACTIVE so that rows written outside the app (the benchmark generator inserts
    // members with `active` true) keep the meaning they had; the app always writes the status.
    this.addSql(`alter table "member" add column "status" text check ("status" in ('PENDING_APPROVAL', 'INVITED', 'ACTIVE', 'REJECTED', 'DEACTIVATED')) not null default 'ACTIVE';`);
    this.addSql(`update "member" set "status" = 'DEACTIVATED' where not "active";`);
    // `active` stays (every reader of it keeps working) and can never disagree with the status.
    this.addSql(`alter table "member" alter column "active" drop default;`);
    this.addSql(`alter table "member" add constraint "member_active_is_status" check ("active" = ("status" = 'ACTIVE'));`);
    // A password exists only once the person has set it through an invitation.
    this.addSql(`alter table "member" alter column "password_hash" drop not null;`);
    // The one live invitation per account: the SHA-256 of its token (never the token) and its expiry.
    this.addSql(`alter table "member" add column "invitation_token_hash" text null, add column "invitation_expires_at" timestamptz null;`);
    this.addSql(`alter table "member" add constraint "member_invitation_token_hash_unique" unique ("invitation_token_hash");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "member" drop constraint if exists "member_invitation_token_hash_unique";`);
    this.addSql(`alter table "member" drop column if exists "invitation_token_hash", drop column if exists "invitation_expires_at";`);
    this.addSql(`update "member" set "password_hash" = '!' where "password_hash" is null;`);
    this.addSql(`alter table "member" alter column "password_hash" set not null;`);
    this.addSql(`alter table "member" drop constraint if exists "member_active_is_status";`);
    this.addSql(`alter table "member" alter column "active" set default true;`);
    this.addSql(`alter table "member" drop column if exists "status";`);
  }

}
