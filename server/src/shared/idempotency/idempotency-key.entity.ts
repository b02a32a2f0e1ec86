import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property, type Opt } from '@mikro-orm/core';

/**
 * A write a client may retry, remembered by the key it sent (see idempotency.ts). Written and read
 * with SQL in the service's transaction; the entity keeps the schema and the migration generator in step.
 */
@Entity({ tableName: 'idempotency_key' })
@Index({ properties: ['createdAt'] })
export class IdempotencyKey {
  [PrimaryKeyProp]?: ['memberId', 'key'];

  /** Keys are per member: two members may send the same string without meeting. */
  @PrimaryKey({ type: 'uuid' })
  memberId!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

  /** The mutation, e.g. addComment: a key is never good for another operation. */
  @Property({ type: 'text' })
  operation!: string;

  @Property({ type: 'text' })
  requestHash!: string;

  /** The row the first request wrote (a case, comment, vote, prescription…), re-read on a retry. */
  @Property({ type: 'uuid', nullable: true })
  resultId!: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Opt<Date>;
}
