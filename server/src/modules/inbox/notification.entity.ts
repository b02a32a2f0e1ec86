import { Entity, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { Case } from '../cases/case.entity.js';
import { Comment } from '../deliberation/comment.entity.js';
import { Member } from '../members/member.entity.js';

@ObjectType({ description: 'An item in a member\'s in-app inbox, e.g. an @mention in a case room.' })
@Entity({ tableName: 'notification' })
@Index({ properties: ['member', 'readAt'] })
export class Notification extends BaseEntity {
  @ManyToOne({ entity: () => Member })
  member!: Member;

  @Field(() => String, { description: 'What it is about: mention, prescription.deadline, prescription.undelivered, case.extension_notice.' })
  @Property({ type: 'text' })
  kind!: string;

  @Field(() => Case)
  @ManyToOne({ entity: () => Case, eager: true })
  case!: Case;

  @Field(() => Comment, { nullable: true })
  @ManyToOne({ entity: () => Comment, nullable: true, eager: true })
  comment?: Comment | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;

  @Field(() => Date)
  get at(): Opt<Date> {
    return this.createdAt;
  }
}
