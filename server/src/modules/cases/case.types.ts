import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/pagination.js';
import { LocalDateScalar } from '../../shared/scalars.js';
import { Member, type MemberRow } from '../members/member.entity.js';
import { ApplicantRelation, ChecklistCriterion, NoticeChannel } from './case.enums.js';
import { Case } from './case.entity.js';
import { Region } from './region.js';

@ObjectType({ description: 'Who applied. Personal data: only for roles allowed to see identity; every read is logged.' })
export class Applicant {
  @Field(() => String) name!: string;
  @Field(() => ApplicantRelation) relation!: ApplicantRelation;
  @Field(() => String) contact!: string;
}

@ObjectType({ description: "The child's identity. Personal data: only for roles allowed to see it; every read is logged." })
export class Child {
  @Field(() => String) name!: string;
  @Field(() => LocalDateScalar) birthDate!: string;
  @Field(() => Region) region!: Region;
  @Field(() => String, { nullable: true }) school!: string | null;
}

@ObjectType({ description: 'What every reader of the case may know of the child: no identity.' })
export class ChildProfile {
  @Field(() => Int, { nullable: true, description: 'Full years at the first episode.' }) ageAtFirstEpisode!: number | null;
  @Field(() => Region) region!: Region;
}

@ObjectType({ description: 'The screening checklist computed from the case file (null = cannot tell yet).' })
export class Checklist {
  @Field(() => Boolean, { nullable: true }) childUnder18!: boolean | null;
  @Field(() => Boolean) twoOrMoreEpisodes!: boolean;
  @Field(() => Boolean, { nullable: true }) throughTelecomOrMedia!: boolean | null;
  @Field(() => Boolean, { description: 'All three criteria are met.' }) met!: boolean;
  @Field(() => [ChecklistCriterion], { description: 'The criteria not shown as met (false or unknown): registering or accepting such a file for review needs a recorded reason.' })
  failing!: ChecklistCriterion[];
}

@ObjectType({ description: 'A reasoned extension of the decision deadline by the chair or deputy.' })
export class Extension {
  @Field(() => String) reason!: string;
  @Field(() => Date) extendedAt!: Date;
  @Field(() => Date) dueAt!: Date;
  @Field(() => Date, { description: 'The applicant must be told of the extension by this time.' })
  applicantNoticeDueAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the applicant was told of the extension, as recorded (null: not yet).' })
  noticeSentAt!: Date | null;
  @Field(() => NoticeChannel, { nullable: true }) noticeChannel!: NoticeChannel | null;
  @Field(() => Member) by!: MemberRow;
}

@ObjectType()
export class CaseEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Case) node!: Case;
  @Field(() => Region, { nullable: true, description: 'The child\'s region (what every reader may know of the child), for the queue; null for a case the viewer recused from.' })
  region!: Region | null;
}

@ObjectType()
export class CaseConnection {
  @Field(() => [CaseEdge]) edges!: CaseEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
