import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { AgencyKind } from '../../shared/role.js';

@ObjectType({ description: 'A state body or an NGO that delegates members to the panel.' })
@Entity({ tableName: 'agency' })
export class Agency extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'text', unique: true })
  name!: string;

  @Field(() => AgencyKind)
  @Enum({ items: () => AgencyKind, type: 'text' })
  kind!: AgencyKind;
}
