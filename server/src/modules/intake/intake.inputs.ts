import { ArrayMaxSize, ArrayMinSize, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IdempotencyKeyField } from '../../shared/idempotency/idempotency-key.field.js';
import { LocalDateScalar } from '../../shared/scalars.js';
import { ApplicantRelation, ContentKind, Language } from '../cases/case.enums.js';
import { Region } from '../cases/region.js';

// Shape limits at the edge (CONVENTIONS.md habit 6); meaning is checked in IntakeService.
export const LIMITS = { name: 200, contact: 200, description: 20_000, url: 2_048, excerpt: 5_000, episodes: 50, resources: 50 } as const;

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
  @Field(() => String) @MaxLength(LIMITS.url) url!: string;
  @Field(() => ContentKind) contentKind!: ContentKind;
  @Field(() => String, { nullable: true }) @MaxLength(LIMITS.excerpt) excerpt?: string | null;
}

@InputType()
export class ResourceInput {
  @Field(() => String) @MaxLength(LIMITS.url) url!: string;
  @Field(() => String, { nullable: true }) @MaxLength(LIMITS.name) description?: string | null;
}

@InputType({ description: 'An application as received through E-otinish.' })
export class RegisterApplicationInput {
  @Field(() => String, { description: 'Registration number on E-otinish; registering the same number again returns the same case.' })
  // Latin or Cyrillic (ЖТ-2026-00000742), with any dash, slash, dot, underscore or space between parts.
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N} \-‐‑‒–—―−/._]{0,63}$/u, { message: 'eotinishNumber must be 1–64 letters, digits, spaces, dashes, "/", "." or "_", starting with a letter or digit' })
  eotinishNumber!: string;

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

