import { Migration } from '@mikro-orm/migrations';

export class Migration20261130135340_voting extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "panel_settings" ("id" int not null default 1, "quorum_numerator" int not null default 2, "quorum_denominator" int not null default 3, "decision_rule" text check ("decision_rule" in ('SIMPLE_MAJORITY', 'TWO_THIRDS', 'CONSENSUS')) not null default 'SIMPLE_MAJORITY', "chair_casting_vote" boolean not null default true, "votes_visible_before_close" boolean not null default true, "round_hours" int not null default 24, "removal_hours" int not null default 24, "legal_basis_kk" text not null default '«Бала құқықтары туралы» Қазақстан Республикасы Заңының 1-бабының 4.1-тармақшасы; «Масс-медиа туралы» Қазақстан Республикасы Заңының 40-бабының 1-тармағы; Қазақстан Республикасы Мәдениет және ақпарат министрінің 2024 жылғы 26 қарашадағы № 562-НҚ бұйрығымен бекітілген Қағидалар', "legal_basis_ru" text not null default 'подпункт 4.1 статьи 1 Закона Республики Казахстан «О правах ребенка»; пункт 1 статьи 40 Закона Республики Казахстан «О масс-медиа»; Правила, утвержденные приказом Министра культуры и информации Республики Казахстан от 26 ноября 2024 года № 562-НҚ', "ministry_kk" text not null default 'Қазақстан Республикасы Мәдениет және ақпарат министрлігі', "ministry_ru" text not null default 'Министерство культуры и информации Республики Казахстан', constraint "panel_settings_pkey" primary key ("id"));`);

    this.addSql(`create table "recusal" ("id" uuid not null, "created_at" timestamptz not null, "case_id" uuid not null, "member_id" uuid not null, "reason" text not null, constraint "recusal_pkey" primary key ("id"));`);
    this.addSql(`alter table "recusal" add constraint "recusal_case_id_member_id_unique" unique ("case_id", "member_id");`);

    this.addSql(`create table "serial_counter" ("series" text not null, "year" int not null, "last" int not null, constraint "serial_counter_pkey" primary key ("series", "year"));`);

    this.addSql(`create table "voting_round" ("id" uuid not null, "created_at" timestamptz not null, "case_id" uuid not null, "number" int not null, "opened_by_id" uuid not null, "deadline_at" timestamptz not null, "open" boolean not null default true, "closed_at" timestamptz null, "closed_by_id" uuid null, "close_reason" text null, "rule" jsonb not null, "eligible_ids" jsonb not null, "chair_id" uuid null, "outcome" text check ("outcome" in ('QUORUM_NOT_MET', 'CONFIRMED', 'NOT_CONFIRMED', 'TIE_UNRESOLVED')) null, "final_tally" jsonb null, constraint "voting_round_pkey" primary key ("id"));`);
    this.addSql(`create index "voting_round_case_id_index" on "voting_round" ("case_id");`);

    this.addSql(`create table "vote" ("id" uuid not null, "created_at" timestamptz not null, "round_id" uuid not null, "member_id" uuid not null, "choice" text check ("choice" in ('CONFIRMED', 'NOT_CONFIRMED', 'ABSTAIN')) not null, "reasoning" text null, "findings" jsonb not null, "superseded_at" timestamptz null, constraint "vote_pkey" primary key ("id"));`);
    this.addSql(`create index "vote_round_id_member_id_index" on "vote" ("round_id", "member_id");`);

    this.addSql(`create table "decision" ("id" uuid not null, "created_at" timestamptz not null, "case_id" uuid not null, "round_id" uuid not null, "outcome" text check ("outcome" in ('QUORUM_NOT_MET', 'CONFIRMED', 'NOT_CONFIRMED', 'TIE_UNRESOLVED')) not null, "protocol_number" text not null, "rule" jsonb not null, "tally" jsonb not null, "voters" jsonb not null, "reasoning" text not null default '', "chair_signed_by_id" uuid null, "chair_signed_at" timestamptz null, "secretary_signed_by_id" uuid null, "secretary_signed_at" timestamptz null, "answer_language" text check ("answer_language" in ('KK', 'RU')) not null, "answer_text" text not null, constraint "decision_pkey" primary key ("id"));`);
    this.addSql(`alter table "decision" add constraint "decision_case_id_unique" unique ("case_id");`);
    this.addSql(`alter table "decision" add constraint "decision_protocol_number_unique" unique ("protocol_number");`);

    this.addSql(`create table "prescription" ("id" uuid not null, "created_at" timestamptz not null, "case_id" uuid not null, "decision_id" uuid not null, "number" text not null, "platform_id" uuid null, "addressee" text not null, "addressee_contact" text null, "urls" text[] not null, "legal_basis_kk" text not null, "legal_basis_ru" text not null, "removal_hours" int not null, "status" text check ("status" in ('ISSUED', 'DELIVERED', 'COMPLIED', 'PARTIALLY_COMPLIED', 'NOT_COMPLIED', 'ESCALATED')) not null default 'ISSUED', "delivered_at" timestamptz null, "removal_due_at" timestamptz null, constraint "prescription_pkey" primary key ("id"));`);
    this.addSql(`create index "prescription_case_id_index" on "prescription" ("case_id");`);
    this.addSql(`create index "prescription_decision_id_index" on "prescription" ("decision_id");`);
    this.addSql(`alter table "prescription" add constraint "prescription_number_unique" unique ("number");`);

    this.addSql(`create table "dissent" ("id" uuid not null, "created_at" timestamptz not null, "decision_id" uuid not null, "member_id" uuid not null, "text" text not null, constraint "dissent_pkey" primary key ("id"));`);
    this.addSql(`alter table "dissent" add constraint "dissent_decision_id_member_id_unique" unique ("decision_id", "member_id");`);

    this.addSql(`alter table "recusal" add constraint "recusal_case_id_foreign" foreign key ("case_id") references "case" ("id") on update cascade;`);
    this.addSql(`alter table "recusal" add constraint "recusal_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`);

    this.addSql(`alter table "voting_round" add constraint "voting_round_case_id_foreign" foreign key ("case_id") references "case" ("id") on update cascade;`);
    this.addSql(`alter table "voting_round" add constraint "voting_round_opened_by_id_foreign" foreign key ("opened_by_id") references "member" ("id") on update cascade;`);
    this.addSql(`alter table "voting_round" add constraint "voting_round_closed_by_id_foreign" foreign key ("closed_by_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "vote" add constraint "vote_round_id_foreign" foreign key ("round_id") references "voting_round" ("id") on update cascade;`);
    this.addSql(`alter table "vote" add constraint "vote_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`);

    this.addSql(`alter table "decision" add constraint "decision_case_id_foreign" foreign key ("case_id") references "case" ("id") on update cascade;`);
    this.addSql(`alter table "decision" add constraint "decision_round_id_foreign" foreign key ("round_id") references "voting_round" ("id") on update cascade;`);
    this.addSql(`alter table "decision" add constraint "decision_chair_signed_by_id_foreign" foreign key ("chair_signed_by_id") references "member" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "decision" add constraint "decision_secretary_signed_by_id_foreign" foreign key ("secretary_signed_by_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "prescription" add constraint "prescription_case_id_foreign" foreign key ("case_id") references "case" ("id") on update cascade;`);
    this.addSql(`alter table "prescription" add constraint "prescription_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade;`);
    this.addSql(`alter table "prescription" add constraint "prescription_platform_id_foreign" foreign key ("platform_id") references "platform" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "dissent" add constraint "dissent_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade;`);
    this.addSql(`alter table "dissent" add constraint "dissent_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`);

    // Case numbers move into the general yearly series table, keeping their counts.
    this.addSql(`insert into "serial_counter" ("series", "year", "last") select 'case', "year", "last" from "case_number_counter";`);
    this.addSql(`drop table if exists "case_number_counter" cascade;`);
    // At most one open round per case, and one current vote per member and round, whatever the races.
    this.addSql(`create unique index "voting_round_one_open_per_case" on "voting_round" ("case_id") where "open";`);
    this.addSql(`create unique index "vote_one_current_per_member" on "vote" ("round_id", "member_id") where "superseded_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "vote" drop constraint "vote_round_id_foreign";`);

    this.addSql(`alter table "decision" drop constraint "decision_round_id_foreign";`);

    this.addSql(`alter table "prescription" drop constraint "prescription_decision_id_foreign";`);

    this.addSql(`alter table "dissent" drop constraint "dissent_decision_id_foreign";`);

    this.addSql(`create table "case_number_counter" ("year" int4 not null, "last" int4 not null, constraint "case_number_counter_pkey" primary key ("year"));`);

    this.addSql(`drop table if exists "panel_settings" cascade;`);

    this.addSql(`drop table if exists "recusal" cascade;`);

    this.addSql(`drop table if exists "serial_counter" cascade;`);

    this.addSql(`drop table if exists "voting_round" cascade;`);

    this.addSql(`drop table if exists "vote" cascade;`);

    this.addSql(`drop table if exists "decision" cascade;`);

    this.addSql(`drop table if exists "prescription" cascade;`);

    this.addSql(`drop table if exists "dissent" cascade;`);
  }

}
