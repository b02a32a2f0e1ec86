import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { RETENTION_YEARS } from './retention-period.js';
import { DecisionRule } from './voting-rule.js';

/**
 * The panel's rules and the legal texts, one row. Not confirmed by a source (DESIGN.md §1), so
 * configurable: quorum 2/3, simple majority, the chair decides a tie, open vote by default.
 */
@ObjectType({ description: 'How the panel votes and what its documents cite; edited by the admin.' })
@Entity({ tableName: 'panel_settings' })
export class PanelSettings {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id: number = 1;

  @Field(() => Int) @Property({ type: 'integer' }) quorumNumerator: number = 2;
  @Field(() => Int) @Property({ type: 'integer' }) quorumDenominator: number = 3;
  @Field(() => DecisionRule) @Enum({ items: () => DecisionRule, type: 'text' }) decisionRule: DecisionRule = DecisionRule.SIMPLE_MAJORITY;
  @Field(() => Boolean) @Property({ type: 'boolean' }) chairCastingVote: boolean = true;
  @Field(() => Boolean, { description: 'Whether members see each other\'s votes before the round closes.' })
  @Property({ type: 'boolean' }) votesVisibleBeforeClose: boolean = true;
  @Field(() => Int, { description: 'How long a round stays open at most (it also closes when everyone has voted).' })
  @Property({ type: 'integer' }) roundHours: number = 24;
  @Field(() => Int, { description: 'Hours from delivery of a prescription to the removal deadline.' })
  @Property({ type: 'integer' }) removalHours: number = 24;
  @Field(() => String) @Property({ type: 'text' }) legalBasisKk: string = DEFAULT_LEGAL_BASIS.kk;
  @Field(() => String) @Property({ type: 'text' }) legalBasisRu: string = DEFAULT_LEGAL_BASIS.ru;
  @Field(() => String) @Property({ type: 'text' }) ministryKk: string = DEFAULT_MINISTRY.kk;
  @Field(() => String) @Property({ type: 'text' }) ministryRu: string = DEFAULT_MINISTRY.ru;
  @Field(() => Int, { description: 'Years after a case is closed (or found out of scope) when the child\'s and the applicant\'s identity and the evidence files are erased; 1–75.' })
  @Property({ type: 'integer' }) retentionYears: number = RETENTION_YEARS.default;
  // The prescription's issuing official and executor (issue 16): empty until the admin sets them.
  @Field(() => String, { description: 'The official who issues prescriptions, in Kazakh (empty: not set).' }) @Property({ type: 'text' }) signatoryNameKk: string = '';
  @Field(() => String) @Property({ type: 'text' }) signatoryNameRu: string = '';
  @Field(() => String) @Property({ type: 'text' }) signatoryPositionKk: string = '';
  @Field(() => String) @Property({ type: 'text' }) signatoryPositionRu: string = '';
  @Field(() => String, { description: 'Who prepared prescriptions and receives the platforms\' reports of compliance, in Kazakh (empty: not set).' }) @Property({ type: 'text' }) executorNameKk: string = '';
  @Field(() => String) @Property({ type: 'text' }) executorNameRu: string = '';
  @Field(() => String) @Property({ type: 'text' }) executorPositionKk: string = '';
  @Field(() => String) @Property({ type: 'text' }) executorPositionRu: string = '';
  @Field(() => String) @Property({ type: 'text' }) executorPhone: string = '';
  @Field(() => String) @Property({ type: 'text' }) executorEmail: string = '';
}

// Laws get renamed: these are defaults, kept in settings (DESIGN.md §1).
export const DEFAULT_LEGAL_BASIS = {
  kk: '«Қазақстан Республикасындағы баланың құқықтары туралы» Қазақстан Республикасы Заңының 1-бабының 4-1) тармақшасы; «Масс-медиа туралы» Қазақстан Республикасы Заңының 40-бабының 1-тармағы; Қазақстан Республикасы Мәдениет және ақпарат министрінің 2024 жылғы 26 қарашадағы № 562-НҚ бұйрығымен бекітілген Қағидалар',
  ru: 'подпункт 4-1) статьи 1 Закона Республики Казахстан «О правах ребенка в Республике Казахстан»; пункт 1 статьи 40 Закона Республики Казахстан «О масс-медиа»; Правила, утвержденные приказом Министра культуры и информации Республики Казахстан от 26 ноября 2024 года № 562-НҚ',
} as const;

export const DEFAULT_MINISTRY = {
  kk: 'Қазақстан Республикасы Мәдениет және ақпарат министрлігі',
  ru: 'Министерство культуры и информации Республики Казахстан',
} as const;
