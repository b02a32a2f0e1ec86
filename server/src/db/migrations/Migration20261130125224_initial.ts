import { Migration } from '@mikro-orm/migrations';

export class Migration20261130125224_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "agency" ("id" uuid not null, "created_at" timestamptz not null, "name" text not null, "kind" text check ("kind" in ('STATE_BODY', 'NGO')) not null, constraint "agency_pkey" primary key ("id"));`);
    this.addSql(`alter table "agency" add constraint "agency_name_unique" unique ("name");`);

    this.addSql(`create table "calendar_day" ("date" text not null, "kind" text check ("kind" in ('HOLIDAY', 'DAY_OFF', 'WORKING_DAY')) not null, "name" text not null, constraint "calendar_day_pkey" primary key ("date"));`);

    this.addSql(`create table "case_event" ("seq" bigserial primary key, "case_id" uuid null, "kind" text not null, "actor_id" uuid null, "payload" jsonb not null, "at" timestamptz not null default now());`);
    this.addSql(`create index "case_event_case_id_seq_index" on "case_event" ("case_id", "seq");`);

    this.addSql(`create table "case_number_counter" ("year" int not null, "last" int not null, constraint "case_number_counter_pkey" primary key ("year"));`);

    this.addSql(`create table "member" ("id" uuid not null, "created_at" timestamptz not null, "name" text not null, "email" text not null, "password_hash" text not null, "role" text check ("role" in ('CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER', 'ADVISOR', 'ANALYST', 'ADMIN')) not null, "agency_id" uuid not null, "active" boolean not null default true, constraint "member_pkey" primary key ("id"));`);
    this.addSql(`alter table "member" add constraint "member_email_unique" unique ("email");`);

    this.addSql(`create table "case" ("id" uuid not null, "created_at" timestamptz not null, "number" text not null, "eotinish_number" text not null, "status" text check ("status" in ('REGISTERED', 'SCREENING', 'IN_REVIEW', 'VOTING', 'DECIDED', 'PRESCRIBED', 'COMPLIED', 'ESCALATED', 'CLOSED', 'RETURNED', 'OUT_OF_SCOPE')) not null default 'REGISTERED', "language" text check ("language" in ('KK', 'RU')) not null, "received_at" timestamptz not null, "due_at" timestamptz not null, "description" text not null, "screening_reason" text null, "applicant_name" text not null, "applicant_relation" text check ("applicant_relation" in ('PARENT', 'GUARDIAN', 'OTHER_LEGAL_REPRESENTATIVE', 'CITIZEN', 'CHILD')) not null, "applicant_contact" text not null, "child_name" text not null, "child_birth_date" date not null, "child_region" text check ("child_region" in ('ASTANA', 'ALMATY_CITY', 'SHYMKENT', 'ABAI', 'AKMOLA', 'AKTOBE', 'ALMATY_REGION', 'ATYRAU', 'EAST_KAZAKHSTAN', 'ZHAMBYL', 'ZHETISU', 'WEST_KAZAKHSTAN', 'KARAGANDA', 'KOSTANAY', 'KYZYLORDA', 'MANGYSTAU', 'PAVLODAR', 'NORTH_KAZAKHSTAN', 'TURKESTAN', 'ULYTAU')) not null, "child_school" text null, "extension_reason" text null, "extended_at" timestamptz null, "extended_by_id" uuid null, "applicant_notice_due_at" timestamptz null, "registered_by_id" uuid not null, "updated_at" timestamptz not null, constraint "case_pkey" primary key ("id"));`);
    this.addSql(`alter table "case" add constraint "case_number_unique" unique ("number");`);
    this.addSql(`alter table "case" add constraint "case_eotinish_number_unique" unique ("eotinish_number");`);
    this.addSql(`create index "case_due_at_index" on "case" ("due_at");`);
    this.addSql(`create index "case_status_due_at_index" on "case" ("status", "due_at");`);

    this.addSql(`create table "platform" ("id" uuid not null, "created_at" timestamptz not null, "code" text not null, "name" text not null, "hosts" text[] not null, "representative" text not null, "representative_contact" text null, constraint "platform_pkey" primary key ("id"));`);
    this.addSql(`alter table "platform" add constraint "platform_code_unique" unique ("code");`);

    this.addSql(`create table "episode" ("id" uuid not null, "created_at" timestamptz not null, "case_id" uuid not null, "occurred_at" timestamptz not null, "url" text not null, "platform_id" uuid null, "content_kind" text check ("content_kind" in ('TEXT', 'IMAGE', 'VIDEO', 'AUDIO', 'MESSAGE', 'COMMENT', 'PROFILE', 'OTHER')) not null, "excerpt" text null, constraint "episode_pkey" primary key ("id"));`);
    this.addSql(`create index "episode_case_id_index" on "episode" ("case_id");`);

    this.addSql(`create table "evidence" ("id" uuid not null, "created_at" timestamptz not null, "case_id" uuid not null, "episode_id" uuid not null, "file_name" text not null, "mime_type" text not null, "size" int not null, "sha256" text not null, "storage_key" text not null, "uploaded_by_id" uuid not null, "uploaded_at" timestamptz not null, constraint "evidence_pkey" primary key ("id"));`);
    this.addSql(`create index "evidence_case_id_index" on "evidence" ("case_id");`);
    this.addSql(`create index "evidence_episode_id_index" on "evidence" ("episode_id");`);
    this.addSql(`alter table "evidence" add constraint "evidence_storage_key_unique" unique ("storage_key");`);

    this.addSql(`create table "resource" ("id" uuid not null, "created_at" timestamptz not null, "case_id" uuid not null, "url" text not null, "platform_id" uuid null, "description" text null, constraint "resource_pkey" primary key ("id"));`);
    this.addSql(`create index "resource_case_id_index" on "resource" ("case_id");`);

    this.addSql(`alter table "member" add constraint "member_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "case" add constraint "case_extended_by_id_foreign" foreign key ("extended_by_id") references "member" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "case" add constraint "case_registered_by_id_foreign" foreign key ("registered_by_id") references "member" ("id") on update cascade;`);

    this.addSql(`alter table "episode" add constraint "episode_case_id_foreign" foreign key ("case_id") references "case" ("id") on update cascade;`);
    this.addSql(`alter table "episode" add constraint "episode_platform_id_foreign" foreign key ("platform_id") references "platform" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "evidence" add constraint "evidence_case_id_foreign" foreign key ("case_id") references "case" ("id") on update cascade;`);
    this.addSql(`alter table "evidence" add constraint "evidence_episode_id_foreign" foreign key ("episode_id") references "episode" ("id") on update cascade;`);
    this.addSql(`alter table "evidence" add constraint "evidence_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "member" ("id") on update cascade;`);

    this.addSql(`alter table "resource" add constraint "resource_case_id_foreign" foreign key ("case_id") references "case" ("id") on update cascade;`);
    this.addSql(`alter table "resource" add constraint "resource_platform_id_foreign" foreign key ("platform_id") references "platform" ("id") on update cascade on delete set null;`);
    // The event log is append-only: the audit trail must not be rewritten, not even by the app.
    this.addSql(`create function case_event_append_only() returns trigger language plpgsql as $$ begin raise exception 'case_event is append-only'; end $$;`);
    this.addSql(`create trigger case_event_no_update before update or delete on "case_event" for each row execute function case_event_append_only();`);
    this.addSql(`create index "case_event_kind_index" on "case_event" ("kind");`);
  }

}
