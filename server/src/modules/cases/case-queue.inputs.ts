import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { CaseStatusEnum } from './case.enums.js';
import type { CaseStatus } from './lifecycle.js';
import { CASE_STATES, QUEUE_VIEWS, SORT_FIELDS, type CaseState, type QueueView, type SortDirection, type SortField } from './case-queue.rules.js';

// The GraphQL enums mirror the rules' lists (one source): an unknown value is refused by GraphQL as BAD_USER_INPUT.
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CaseStateEnum = enumOf(CASE_STATES);
registerEnumType(CaseStateEnum, { name: 'CaseState', description: 'ACTIVE: work under way; FINISHED: closed, out of scope or returned to the applicant (lifecycle.isFinished); ALL: both.' });

export const QueueViewEnum = enumOf(QUEUE_VIEWS);
registerEnumType(QueueViewEnum, {
  name: 'QueueView',
  description: 'Whose work: ALL cases; WAITING_FOR_MY_VOTE (an open round in which the viewer votes and has not voted); MENTIONS_ME (an unread @mention of the viewer in the room); MY_CASES (registered by the viewer, or the viewer commented). The last three leave out cases the viewer recused from.',
});

export const CaseSortFieldEnum = enumOf(SORT_FIELDS);
registerEnumType(CaseSortFieldEnum, { name: 'CaseSortField', description: 'What the queue can be sorted by; ties are broken by the case id in the same direction.' });

export const SortDirectionEnum = enumOf<SortDirection>(['ASC', 'DESC']);
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });

@InputType()
export class CaseFilter {
  @Field(() => CaseStateEnum, { nullable: true, description: 'Active or finished cases; by default ACTIVE, or ALL when statuses are named.' })
  state?: CaseState | null;
  @Field(() => QueueViewEnum, { nullable: true, description: 'Whose work (default ALL).' })
  view?: QueueView | null;
  @Field(() => [CaseStatusEnum], { nullable: true, description: 'Only these statuses; each must be in the state.' }) status?: CaseStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Only cases past their due time with the clock running (or only the others).' })
  overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Text in the case number, the application\'s number (E-otinish or incoming) or the description.' })
  @MaxLength(200)
  search?: string | null;
}

@InputType()
export class CaseSort {
  @Field(() => CaseSortFieldEnum) field!: SortField;
  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' }) direction!: SortDirection;
}

@ObjectType({ description: 'How many cases each choice of the queue would show, with the other choices of the filter as given: what a role may list, it may count.' })
export class CaseQueueCounts {
  @Field(() => Int, { description: 'Active cases (in the filter\'s view).' }) active!: number;
  @Field(() => Int, { description: 'Finished cases (in the filter\'s view).' }) finished!: number;
  @Field(() => Int, { description: 'Active and finished (in the filter\'s view).' }) all!: number;
  @Field(() => Int, { description: 'In the filter\'s state, whatever the view.' }) anyView!: number;
  @Field(() => Int) waitingForMyVote!: number;
  @Field(() => Int, { description: 'With an unread mention of the viewer.' }) mentionsMe!: number;
  @Field(() => Int) myCases!: number;
  @Field(() => Int, { description: 'Overdue, with the rest of the filter as given.' }) overdue!: number;
}
