import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { CaseEventKind } from './event-kind.enum.js';
import type { EventKind } from './event-kinds.js';

/**
 * One row of the append-only log: the audit trail, the case timeline and the live feed are this
 * table. `seq` is global and only grows; it is a decimal string in the API.
 */
@ObjectType({ description: 'Something that happened, in the order it was committed.' })
@Entity({ tableName: 'case_event' })
@Index({ properties: ['caseId', 'seq'] })
@Index({ name: 'case_event_kind_index', properties: ['kind'] })
export class CaseEvent {
  @Field(() => String, { description: 'Global, growing sequence number as a decimal string.' })
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  seq!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @Field(() => CaseEventKind, { description: 'What happened, e.g. CASE_REGISTERED, CASE_STATUS_CHANGED, PII_VIEWED; `details` holds its payload typed.' })
  @Property({ type: 'text' })
  kind!: EventKind;

  @Property({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field(() => GraphQLJSON, {
    description: 'The payload as the log keeps it (masked as `details` is), for analysts and tools that read the log whole; the screens read `details`.',
    deprecationReason: 'Read `details`, typed by kind.',
  })
  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at!: Date;
}
