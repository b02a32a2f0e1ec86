import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import type { Row } from '../../shared/rows.js';
import { Case } from '../cases/case.entity.js';
import { Member } from '../members/member.entity.js';
import { Criterion, FindingValue, Outcome, VoteChoice } from './criteria.js';
import type { Tally } from './tally.js';
import type { VotingRule } from '../settings/voting-rule.js';

/** A member's declared conflict of interest: no vote, no personal data, not counted for quorum. */
@ObjectType({ description: 'A declared conflict of interest in one case.' })
@Entity({ tableName: 'recusal' })
@Unique({ properties: ['case', 'member'] })
export class Recusal extends BaseEntity {
  @ManyToOne({ entity: () => Case }) case!: Case;
  @Field(() => Member) @ManyToOne({ entity: () => Member }) member!: Member;
  @Field(() => String) @Property({ type: 'text' }) reason!: string;
}

/** A recusal as the `Recusal` type resolves it (the entity, or a row of voting.reader.ts): its member by id. */
export type RecusalRow = Row<Recusal, 'case' | 'member'>;

/** One voting round on a case; at most one is open at a time (a partial unique index). */
@ObjectType({ description: 'A round of voting on a case.' })
@Entity({ tableName: 'voting_round' })
@Index({ name: 'voting_round_one_open_per_case', expression: 'create unique index "voting_round_one_open_per_case" on "voting_round" ("case_id") where "open"' })
export class VotingRound extends BaseEntity {
  @ManyToOne({ entity: () => Case, index: true }) case!: Case;
  @Field(() => Int) @Property({ type: 'integer' }) number!: number;
  @Field(() => Member) @ManyToOne({ entity: () => Member }) openedBy!: Member;
  @Field(() => Date) @Property({ type: 'timestamptz' }) deadlineAt!: Date;
  @Field(() => Boolean) @Property({ type: 'boolean' }) open: Opt<boolean> = true;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) closedAt?: Date | null;
  @ManyToOne({ entity: () => Member, nullable: true }) closedBy?: Member | null;
  @Field(() => String, { nullable: true, description: 'CHAIR, ALL_VOTED or DEADLINE.' }) @Property({ type: 'text', nullable: true }) closeReason?: string | null;
  @Property({ type: 'jsonb' }) rule!: VotingRule;
  /** Voting members when the round opened; members who recuse later drop out. */
  @Property({ type: 'jsonb' }) eligibleIds!: string[];
  @Property({ type: 'uuid', nullable: true }) chairId!: string | null;
  @Field(() => Outcome, { nullable: true }) @Enum({ items: () => Outcome, type: 'text', nullable: true }) outcome?: Outcome | null;
  @Property({ type: 'jsonb', nullable: true }) finalTally?: Tally | null;
}

/** A round as the `VotingRound` type resolves it (the entity, or a row of voting.reader.ts). */
export type RoundRow = Row<VotingRound, 'case' | 'openedBy' | 'closedBy'>;

@ObjectType({ description: 'A member\'s finding on one legal criterion.' })
export class Finding {
  @Field(() => Criterion) criterion!: Criterion;
  @Field(() => FindingValue) value!: FindingValue;
  @Field(() => String, { nullable: true }) note!: string | null;
}

/** A vote; changing it supersedes the row (history kept). One current vote per member and round (partial unique index). */
@ObjectType({ description: 'A member\'s vote with findings on the legal criteria.' })
@Entity({ tableName: 'vote' })
@Index({ properties: ['round', 'member'] })
@Index({ name: 'vote_one_current_per_member', expression: 'create unique index "vote_one_current_per_member" on "vote" ("round_id", "member_id") where "superseded_at" is null' })
export class Vote extends BaseEntity {
  @ManyToOne({ entity: () => VotingRound }) round!: VotingRound;
  @Field(() => Member) @ManyToOne({ entity: () => Member }) member!: Member;
  @Field(() => VoteChoice) @Enum({ items: () => VoteChoice, type: 'text' }) choice!: VoteChoice;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) reasoning?: string | null;
  @Field(() => [Finding]) @Property({ type: 'jsonb' }) findings!: Finding[];
  @Field(() => Date, { nullable: true, description: 'When the member changed this vote.' })
  @Property({ type: 'timestamptz', nullable: true }) supersededAt?: Date | null;
}

/** A vote as the `Vote` type resolves it (the entity, or a row of voting.reader.ts): its member by id. */
export type VoteRow = Row<Vote, 'round' | 'member'>;
