import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { Agency } from './agency.entity.js';
import { Role } from './role.js';

@ObjectType({ description: 'A person with an account: panel member, secretary, advisor, analyst or admin.' })
@Entity({ tableName: 'member' })
export class Member extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  email!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Role)
  @Enum({ items: () => Role, type: 'text' })
  role!: Role;

  @Field(() => Agency)
  @ManyToOne({ entity: () => Agency, eager: true })
  agency!: Agency;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
