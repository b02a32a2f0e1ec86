import { Migration } from '@mikro-orm/migrations';

/** The decision's own reasoning, in Kazakh and Russian (issue 16): written by the presiding chair or the secretary, required to sign. */
export class Migration20261207300000_decision_reasoning extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "decision" add column "reasoning_kk" text not null default '', add column "reasoning_ru" text not null default '';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "decision" drop column "reasoning_kk", drop column "reasoning_ru";`);
  }
}
