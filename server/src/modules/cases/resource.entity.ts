import { Entity, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import type { Row } from '../../shared/rows.js';
import { Platform } from '../platforms/platform.entity.js';
import type { Case } from './case.entity.js';

@ObjectType({ description: 'An internet resource (account, channel, group, page) involved in the case.' })
@Entity({ tableName: 'resource' })
@Index({ name: 'resource_stats_index', expression: 'create index "resource_stats_index" on "resource" ("case_id") include ("target")' })
export class Resource extends BaseEntity {
  @ManyToOne({ entity: () => 'Case', index: true })
  case!: Case;

  @Field(() => String)
  @Property({ type: 'text' })
  url!: string;

  /** The URL without query and fragment, lower-cased (chr(63) is "?"): what statistics count as the same target. */
  @Property({ type: 'text', generated: `(lower(split_part(split_part("url", '#', 1), chr(63), 1))) stored`, nullable: true, lazy: true })
  target?: Opt<string> | null;

  /** Resolved for GraphQL by CaseFileFieldsResolver through the `platform` loader. */
  @Field(() => Platform, { nullable: true })
  @ManyToOne({ entity: () => Platform, nullable: true })
  platform?: Platform | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Whether the URL goes into the prescription, as the panel chose; null: the default (content yes, an account root no). */
  @Property({ type: 'boolean', nullable: true })
  inPrescription?: boolean | null;
}

/** A resource as the `Resource` type resolves it (the entity, or a row of case-file.reader.ts): its platform by id. */
export type ResourceRow = Row<Resource, 'case' | 'platform'>;
