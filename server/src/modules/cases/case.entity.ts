import { ArrayType, Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import type { Row } from '../../shared/rows.js';
import { Member } from '../members/member.entity.js';
import { ApplicationKind } from './application.js';
import { ApplicantRelation, CaseStatusEnum, Language } from './case.enums.js';
import type { CaseStatus } from './lifecycle.js';
import { Episode } from './episode.entity.js';
import { Region } from './region.js';
import { Resource } from './resource.entity.js';

/**
 * A case opened from one application (E-otinish or paper). Identity columns (applicant*, child*) carry no
 * @Field: they reach the API only through the policy-checked field resolvers.
 */
@ObjectType({ description: 'A case opened from one application, received through E-otinish or on paper.' })
@Entity({ tableName: 'case' })
@Index({ properties: ['status', 'dueAt'] })
@Index({ properties: ['dueAt'] })
// Every column the statistics group or filter by, so a period is read by an index-only scan.
@Index({ name: 'case_stats_index', expression: 'create index "case_stats_index" on "case" ("received_at") include ("id", "status", "child_region", "child_age_band", "decided_at", "due_at", "extended_at", "outcome", "platform_ids")' })
export class Case extends BaseEntity {
  @Field(() => String, { description: 'The pseudonym used everywhere instead of the child\'s name, e.g. KZ-2026-0042.' })
  @Property({ type: 'text', unique: true })
  number!: string;

  @Field(() => ApplicationKind, { description: 'How the application arrived: through E-otinish or on paper.' })
  @Enum({ items: () => ApplicationKind, type: 'text' })
  applicationKind: Opt<ApplicationKind> = ApplicationKind.EOTINISH;

  /** Unique per kind by a normalised key (see Migration20261208200000_paper_applications). */
  @Field(() => String, { description: 'The E-otinish registration number, or the incoming registration number of a paper application.' })
  @Property({ type: 'text' })
  applicationNumber!: string;

  @Field(() => CaseStatusEnum)
  @Enum({ items: () => Object.values(CaseStatusEnum), type: 'text' })
  status: Opt<CaseStatus> = 'REGISTERED';

  @Field(() => Language, { description: 'Language of the application; the answer is drafted in it.' })
  @Enum({ items: () => Language, type: 'text' })
  language!: Language;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => Date, { description: 'When the decision is due on the working-day calendar (after any extension).' })
  @Property({ type: 'timestamptz' })
  dueAt!: Date;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Why the case was returned or found out of scope.' })
  @Property({ type: 'text', nullable: true })
  screeningReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the file was registered although it failed the screening checklist (given at intake).' })
  @Property({ type: 'text', nullable: true })
  checklistOverrideReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the case was accepted for review although it failed the screening checklist.' })
  @Property({ type: 'text', nullable: true })
  reviewOverrideReason?: string | null;

  @Property({ type: 'text' }) applicantName!: string;
  @Enum({ items: () => ApplicantRelation, type: 'text' }) applicantRelation!: ApplicantRelation;
  @Property({ type: 'text' }) applicantContact!: string;
  @Property({ type: 'text' }) childName!: string;
  /** Null once erased under the retention rule (statistics keep the age band, `childAgeBand`). */
  @Property({ type: 'date', columnType: 'date', nullable: true }) childBirthDate!: string | null;
  @Enum({ items: () => Region, type: 'text' }) childRegion!: Region;
  @Property({ type: 'text', nullable: true }) childSchool?: string | null;

  @Property({ type: 'text', nullable: true }) extensionReason?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) extendedAt?: Date | null;
  @ManyToOne({ entity: () => Member, nullable: true }) extendedBy?: Member | null;
  @Property({ type: 'timestamptz', nullable: true }) applicantNoticeDueAt?: Date | null;
  /** When and how the applicant was told of the current extension (null: not recorded yet). */
  @Property({ type: 'timestamptz', nullable: true }) extensionNoticeSentAt?: Date | null;
  @Property({ type: 'text', nullable: true }) extensionNoticeChannel?: string | null;
  /** When the case left early (RETURNED or OUT_OF_SCOPE); a decided case ends at `decidedAt`. Cleared when a returned case is supplemented. */
  @Property({ type: 'timestamptz', nullable: true }) endedAt?: Date | null;
  /** When and how the answer to the applicant on the current ending was sent, as recorded (null: not recorded yet). */
  @Property({ type: 'timestamptz', nullable: true }) answerSentAt?: Date | null;
  @Property({ type: 'text', nullable: true }) answerChannel?: string | null;

  @ManyToOne({ entity: () => Member }) registeredBy!: Member;

  // Facts kept for statistics, so aggregates never read identity or scan episodes.
  @Property({ type: 'timestamptz', nullable: true }) firstEpisodeAt?: Date | null;
  @Property({ type: 'text', nullable: true }) childAgeBand?: string | null;
  @Property({ type: 'timestamptz', nullable: true, index: true }) decidedAt?: Date | null;
  @Property({ type: 'text', nullable: true }) outcome?: string | null;
  /** The registry platforms the episodes were matched to, each once. */
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' }) platformIds: Opt<string[]> = [];

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  // Retention (DESIGN.md §5): when the case reached its final state, stamped from the event log by
  // the retention job, and when its identity and evidence files were erased.
  @Property({ type: 'timestamptz', nullable: true }) finalAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the child\'s and the applicant\'s identity and the evidence files were erased under the retention rule; null while kept.' })
  @Property({ type: 'timestamptz', nullable: true })
  identityErasedAt?: Date | null;

  @OneToMany({ entity: () => Episode, mappedBy: 'case', orderBy: { occurredAt: 'asc' } })
  episodes = new Collection<Episode>(this);

  @OneToMany({ entity: () => Resource, mappedBy: 'case' })
  resources = new Collection<Resource>(this);
}

/** A case as its GraphQL type resolves it, from the entity or from a plain row (case.reader.ts): members by id, without the lists. */
export type CaseRow = Omit<Row<Case, 'extendedBy' | 'registeredBy'>, 'episodes' | 'resources'>;
