import { Entity, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import type { Row } from '../../shared/rows.js';
import { Case } from '../cases/case.entity.js';
import { Episode } from '../cases/episode.entity.js';
import { Member } from '../members/member.entity.js';

/** A file attached to an episode. The bytes live in storage, never altered; sha256 is taken at upload. */
@ObjectType({ description: 'A file attached to an episode; its SHA-256 was taken at upload.' })
@Entity({ tableName: 'evidence' })
export class Evidence extends BaseEntity {
  @ManyToOne({ entity: () => Case, index: true })
  case!: Case;

  @ManyToOne({ entity: () => Episode, index: true })
  episode!: Episode;

  @Field(() => String)
  @Property({ type: 'text' })
  fileName!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  mimeType!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  size!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'text', unique: true })
  storageKey!: string;

  /** Resolved for GraphQL by EvidenceFieldsResolver through the `member` loader. */
  @Field(() => Member)
  @ManyToOne({ entity: () => Member })
  uploadedBy!: Member;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  uploadedAt: Opt<Date> = new Date();

  /** When the file was deleted under the retention rule (its hash, size and type are kept; its name is masked). */
  @Property({ type: 'timestamptz', nullable: true })
  erasedAt?: Date | null;
}

/** A file as the `Evidence` type resolves it (the entity, or a row of evidence.reader.ts): who uploaded it by id. */
export type EvidenceRow = Row<Evidence, 'case' | 'episode' | 'uploadedBy'>;
