import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';

@ObjectType({ description: 'An internet platform from the registry, with its legal representative in Kazakhstan.' })
@Entity({ tableName: 'platform' })
export class Platform extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String, { description: 'The display name (in Russian, or the brand as written).' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The display name in Kazakh; null: the same as name (a brand needs no translation).' })
  @Property({ type: 'text', nullable: true })
  nameKk?: string | null;

  @Field(() => [String], { description: 'Host names (and their subdomains) that belong to the platform.' })
  @Property({ type: 'text[]' })
  hosts!: string[];

  @Field(() => String, { description: 'Owner or legal representative in Kazakhstan, as addressed in prescriptions.' })
  @Property({ type: 'text' })
  representative!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  representativeContact?: string | null;

  // The addressee of a prescription in each half of it (issue 16, point 6). Null: not recorded.
  @Field(() => String, { nullable: true, description: 'The representative in Kazakh (representative is the Russian).' })
  @Property({ type: 'text', nullable: true })
  representativeKk?: string | null;

  @Field(() => String, { nullable: true, description: 'The legal entity (owner or representative) in Kazakh.' })
  @Property({ type: 'text', nullable: true })
  legalNameKk?: string | null;

  @Field(() => String, { nullable: true, description: 'The legal entity (owner or representative) in Russian.' })
  @Property({ type: 'text', nullable: true })
  legalNameRu?: string | null;

  @Field(() => String, { nullable: true, description: 'The Kazakhstan BIN, 12 digits with a valid check digit; null for a foreign entity without one.' })
  @Property({ type: 'text', nullable: true })
  bin?: string | null;

  @Field(() => String, { nullable: true, description: 'A foreign entity\'s registration number and country, as printed when there is no BIN.' })
  @Property({ type: 'text', nullable: true })
  registration?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  addressKk?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  addressRu?: string | null;
}
