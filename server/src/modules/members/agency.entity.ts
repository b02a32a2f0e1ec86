import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { AgencyKind } from '../../shared/role.js';

/**
 * An agency's name in each language of the interface: the client shows the one of its language
 * (nameKk, nameRu or nameEn); `name` is the Russian one, as registered, kept for older clients.
 * `nameRu` is not a column: AgencyFieldsResolver answers it from `name`.
 */
@ObjectType({ description: 'A state body or an NGO that delegates members to the panel.' })
@Entity({ tableName: 'agency' })
export class Agency extends BaseEntity {
  @Field(() => String, { description: 'The name in Russian, as registered (the same as nameRu); unique.' })
  @Property({ type: 'text', unique: true })
  name!: string;

  @Field(() => String, { description: 'The name in Kazakh.' })
  @Property({ type: 'text' })
  nameKk!: string;

  @Field(() => String, { description: 'The name in English.' })
  @Property({ type: 'text' })
  nameEn!: string;

  @Field(() => AgencyKind)
  @Enum({ items: () => AgencyKind, type: 'text' })
  kind!: AgencyKind;
}
