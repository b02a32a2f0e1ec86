import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';

@ObjectType({ description: 'An internet platform from the registry, with its legal representative in Kazakhstan.' })
@Entity({ tableName: 'platform' })
export class Platform extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => [String], { description: 'Host names (and their subdomains) that belong to the platform.' })
  @Property({ type: 'text[]' })
  hosts!: string[];

  @Field(() => String, { description: 'Owner or legal representative in Kazakhstan, as addressed in prescriptions.' })
  @Property({ type: 'text' })
  representative!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  representativeContact?: string | null;
}
