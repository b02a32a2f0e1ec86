import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CaseEventKind } from '../../shared/events/event-kind.enum.js';
import type { EventKind } from '../../shared/events/event-kinds.js';
import { PageInfo } from '../../shared/pagination.js';
import type { AuditCategory } from './audit.policy.js';

export enum AuditKind {
  PII_READ = 'PII_READ',
  CHANGE = 'CHANGE',
  AUDIT_READ = 'AUDIT_READ',
}
registerEnumType(AuditKind, {
  name: 'AuditKind',
  description: 'PII_READ: someone received the child\'s or the applicant\'s personal data or an evidence file; CHANGE: something in the case changed; AUDIT_READ: the chair or deputy read this audit.',
});

export enum AuditSubject {
  CHILD = 'CHILD',
  APPLICANT = 'APPLICANT',
  EVIDENCE = 'EVIDENCE',
}
registerEnumType(AuditSubject, { name: 'AuditSubject', description: 'Whose personal data a PII_READ entry received.' });

// Declared before the connection that references it (decorator metadata order under vitest).
@ObjectType({ description: 'One event of a case\'s log as the audit shows it: who, what, when, without personal data.' })
export class AuditEntry {
  @Field(() => String, { description: 'The event\'s place in the log (decimal, only grows).' }) seq!: string;
  @Field(() => Date) at!: Date;
  @Field(() => CaseEventKind, { description: 'The event kind, e.g. PII_VIEWED, COMMENT_ADDED, VOTE_CAST.' }) kind!: EventKind;
  @Field(() => AuditKind) category!: AuditCategory;
  @Field(() => AuditSubject, { nullable: true, description: 'For PII_READ: whose data was received.' }) subject!: AuditSubject | null;
  @Field(() => String, { nullable: true, description: 'A short, language-neutral detail (status codes, numbers, the choice); never personal data.' })
  summary!: string | null;
  @Field(() => String, { nullable: true, description: 'The request that read the data, to match the server logs.' }) requestId!: string | null;
  /** Resolved to `actor` by the field resolver; null for the system. */
  actorId!: string | null;
}

@ObjectType()
export class AuditEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AuditEntry) node!: AuditEntry;
}

@ObjectType({ description: 'A page of a case\'s audit, newest first.' })
export class AuditConnection {
  @Field(() => [AuditEdge]) edges!: AuditEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ description: 'One person who received a case\'s personal data, with how often and when.' })
export class AuditReader {
  @Field(() => Int, { description: 'How many reads of personal data were logged for this person.' }) reads!: number;
  @Field(() => [AuditSubject]) subjects!: AuditSubject[];
  @Field(() => Date) firstAt!: Date;
  @Field(() => Date) lastAt!: Date;
  actorId!: string;
}

@InputType()
export class AuditFilter {
  @Field(() => [AuditKind], { nullable: true, description: 'Only these categories; all when absent.' }) kinds?: AuditKind[] | null;
  @Field(() => ID, { nullable: true, description: 'Only what this member did.' }) actorId?: string | null;
  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive).' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Before this instant (exclusive).' }) to?: Date | null;
}
