import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../shared/scalars.js';
import { CaseStatusEnum } from '../cases/case.enums.js';
import type { CaseStatus } from '../cases/lifecycle.js';
import { Region } from '../cases/region.js';

@InputType({ description: 'A period of Kazakhstan calendar days, both ends included; at most 10 years. For everyone but the chair and the deputy, whole calendar months: from the 1st of a month to the last day of a month.' })
export class PeriodInput {
  @Field(() => LocalDateScalar) from!: string;
  @Field(() => LocalDateScalar) to!: string;
}

@InputType()
export class StatsFilter {
  @Field(() => [String], { nullable: true, description: 'Platform codes from the registry (e.g. tiktok).' }) platforms?: string[] | null;
  @Field(() => [Region], { nullable: true }) regions?: Region[] | null;
  @Field(() => [CaseStatusEnum], { nullable: true }) statuses?: CaseStatus[] | null;
}

@ObjectType({ description: 'A count. Exact for the chair and the deputy; for everyone else perturbed by the cell-key method (never 1 to 4, usually within 2 of the true count): value null and suppressed true ("<5") when the published count is 0 but cases exist.' })
export class Count {
  @Field(() => Int, { nullable: true }) value!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

@ObjectType({ description: 'A count of cases for one key of a breakdown (a status, a platform code, a region, a month YYYY-MM…).' })
export class Bucket {
  @Field(() => String) key!: string;
  @Field(() => Count) count!: Count;
}

@ObjectType({ description: 'Median and 90th percentile of a duration, in hours, over `count` cases (null when too few to show); computed from whole-hour counts, within an hour of the exact figure.' })
export class DurationStat {
  @Field(() => String, { nullable: true, description: 'The month (YYYY-MM) or platform code; null for the whole period.' }) key!: string | null;
  @Field(() => Float, { nullable: true }) medianHours!: number | null;
  @Field(() => Float, { nullable: true }) p90Hours!: number | null;
  @Field(() => Count) count!: Count;
}

@ObjectType({ description: 'How the legal clock was kept, as shares (0–1) of the cases in the period. For perturbed viewers: published numerator over published denominator, null when the denominator is below 5.' })
export class DeadlineShares {
  @Field(() => Float, { nullable: true, description: 'Of decided cases, those decided within 3 working days without an extension.' }) decidedWithinDeadline!: number | null;
  @Field(() => Float, { nullable: true, description: 'Cases whose deadline was extended.' }) extended!: number | null;
  @Field(() => Float, { nullable: true, description: 'Cases past their due time now, with the clock still running.' }) overdueNow!: number | null;
  @Field(() => Float, { nullable: true, description: 'Of extended cases, those whose applicant was told of the extension late: recorded after the notice was due (2 working days), or not recorded and past due now.' })
  lateExtensionNotices!: number | null;
  @Field(() => Float, { nullable: true, description: 'Of cases whose answer to the applicant is recorded as sent, those sent after it was due (the end of the case\'s review term, see Case.answerDueAt).' })
  lateAnswers!: number | null;
}

@ObjectType({ description: 'How one platform answered prescriptions: shares (0–1) of its prescriptions and the median time to removal.' })
export class PlatformCompliance {
  @Field(() => String) platform!: string;
  @Field(() => Count) prescriptions!: Count;
  @Field(() => Float, { nullable: true }) complied!: number | null;
  @Field(() => Float, { nullable: true }) partiallyComplied!: number | null;
  @Field(() => Float, { nullable: true }) notComplied!: number | null;
  @Field(() => Float, { nullable: true }) escalated!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median hours from delivery to recorded compliance.' }) medianHoursToRemoval!: number | null;
}

@ObjectType({ description: 'Cases and votes of one member or agency (chair, deputy and admin only; perturbed for the admin like every count).' })
export class PanelWork {
  @Field(() => String) name!: string;
  @Field(() => String) agencyKind!: string;
  @Field(() => Int) cases!: number;
  @Field(() => Int) votes!: number;
}

@ObjectType({ description: 'An internet resource or account named in more than one case. Everyone but the chair and the deputy gets it by platform and number only, never its URL.' })
export class RepeatTarget {
  @Field(() => String, { description: 'The URL without query or fragment, lower-cased (chair and deputy); for everyone else an opaque label: the platform code and the number, e.g. "tiktok #2".' }) target!: string;
  @Field(() => String, { nullable: true, description: 'The URL (chair and deputy only; null for everyone else).' }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'The platform code of the resource; null when its host is not in the registry.' }) platform!: string | null;
  @Field(() => Int, { description: 'Its number among the listed targets of the same platform, from 1.' }) number!: number;
  @Field(() => Count) cases!: Count;
}
