import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AgencyKind, Role } from '../../shared/role.js';

@InputType({ description: 'A new agency: its name in Russian, and in Kazakh and English when known (otherwise the Russian one is used until edited).' })
export class CreateAgencyInput {
  @Field(() => String, { description: 'The name in Russian.' }) @MinLength(2) @MaxLength(200) name!: string;
  @Field(() => String, { nullable: true }) @MaxLength(400) nameKk?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(400) nameEn?: string | null;
  @Field(() => AgencyKind) kind!: AgencyKind;
}

// Only a coarse bound here: the names' rules (required, length, one line) are the service's, answered per field.
@InputType({ description: 'An agency as the admin edits it: its name in each language, and optionally its kind.' })
export class UpdateAgencyInput {
  @Field(() => String) @MaxLength(2000) nameKk!: string;
  @Field(() => String) @MaxLength(2000) nameRu!: string;
  @Field(() => String) @MaxLength(2000) nameEn!: string;
  @Field(() => AgencyKind, { nullable: true, description: 'Absent: unchanged.' }) kind?: AgencyKind | null;
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
