import { ArrayMaxSize, ArrayMinSize, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IdempotencyKeyField } from '../../shared/idempotency/idempotency-key.field.js';
import { LocalDateScalar } from '../../shared/scalars.js';
import { ApplicationKind } from '../cases/application.js';
import { ApplicantRelation, ContentKind, EpisodeChannel, Language } from '../cases/case.enums.js';
import { Region } from '../cases/region.js';

// Shape limits at the edge (CONVENTIONS.md habit 6); meaning is checked in IntakeService.
export const LIMITS = { name: 200, contact: 200, description: 20_000, url: 2_048, excerpt: 5_000, evidence: 2_000, reason: 2_000, number: 200, episodes: 50, resources: 50 } as const;

@InputType()
export class ApplicantInput {
  @Field(() => String) @MinLength(1) @MaxLength(LIMITS.name) name!: string;
  @Field(() => ApplicantRelation) relation!: ApplicantRelation;
  @Field(() => String, { description: 'Phone or email to send the answer to.' }) @MinLength(3) @MaxLength(LIMITS.contact) contact!: string;
  @Field(() => Language, { description: 'Language of the application; the answer is drafted in it.' }) language!: Language;
}

@InputType()
export class ChildInput {
  @Field(() => String) @MinLength(1) @MaxLength(LIMITS.name) name!: string;
  @Field(() => LocalDateScalar) birthDate!: string;
  @Field(() => Region) region!: Region;
  @Field(() => String, { nullable: true }) @MaxLength(LIMITS.name) school?: string | null;
}

@InputType()
export class EpisodeInput {
  @Field(() => Date) occurredAt!: Date;
  @Field(() => EpisodeChannel, { defaultValue: EpisodeChannel.URL, description: 'URL: give the url; any other channel: give evidenceDescription and no url.' })
  channel!: EpisodeChannel;
  @Field(() => String, { nullable: true }) @MaxLength(LIMITS.url) url?: string | null;
  @Field(() => String, { nullable: true, description: 'For a channel without a URL: what proves the episode, e.g. "screenshot of an SMS from +7…".' })
  @MaxLength(LIMITS.evidence) evidenceDescription?: string | null;
  @Field(() => ContentKind) contentKind!: ContentKind;
  @Field(() => String, { nullable: true }) @MaxLength(LIMITS.excerpt) excerpt?: string | null;
}

@InputType()
export class ResourceInput {
  @Field(() => String) @MaxLength(LIMITS.url) url!: string;
  @Field(() => String, { nullable: true }) @MaxLength(LIMITS.name) description?: string | null;
}

@InputType({ description: 'An application as received through E-otinish or on paper.' })
export class RegisterApplicationInput {
  @Field(() => ApplicationKind, { defaultValue: ApplicationKind.EOTINISH })
  applicationKind!: ApplicationKind;

  // The format is a rule of the kind (application-number.rules.ts); here only the shape's bound.
  @Field(() => String, { nullable: true, description: 'The E-otinish number or the incoming registration number of a paper application; registering the same kind and number again returns the same case.' })
  @MaxLength(LIMITS.number)
  applicationNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'The E-otinish number (the form before paper applications): the same as applicationKind EOTINISH with this applicationNumber.' })
  @MaxLength(LIMITS.number)
  eotinishNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when the file fails the screening checklist (see intakeChecklist): why it is registered anyway.' })
  @MaxLength(LIMITS.reason)
  checklistOverrideReason?: string | null;

  @Field(() => Date) receivedAt!: Date;
  @Field(() => ApplicantInput) @ValidateNested() applicant!: ApplicantInput;
  @Field(() => ChildInput) @ValidateNested() child!: ChildInput;
  @Field(() => String) @MinLength(1) @MaxLength(LIMITS.description) description!: string;

  @Field(() => [EpisodeInput])
  @ArrayMinSize(1) @ArrayMaxSize(LIMITS.episodes) @ValidateNested()
  episodes!: EpisodeInput[];

  @Field(() => [ResourceInput], { nullable: true })
  @ArrayMaxSize(LIMITS.resources) @ValidateNested()
  resources?: ResourceInput[] | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}


@InputType({ description: 'The parts of an application the screening checklist reads.' })
export class ChecklistEpisodeInput {
  @Field(() => Date) occurredAt!: Date;
  @Field(() => EpisodeChannel, { defaultValue: EpisodeChannel.URL }) channel!: EpisodeChannel;
  @Field(() => String, { nullable: true }) @MaxLength(LIMITS.url) url?: string | null;
}

@InputType()
export class IntakeChecklistInput {
  @Field(() => LocalDateScalar, { nullable: true }) childBirthDate?: string | null;
  @Field(() => [ChecklistEpisodeInput]) @ArrayMaxSize(LIMITS.episodes) @ValidateNested() episodes!: ChecklistEpisodeInput[];
}
