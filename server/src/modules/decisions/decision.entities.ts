import { Entity, Enum, ManyToOne, OneToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import type { Row } from '../../shared/rows.js';
import { Case } from '../cases/case.entity.js';
import { Language } from '../cases/case.enums.js';
import { Member } from '../members/member.entity.js';
import { Outcome, VoteChoice } from '../voting/criteria.js';
import type { Tally } from '../voting/tally.js';
import { VotingRound } from '../voting/voting.entities.js';
import type { VotingRule } from '../settings/voting-rule.js';

@ObjectType({ description: 'A member who voted, as recorded in the decision.' })
export class Voter {
  @Field(() => String) memberId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) agency!: string;
  @Field(() => VoteChoice) choice!: VoteChoice;
}

/** The panel's decision on a case: the outcome with the rule and tally that produced it, under a numbered protocol. */
@ObjectType({ description: 'The decision of the expert group, recorded in a numbered protocol.' })
@Entity({ tableName: 'decision' })
export class Decision extends BaseEntity {
  @OneToOne({ entity: () => Case, owner: true, unique: true }) case!: Case;
  @ManyToOne({ entity: () => VotingRound }) round!: VotingRound;
  @Field(() => Outcome) @Enum({ items: () => Outcome, type: 'text' }) outcome!: Outcome;
  @Field(() => String, { description: 'Protocol number, e.g. П-2026-0007.' }) @Property({ type: 'text', unique: true }) protocolNumber!: string;
  @Property({ type: 'jsonb' }) rule!: VotingRule;
  @Property({ type: 'jsonb' }) tally!: Tally;
  @Field(() => [Voter]) @Property({ type: 'jsonb' }) voters!: Voter[];
  /** The members' vote reasoning, pasted at recording: printed in the protocol beside the vote record, never in the answer. */
  @Field(() => String, { description: 'The members\' vote reasoning as recorded (for the protocol only; never sent to the applicant).' })
  @Property({ type: 'text' }) reasoning: Opt<string> = '';
  @Field(() => String, { description: 'The decision\'s own reasoning in Kazakh, written by the presiding chair or the secretary (empty until written).' })
  @Property({ type: 'text', default: '' }) reasoningKk: Opt<string> = '';
  @Field(() => String, { description: 'The decision\'s own reasoning in Russian, written by the presiding chair or the secretary (empty until written).' })
  @Property({ type: 'text', default: '' }) reasoningRu: Opt<string> = '';
  @ManyToOne({ entity: () => Member, nullable: true }) chairSignedBy?: Member | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) chairSignedAt?: Date | null;
  @ManyToOne({ entity: () => Member, nullable: true }) secretarySignedBy?: Member | null;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) secretarySignedAt?: Date | null;
  @Field(() => Language, { description: 'The language of the answer to the applicant (that of the application).' })
  @Enum({ items: () => Language, type: 'text' }) answerLanguage!: Language;
  /** Names the applicant: resolved through DecisionResolver.answerText, which checks and logs the read. */
  @Property({ type: 'text' }) answerText!: string;
}

/** A dissenting opinion, attachable by a member who voted against the outcome until the protocol is signed. */
@ObjectType({ description: 'A dissenting opinion attached to a decision.' })
@Entity({ tableName: 'dissent' })
@Unique({ properties: ['decision', 'member'] })
export class Dissent extends BaseEntity {
  @ManyToOne({ entity: () => Decision }) decision!: Decision;
  /** Resolved for GraphQL by DissentFieldsResolver through the `member` loader. */
  @Field(() => Member) @ManyToOne({ entity: () => Member }) member!: Member;
  @Field(() => String) @Property({ type: 'text' }) text!: string;
}

// As their types resolve them (`decidedAt`, `writtenAt`: the creation): entities, or plain rows (decision.reader.ts).
export type DecisionRow = Row<Decision, 'case' | 'round' | 'chairSignedBy' | 'secretarySignedBy'>;
export type DissentRow = Row<Dissent, 'decision' | 'member'>;
