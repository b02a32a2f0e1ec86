import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { Platform } from '../platforms/platform.entity.js';
import type { Case } from './case.entity.js';

@ObjectType({ description: 'An internet resource (account, channel, group, page) involved in the case.' })
@Entity({ tableName: 'resource' })
export class Resource extends BaseEntity {
  @ManyToOne({ entity: () => 'Case', index: true })
  case!: Case;

  @Field(() => String)
  @Property({ type: 'text' })
  url!: string;

  @Field(() => Platform, { nullable: true })
  @ManyToOne({ entity: () => Platform, nullable: true, eager: true })
  platform?: Platform | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;
}
