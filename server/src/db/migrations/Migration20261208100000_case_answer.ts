import { Migration } from '@mikro-orm/migrations';

/**
 * The answer to the applicant for every ending (Order 562-НҚ): when a case left early (returned, out
 * of scope), and when and how the answer was sent. Early endings already in the log get their time
 * from their last status change.
 */
export class Migration20261208100000_case_answer extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "case" add column "ended_at" timestamptz null, add column "answer_sent_at" timestamptz null, add column "answer_channel" text null;`);
    this.addSql(`update "case" c set "ended_at" = e."at"
      from (select distinct on ("case_id") "case_id", "at", "payload"->>'to' as "to" from "case_event"
            where "kind" = 'case.status_changed' and "case_id" in (select "id" from "case" where "status" in ('RETURNED', 'OUT_OF_SCOPE'))
            order by "case_id", "seq" desc) e
      where e."case_id" = c."id" and c."status" in ('RETURNED', 'OUT_OF_SCOPE') and e."to" = c."status";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case" drop column "ended_at", drop column "answer_sent_at", drop column "answer_channel";`);
  }
}
