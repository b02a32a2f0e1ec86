import { Migration } from '@mikro-orm/migrations';

/**
 * The queue's "my cases" view (issue 17) asks, per case, whether the viewer registered it or wrote
 * in its room: both by an index on the viewer's rows instead of a scan of every comment.
 */
export class Migration20261209200000_queue_views extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "comment_author_id_case_id_index" on "comment" ("author_id", "case_id") where "deleted_at" is null;`);
    this.addSql(`create index "case_registered_by_id_index" on "case" ("registered_by_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "case_registered_by_id_index";`);
    this.addSql(`drop index "comment_author_id_case_id_index";`);
  }
}
