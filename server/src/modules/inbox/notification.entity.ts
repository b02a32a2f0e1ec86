import { Entity, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { Member } from '../members/member.entity.js';

@ObjectType({ description: 'An item in a member\'s in-app inbox, e.g. an @mention in a case room.' })
@Entity({ tableName: 'notification' })
@Index({ properties: ['member', 'readAt'] })
export class Notification extends BaseEntity {
  @ManyToOne({ entity: () => Member })
  member!: Member;

  @Field(() => String, { description: 'What it is about: mention, prescription.deadline, prescription.undelivered, case.extension_notice, case.rapporteur.' })
  @Property({ type: 'text' })
  kind!: string;

  /** The case it is about; GraphQL's `case` is resolved by the cases module (it sits above the inbox). */
  @Property({ type: 'uuid', fieldName: 'case_id' })
  caseId!: string;

  /** The comment that mentions the member; GraphQL's `comment` is resolved by the deliberation module. */
  @Property({ type: 'uuid', fieldName: 'comment_id', nullable: true })
  commentId?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;

  @Field(() => Date)
  get at(): Opt<Date> {
    return this.createdAt;
  }
}
