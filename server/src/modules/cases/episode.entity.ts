import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { Platform } from '../platforms/platform.entity.js';
import { ContentKind } from './case.enums.js';
import type { Case } from './case.entity.js';

@ObjectType({ description: 'One dated act of the alleged cyberbullying, with where it happened.' })
@Entity({ tableName: 'episode' })
export class Episode extends BaseEntity {
  @ManyToOne({ entity: () => 'Case', index: true })
  case!: Case;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => String)
  @Property({ type: 'text' })
  url!: string;

  @Field(() => Platform, { nullable: true })
  @ManyToOne({ entity: () => Platform, nullable: true, eager: true })
  platform?: Platform | null;

  @Field(() => ContentKind)
  @Enum({ items: () => ContentKind, type: 'text' })
  contentKind!: ContentKind;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  excerpt?: string | null;
}
