import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import type { Row } from '../../shared/rows.js';
import { Platform } from '../platforms/platform.entity.js';
import { ContentKind, EpisodeChannel } from './case.enums.js';
import type { Case } from './case.entity.js';

@ObjectType({ description: 'One dated act of the alleged cyberbullying, with where it happened.' })
@Entity({ tableName: 'episode' })
export class Episode extends BaseEntity {
  @ManyToOne({ entity: () => 'Case', index: true })
  case!: Case;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => EpisodeChannel, { description: 'URL, or a channel without one (SMS, call, private message, other).' })
  @Enum({ items: () => EpisodeChannel, type: 'text' })
  channel: Opt<EpisodeChannel> = EpisodeChannel.URL;

  @Field(() => String, { nullable: true, description: 'The address; null for an episode through a channel without one.' })
  @Property({ type: 'text', nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'For an episode without a URL: what proves it (e.g. a screenshot of the SMS and its sender).' })
  @Property({ type: 'text', nullable: true })
  evidenceDescription?: string | null;

  /** Resolved for GraphQL by CaseFileFieldsResolver through the `platform` loader. */
  @Field(() => Platform, { nullable: true })
  @ManyToOne({ entity: () => Platform, nullable: true })
  platform?: Platform | null;

  @Field(() => ContentKind)
  @Enum({ items: () => ContentKind, type: 'text' })
  contentKind!: ContentKind;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  excerpt?: string | null;

  /** Whether the URL goes into the prescription, as the panel chose; null: the default (content yes, an account root no). */
  @Property({ type: 'boolean', nullable: true })
  inPrescription?: boolean | null;
}

/** An episode as the `Episode` type resolves it (the entity, or a row of case-file.reader.ts): its platform by id. */
export type EpisodeRow = Row<Episode, 'case' | 'platform'>;
