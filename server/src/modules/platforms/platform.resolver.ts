import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { ALL_ROLES, Role } from '../../shared/role.js';
import { Platform } from './platform.entity.js';
import { PLATFORM_TEXT_MAX, type PlatformDraft } from './platform.rules.js';
import { updatePlatform } from './platform.service.js';
// Declares this module's booleans of viewerCan (ViewerAbilities, CaseAbilities).
import './platform.abilities.js';

@InputType({ description: 'A registry entry as the admin edits it; an empty optional text means "not recorded".' })
class PlatformInput implements PlatformDraft {
  @Field(() => String, { description: 'The display name (Russian, or the brand as written).' }) @MaxLength(PLATFORM_TEXT_MAX) name!: string;
  @Field(() => String, { nullable: true, description: 'The display name in Kazakh; empty: the same as name.' }) @MaxLength(PLATFORM_TEXT_MAX) nameKk?: string | null;
  @Field(() => String, { description: 'The representative in Russian.' }) @MaxLength(PLATFORM_TEXT_MAX) representative!: string;
  @Field(() => String, { nullable: true }) @MaxLength(PLATFORM_TEXT_MAX) representativeKk?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(PLATFORM_TEXT_MAX) representativeContact?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(PLATFORM_TEXT_MAX) legalNameKk?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(PLATFORM_TEXT_MAX) legalNameRu?: string | null;
  @Field(() => String, { nullable: true, description: '12 digits with a valid check digit.' }) @MaxLength(PLATFORM_TEXT_MAX) bin?: string | null;
  @Field(() => String, { nullable: true, description: 'A foreign entity: registration number and country.' }) @MaxLength(PLATFORM_TEXT_MAX) registration?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(PLATFORM_TEXT_MAX) addressKk?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(PLATFORM_TEXT_MAX) addressRu?: string | null;
}

@Resolver()
export class PlatformResolver {
  @Authorized(...ALL_ROLES)
  @Query(() => [Platform], { description: 'The platform registry.' })
  platforms(@Ctx() ctx: Context) {
    return ctx.em.find(Platform, {}, { orderBy: { name: 'asc' } });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Platform, { description: 'Edits a registry entry: its display names in Kazakh and Russian and the addressee of prescriptions (legal entity, BIN or foreign registration, address, representative in both languages).' })
  async updatePlatform(@Arg('id', () => ID) id: string, @Arg('input', () => PlatformInput) input: PlatformInput, @Ctx() ctx: Context) {
    const platform = await updatePlatform(ctx.em, ctx.viewer!, id, input);
    ctx.deps.platforms.invalidate();
    return platform;
  }
}
