import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AgencyKind, Role } from '../../shared/role.js';

@InputType()
export class CreateAgencyInput {
  @Field(() => String) @MinLength(2) @MaxLength(200) name!: string;
  @Field(() => AgencyKind) kind!: AgencyKind;
}

/**
 * A new account. It has no password field: the person sets their own through an invitation, so a
 * client that still sends one gets BAD_USER_INPUT from the schema itself (an unknown input field).
 */
@InputType({ description: 'A new account. No password: the person sets their own through an invitation link.' })
export class CreateMemberInput {
  @Field(() => String) @MinLength(2) @MaxLength(200) name!: string;
  @Field(() => String) @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(200) email!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ID) agencyId!: string;
}

@InputType({ description: 'What the admin changes on an account; absent fields stay as they are.' })
export class UpdateMemberInput {
  @Field(() => Role, { nullable: true, description: 'A new case-reading role sends the account back for approval and a new password.' })
  role?: Role | null;

  @Field(() => ID, { nullable: true }) agencyId?: string | null;
}
