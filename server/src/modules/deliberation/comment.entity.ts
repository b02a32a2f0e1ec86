import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import type { Row } from '../../shared/rows.js';
import { Case } from '../cases/case.entity.js';
import { Member } from '../members/member.entity.js';

/** A comment in a case room. Deleting leaves a tombstone; edits keep the earlier text as revisions. */
@ObjectType({ description: 'A comment in the case room; replies are one level deep.' })
@Entity({ tableName: 'comment' })
@Index({ properties: ['case', 'createdAt'] })
export class Comment extends BaseEntity {
  @ManyToOne({ entity: () => Case })
  case!: Case;

  /** Resolved for GraphQL by CommentResolver through the `member` loader. */
  @Field(() => Member)
  @ManyToOne({ entity: () => Member })
  author!: Member;

  @ManyToOne({ entity: () => Comment, nullable: true, index: true })
  parent?: Comment | null;

  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  editedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt?: Date | null;

  @ManyToOne({ entity: () => Member, nullable: true })
  deletedBy?: Member | null;
}

/** A comment as the `Comment` type resolves it (the entity, or a row of thread.reader.ts): relations by id. */
export type CommentRow = Row<Comment, 'case' | 'author' | 'parent' | 'deletedBy'>;

/** The text a comment had before an edit. */
@ObjectType({ description: 'An earlier text of an edited comment.' })
@Entity({ tableName: 'comment_revision' })
export class CommentRevision extends BaseEntity {
  @ManyToOne({ entity: () => Comment, index: true })
  comment!: Comment;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date, { description: 'When this text was replaced.' })
  @Property({ type: 'timestamptz' })
  replacedAt!: Date;
}

/** An earlier text as the `CommentRevision` type resolves it (the entity, or a row of thread.reader.ts). */
export type RevisionRow = Row<CommentRevision, 'comment'>;

/** A member named with @handle in a comment. */
@Entity({ tableName: 'comment_mention' })
@Index({ properties: ['comment', 'member'] })
export class CommentMention extends BaseEntity {
  @ManyToOne({ entity: () => Comment })
  comment!: Comment;

  @ManyToOne({ entity: () => Member })
  member!: Member;
}
