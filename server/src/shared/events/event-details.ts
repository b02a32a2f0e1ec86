import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { EVENT_KINDS, type EventKind, type EventPayloads } from './event-kinds.js';

/**
 * The payloads of a case's events as GraphQL types: `CaseEvent.details`, the union
 * `CaseEventDetails` of one object type per payload shape (kinds of one shape share a type). Every
 * type is checked against the registry (`EventPayloads`, below): a field added to, dropped from or
 * retyped in a payload without its type here following it does not compile, nor does a kind of a
 * case without a type.
 *
 * Field names are the payload's keys. Codes the log keeps as text (statuses, outcomes, channels)
 * stay String here: after a case's identity is erased, free-text keys of its payloads read `***`,
 * whatever the field (`voting.closed`'s `reason`, a code, included), and a code the
 * registry does not pin as a closed set would otherwise fail the whole event.
 */

type Iso = string;

@ObjectType({ description: 'A round\'s count as the log kept it when the event happened.' })
export class EventTally {
  @Field(() => Int) eligible!: number;
  @Field(() => Int) voted!: number;
  @Field(() => Int) quorumNeeded!: number;
  @Field(() => Boolean) quorumMet!: boolean;
  @Field(() => Int) confirmed!: number;
  @Field(() => Int) notConfirmed!: number;
  @Field(() => Int) abstain!: number;
  @Field(() => String, { description: 'An Outcome value.' }) outcome!: string;
  @Field(() => Boolean) decidedByChair!: boolean;
}

@ObjectType({ description: 'case.registered.' })
export class CaseRegisteredDetails {
  @Field(() => String, { description: 'The case\'s number (not the application\'s).' }) number!: string;
  @Field(() => String, { description: 'EOTINISH or PAPER.' }) applicationKind!: 'EOTINISH' | 'PAPER';
  @Field(() => Int) episodes!: number;
  @Field(() => Date) dueAt!: Iso;
  @Field(() => String, { nullable: true, description: 'Why a file failing the screening checklist was registered.' }) checklistOverrideReason?: string;
}

@ObjectType({ description: 'case.status_changed.' })
export class CaseStatusChangedDetails {
  @Field(() => String, { description: 'A CaseStatus value.' }) from!: string;
  @Field(() => String, { description: 'A CaseStatus value.' }) to!: string;
  @Field(() => String, { nullable: true, description: 'Why (a return, out of scope …), as written.' }) reason?: string;
  @Field(() => String, { nullable: true, description: 'Why a case failing the screening checklist was accepted for review.' }) checklistOverrideReason?: string;
  @Field(() => Date, { nullable: true, description: 'The due time set by the move, if it set one.' }) dueAt?: Iso;
  @Field(() => String, { nullable: true, description: 'For a move into DECIDED: the Outcome.' }) outcome?: string;
}

@ObjectType({ description: 'case.deadline_extended.' })
export class DeadlineExtendedDetails {
  @Field(() => String) reason!: string;
  @Field(() => Date, { description: 'The due time before.' }) from!: Iso;
  @Field(() => Date, { description: 'The due time after.' }) to!: Iso;
  @Field(() => Date) applicantNoticeDueAt!: Iso;
}

@ObjectType({ description: 'case.extension_notice_recorded.' })
export class ExtensionNoticeRecordedDetails {
  @Field(() => Date) sentAt!: Iso;
  @Field(() => String, { description: 'A NoticeChannel value.' }) channel!: string;
  @Field(() => Date) applicantNoticeDueAt!: Iso;
  @Field(() => Boolean) late!: boolean;
}

@ObjectType({ description: 'case.answer_sent.' })
export class AnswerSentDetails {
  @Field(() => String, { description: 'A CaseEnding value.' }) ending!: string;
  @Field(() => Date) sentAt!: Iso;
  @Field(() => String, { description: 'A NoticeChannel value.' }) channel!: string;
  @Field(() => Date) answerDueAt!: Iso;
  @Field(() => Boolean) late!: boolean;
}

@ObjectType({ description: 'case.identity_erased.' })
export class IdentityErasedDetails {
  @Field(() => Int) retentionYears!: number;
  @Field(() => Int) evidenceFiles!: number;
}

@ObjectType({ description: 'evidence.uploaded.' })
export class EvidenceUploadedDetails {
  @Field(() => ID) evidenceId!: string;
  @Field(() => ID) episodeId!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String) sha256!: string;
  @Field(() => Int) size!: number;
}

@ObjectType({ description: 'case.prescription_url_set.' })
export class PrescriptionUrlSetDetails {
  @Field(() => String) url!: string;
  @Field(() => Boolean) included!: boolean;
  @Field(() => Boolean) accountRoot!: boolean;
}

@ObjectType({ description: 'comment.added.' })
export class CommentAddedDetails {
  @Field(() => ID) commentId!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => [ID], { description: 'The members mentioned.' }) mentions!: string[];
}

@ObjectType({ description: 'comment.edited.' })
export class CommentEditedDetails {
  @Field(() => ID) commentId!: string;
  @Field(() => [ID], { description: 'The members mentioned.' }) mentions!: string[];
}

@ObjectType({ description: 'comment.deleted.' })
export class CommentDeletedDetails {
  @Field(() => ID) commentId!: string;
}

@ObjectType({ description: 'member.recused.' })
export class MemberRecusedDetails {
  @Field(() => ID) memberId!: string;
}

@ObjectType({ description: 'case.rapporteur_set.' })
export class RapporteurSetDetails {
  @Field(() => ID, { nullable: true, description: 'The member named; null when the rapporteur was removed.' }) memberId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The rapporteur before; null when there was none.' }) previousMemberId!: string | null;
}

@ObjectType({ description: 'voting.opened.' })
export class VotingOpenedDetails {
  @Field(() => ID) roundId!: string;
  @Field(() => Int, { description: 'The round\'s number in the case.' }) number!: number;
  @Field(() => Date) deadlineAt!: Iso;
  @Field(() => Int) eligible!: number;
}

@ObjectType({ description: 'vote.cast: with votes visible before the close, the choice and the tally; otherwise only how many voted.' })
export class VoteCastDetails {
  @Field(() => ID) roundId!: string;
  @Field(() => String, { nullable: true, description: 'A VoteChoice value.' }) choice?: string;
  @Field(() => EventTally, { nullable: true }) tally?: EventTally;
  @Field(() => Int, { nullable: true }) voted?: number;
  @Field(() => Int, { nullable: true }) eligible?: number;
}

@ObjectType({ description: 'voting.closed.' })
export class VotingClosedDetails {
  @Field(() => ID) roundId!: string;
  @Field(() => String, { description: 'CHAIR, ALL_VOTED or DEADLINE.' }) reason!: 'CHAIR' | 'ALL_VOTED' | 'DEADLINE';
  @Field(() => String, { description: 'An Outcome value.' }) outcome!: string;
  @Field(() => EventTally) tally!: EventTally;
}

@ObjectType({ description: 'decision.recorded.' })
export class DecisionRecordedDetails {
  @Field(() => ID) decisionId!: string;
  @Field(() => String, { description: 'An Outcome value.' }) outcome!: string;
  @Field(() => String) protocolNumber!: string;
}

@ObjectType({ description: 'decision.dissent_attached, decision.reasoning_set: which decision changed.' })
export class DecisionChangedDetails {
  @Field(() => ID) decisionId!: string;
}

@ObjectType({ description: 'decision.signed.' })
export class DecisionSignedDetails {
  @Field(() => ID) decisionId!: string;
  @Field(() => String, { description: 'SECRETARY or CHAIR.' }) as!: 'SECRETARY' | 'CHAIR';
  @Field(() => Boolean, { description: 'Whether this signature completed the protocol.' }) final!: boolean;
}

@ObjectType({ description: 'prescription.issued.' })
export class PrescriptionIssuedDetails {
  @Field(() => ID) prescriptionId!: string;
  @Field(() => String) number!: string;
  @Field(() => Int, { description: 'How many URLs it names.' }) urls!: number;
}

@ObjectType({ description: 'prescription.delivered.' })
export class PrescriptionDeliveredDetails {
  @Field(() => ID) prescriptionId!: string;
  @Field(() => String) number!: string;
  @Field(() => Date) removalDueAt!: Iso;
}

@ObjectType({ description: 'prescription.status_changed.' })
export class PrescriptionStatusChangedDetails {
  @Field(() => ID) prescriptionId!: string;
  @Field(() => String) number!: string;
  @Field(() => String, { description: 'A PrescriptionStatus value.' }) from!: string;
  @Field(() => String, { description: 'A PrescriptionStatus value.' }) to!: string;
  @Field(() => String, { nullable: true, description: 'The secretary\'s note on the compliance.' }) note?: string | null;
  @Field(() => ID, { nullable: true, description: 'For an escalation: the access-restriction request\'s id.' }) requestId?: string;
}

@ObjectType({ description: 'prescription.rechecked: how many of its URLs were found in each state.' })
export class PrescriptionRecheckedDetails {
  @Field(() => ID) prescriptionId!: string;
  @Field(() => Int) GONE!: number;
  @Field(() => Int) PRESENT!: number;
  @Field(() => Int) UNREACHABLE!: number;
}

@ObjectType({ description: 'pii.viewed: whose personal data was received, and through which request or document.' })
export class PiiViewedDetails {
  @Field(() => String, { description: 'child, applicant or evidence.' }) subject!: 'child' | 'applicant' | 'evidence';
  @Field(() => String, { nullable: true, description: 'The printed document that carried it, e.g. answer, extension-notice.' }) document?: string;
  @Field(() => String, { nullable: true, description: 'The request that read it, to match the server logs.' }) requestId?: string;
  @Field(() => ID, { nullable: true }) evidenceId?: string;
  @Field(() => String, { nullable: true, description: 'For the answer: its CaseEnding.' }) ending?: string;
  @Field(() => ID, { nullable: true }) decisionId?: string;
}

@ObjectType({ description: 'audit.viewed.' })
export class AuditViewedDetails {
  @Field(() => String) requestId!: string;
}

/** The kinds of a case's log (scope `case`): the ones a CaseEvent carries. */
export type CaseEventKindOfCase = { [K in EventKind]: (typeof EVENT_KINDS)[K]['scope'] extends 'case' ? K : never }[EventKind];

/** Each kind of a case's log to the type of its payload. */
export const DETAILS_TYPES = {
  'case.registered': CaseRegisteredDetails,
  'case.status_changed': CaseStatusChangedDetails,
  'case.deadline_extended': DeadlineExtendedDetails,
  'case.extension_notice_recorded': ExtensionNoticeRecordedDetails,
  'case.answer_sent': AnswerSentDetails,
  'case.identity_erased': IdentityErasedDetails,
  'evidence.uploaded': EvidenceUploadedDetails,
  'case.prescription_url_set': PrescriptionUrlSetDetails,
  'comment.added': CommentAddedDetails,
  'comment.edited': CommentEditedDetails,
  'comment.deleted': CommentDeletedDetails,
  'member.recused': MemberRecusedDetails,
  'case.rapporteur_set': RapporteurSetDetails,
  'voting.opened': VotingOpenedDetails,
  'vote.cast': VoteCastDetails,
  'voting.closed': VotingClosedDetails,
  'decision.recorded': DecisionRecordedDetails,
  'decision.dissent_attached': DecisionChangedDetails,
  'decision.reasoning_set': DecisionChangedDetails,
  'decision.signed': DecisionSignedDetails,
  'prescription.issued': PrescriptionIssuedDetails,
  'prescription.delivered': PrescriptionDeliveredDetails,
  'prescription.status_changed': PrescriptionStatusChangedDetails,
  'prescription.rechecked': PrescriptionRecheckedDetails,
  'pii.viewed': PiiViewedDetails,
  'audit.viewed': AuditViewedDetails,
} as const satisfies { [K in CaseEventKindOfCase]: new () => object };

// --- The check against the registry (types only) ---

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type IsUnion<T> = [T] extends [UnionToIntersection<T>] ? false : true;
type AllKeys<U> = U extends unknown ? keyof U : never;
type ValueOf<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;
/** A payload as one object: an alternative of payloads (vote.cast) as the keys of all, those not in every one optional. */
type Merged<U> = { [K in Extract<keyof U, PropertyKey>]: U[K] } & { [K in Exclude<AllKeys<U>, keyof U>]?: ValueOf<U, K> };
type Flat<T> = { [K in keyof T]: T[K] };
type ShapeOf<P> = Flat<IsUnion<P> extends true ? Merged<P> : P>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The type's fields are the payload's keys, each as optional and of the same type. */
type Matches<C, P> = Same<keyof C, keyof ShapeOf<P>> extends true ? Same<Flat<C>, ShapeOf<P>> : false;
type Checked<T extends { [K in CaseEventKindOfCase]: true }> = T;
/** Compiles only while every type above matches its kind's payload in `EventPayloads`. */
export type DetailsMatchRegistry = Checked<{ [K in CaseEventKindOfCase]: Matches<InstanceType<(typeof DETAILS_TYPES)[K]>, EventPayloads[K]> }>;

type DetailsType = InstanceType<(typeof DETAILS_TYPES)[CaseEventKindOfCase]>;
const DISTINCT_TYPES = [...new Set(Object.values(DETAILS_TYPES))];

export const CaseEventDetails = createUnionType({
  name: 'CaseEventDetails',
  description: 'An event\'s payload typed by its kind (one type per shape; kinds of one shape share it).',
  types: () => DISTINCT_TYPES,
  resolveType: (value: DetailsType) => value.constructor.name,
});

const isKindOfCase = (kind: string): kind is CaseEventKindOfCase => Object.hasOwn(DETAILS_TYPES, kind);

/** An event's payload as its kind's type; null for a kind without a case (none reaches a CaseEvent of the API). */
export function detailsOf(kind: EventKind, payload: Record<string, unknown>): DetailsType | null {
  if (!isKindOfCase(kind)) return null;
  return Object.assign(new DETAILS_TYPES[kind](), payload);
}
