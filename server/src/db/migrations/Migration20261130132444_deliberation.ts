import { Migration } from '@mikro-orm/migrations';

export class Migration20261130132444_deliberation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "comment" ("id" uuid not null, "created_at" timestamptz not null, "case_id" uuid not null, "author_id" uuid not null, "parent_id" uuid null, "body" text not null, "edited_at" timestamptz null, "deleted_at" timestamptz null, "deleted_by_id" uuid null, constraint "comment_pkey" primary key ("id"));`);
    this.addSql(`create index "comment_parent_id_index" on "comment" ("parent_id");`);
    this.addSql(`create index "comment_case_id_created_at_index" on "comment" ("case_id", "created_at");`);

    this.addSql(`create table "comment_revision" ("id" uuid not null, "created_at" timestamptz not null, "comment_id" uuid not null, "body" text not null, "replaced_at" timestamptz not null, constraint "comment_revision_pkey" primary key ("id"));`);
    this.addSql(`create index "comment_revision_comment_id_index" on "comment_revision" ("comment_id");`);

    this.addSql(`create table "comment_mention" ("id" uuid not null, "created_at" timestamptz not null, "comment_id" uuid not null, "member_id" uuid not null, constraint "comment_mention_pkey" primary key ("id"));`);
    this.addSql(`create index "comment_mention_comment_id_member_id_index" on "comment_mention" ("comment_id", "member_id");`);

    this.addSql(`create table "notification" ("id" uuid not null, "created_at" timestamptz not null, "member_id" uuid not null, "kind" text not null, "case_id" uuid not null, "comment_id" uuid null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_member_id_read_at_index" on "notification" ("member_id", "read_at");`);

    this.addSql(`alter table "comment" add constraint "comment_case_id_foreign" foreign key ("case_id") references "case" ("id") on update cascade;`);
    this.addSql(`alter table "comment" add constraint "comment_author_id_foreign" foreign key ("author_id") references "member" ("id") on update cascade;`);
    this.addSql(`alter table "comment" add constraint "comment_parent_id_foreign" foreign key ("parent_id") references "comment" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "comment" add constraint "comment_deleted_by_id_foreign" foreign key ("deleted_by_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "comment_revision" add constraint "comment_revision_comment_id_foreign" foreign key ("comment_id") references "comment" ("id") on update cascade;`);

    this.addSql(`alter table "comment_mention" add constraint "comment_mention_comment_id_foreign" foreign key ("comment_id") references "comment" ("id") on update cascade;`);
    this.addSql(`alter table "comment_mention" add constraint "comment_mention_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_case_id_foreign" foreign key ("case_id") references "case" ("id") on update cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_comment_id_foreign" foreign key ("comment_id") references "comment" ("id") on update cascade on delete set null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "comment" drop constraint "comment_parent_id_foreign";`);

    this.addSql(`alter table "comment_revision" drop constraint "comment_revision_comment_id_foreign";`);

    this.addSql(`alter table "comment_mention" drop constraint "comment_mention_comment_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint "notification_comment_id_foreign";`);

    this.addSql(`drop table if exists "comment" cascade;`);

    this.addSql(`drop table if exists "comment_revision" cascade;`);

    this.addSql(`drop table if exists "comment_mention" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

  }

}
