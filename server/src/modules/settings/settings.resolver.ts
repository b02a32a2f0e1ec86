import { Max, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { ALL_ROLES, Role } from '../../shared/role.js';
import { PanelSettings } from './panel-settings.entity.js';
import { OFFICIAL_TEXT_MAX } from './prescription-officials.rules.js';
import { updateSettings } from './settings.service.js';
import { DecisionRule } from './voting-rule.js';

@InputType()
class PanelSettingsInput {
  @Field(() => Int, { nullable: true }) @Min(1) @Max(100) quorumNumerator?: number;
  @Field(() => Int, { nullable: true }) @Min(1) @Max(100) quorumDenominator?: number;
  @Field(() => DecisionRule, { nullable: true }) decisionRule?: DecisionRule;
  @Field(() => Boolean, { nullable: true }) chairCastingVote?: boolean;
  @Field(() => Boolean, { nullable: true }) votesVisibleBeforeClose?: boolean;
  @Field(() => Int, { nullable: true }) roundHours?: number;
  @Field(() => Int, { nullable: true }) removalHours?: number;
  @Field(() => String, { nullable: true }) legalBasisKk?: string;
  @Field(() => String, { nullable: true }) legalBasisRu?: string;
  @Field(() => String, { nullable: true }) ministryKk?: string;
  @Field(() => String, { nullable: true }) ministryRu?: string;
  @Field(() => Int, { nullable: true }) retentionYears?: number;
  // The prescription's signatory and executor: checked together in the service (prescription-officials.rules.ts).
  @Field(() => String, { nullable: true }) @MaxLength(OFFICIAL_TEXT_MAX) signatoryNameKk?: string;
  @Field(() => String, { nullable: true }) @MaxLength(OFFICIAL_TEXT_MAX) signatoryNameRu?: string;
  @Field(() => String, { nullable: true }) @MaxLength(OFFICIAL_TEXT_MAX) signatoryPositionKk?: string;
  @Field(() => String, { nullable: true }) @MaxLength(OFFICIAL_TEXT_MAX) signatoryPositionRu?: string;
  @Field(() => String, { nullable: true }) @MaxLength(OFFICIAL_TEXT_MAX) executorNameKk?: string;
  @Field(() => String, { nullable: true }) @MaxLength(OFFICIAL_TEXT_MAX) executorNameRu?: string;
  @Field(() => String, { nullable: true }) @MaxLength(OFFICIAL_TEXT_MAX) executorPositionKk?: string;
  @Field(() => String, { nullable: true }) @MaxLength(OFFICIAL_TEXT_MAX) executorPositionRu?: string;
  @Field(() => String, { nullable: true }) @MaxLength(OFFICIAL_TEXT_MAX) executorPhone?: string;
  @Field(() => String, { nullable: true }) @MaxLength(OFFICIAL_TEXT_MAX) executorEmail?: string;
}

@Resolver()
export class SettingsResolver {
  @Authorized(...ALL_ROLES)
  @Query(() => PanelSettings)
  panelSettings(@Ctx() ctx: Context) {
    return ctx.deps.settings.get();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PanelSettings, { description: 'Changes the panel\'s settings; rounds already open keep their rule.' })
  async updatePanelSettings(@Arg('input', () => PanelSettingsInput) input: PanelSettingsInput, @Ctx() ctx: Context) {
    const settings = await updateSettings(ctx.em, ctx.viewer!, input);
    ctx.deps.settings.invalidate();
    return settings;
  }
}
