import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Criterion, FindingValue } from './criteria.js';

@InputType({ description: 'A finding on one legal criterion: met, not met or unclear, with a note.' })
export class FindingInput {
  @Field(() => Criterion) criterion!: Criterion;
  @Field(() => FindingValue) value!: FindingValue;
  @Field(() => String, { nullable: true }) @MaxLength(2_000) note?: string | null;
}

export const FINDINGS_MAX = 4;
export const REASONING_MAX = 10_000;

