import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AgencyKind, Role } from './role.js';

@InputType()
export class CreateAgencyInput {
  @Field(() => String) @MinLength(2) @MaxLength(200) name!: string;
  @Field(() => AgencyKind) kind!: AgencyKind;
}

@InputType()
export class CreateMemberInput {
  @Field(() => String) @MinLength(2) @MaxLength(200) name!: string;
  @Field(() => String) @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(200) email!: string;
  @Field(() => String) @MinLength(10, { message: 'password must be at least 10 characters' }) @MaxLength(200) password!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ID) agencyId!: string;
}
