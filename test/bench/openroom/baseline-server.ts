// The baseline of budget B1, run as its own process like the server: `node:http` and a raw `pg`
// pool answering the four operations of a case room (by operationName) with the same JSON as the
// platform, from hand-written SQL: a join per list instead of an ORM and GraphQL execution. It
// does what the platform must do for the same answer: load the viewer named by the token, check
// the viewer may read the case, log the two identity reads (pii.viewed, both in one transaction,
// with the log's lock and NOTIFY), and use the platform's own pure rules (checklist,
// tally, deadlines). It does not verify the token's signature (no secret here): an HMAC is noise.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import { AUDIT_ONLY_KINDS, type EventKind } from '../../../server/src/shared/events/event-kinds.js';
import { wireName } from '../../../server/src/shared/events/event-kind.enum.js';
import { seesAuditKinds } from '../../../server/src/shared/privacy/reads-log.js';
import { computeChecklist, withFailing } from '../../../server/src/modules/cases/checklist.js';
import {
  mayChoosePrescriptionUrls, mayExtendDeadline, mayNameRapporteur, mayPreside, mayRecordAnswerSent, mayRecordExtensionNotice, maySeeIdentity, mayUploadEvidence, prescriptionUrlsOpen, screeningMoves,
} from '../../../server/src/modules/cases/case.policy.js';
import { answerDueAtOf, endingOf } from '../../../server/src/modules/cases/answer.rules.js';
import { rapporteurOpen } from '../../../server/src/modules/cases/rapporteur.rules.js';
import { mayAudit } from '../../../server/src/modules/audit/audit.policy.js';
import { mayDeleteComment, mayDeliberate, mayEditComment } from '../../../server/src/modules/deliberation/comment.policy.js';
import { mayDeclareConflict, mayOpenOrCloseVoting, mayVote } from '../../../server/src/modules/voting/voting.policy.js';
import { maySignDecision, mayWriteReasoning } from '../../../server/src/modules/decisions/decision.policy.js';
import { mayEscalatePrescriptions, mayFollowUpPrescriptions } from '../../../server/src/modules/prescriptions/prescription.policy.js';
import { hasDecision, isClockStopped, type CaseStatus } from '../../../server/src/modules/cases/lifecycle.js';
import type { Role } from '../../../server/src/shared/role.js';
import { tally, type Tally } from '../../../server/src/modules/voting/tally.js';
import type { VoteChoice } from '../../../server/src/modules/voting/criteria.js';
import type { ContentKind, EpisodeChannel } from '../../../server/src/modules/cases/case.enums.js';
import { prescriptionUrls } from '../../../server/src/modules/cases/prescription-urls.rules.js';
import { ageOn, localDate } from '../../../server/src/shared/working-days/calendar.js';
import { isOverdue } from '../../../server/src/shared/working-days/deadlines.js';
import type { Viewer } from '../../../server/src/shared/viewer.js';
import type { VotingRule } from '../../../server/src/modules/settings/voting-rule.js';

interface Client {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  release(): void;
}
interface Pool {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  connect(): Promise<Client>;
  on(event: 'error', listener: (e: Error) => void): unknown;
  end(): Promise<void>;
}
// The rows the queries below read, as `pg` returns them: timestamptz as Date, bigint as text, jsonb parsed.
interface AgencyColumns { agency_id: string; agency_name: string; agency_name_kk: string; agency_name_en: string; agency_kind: string }
interface PlatformColumns { platform_id: string | null; platform_name: string | null }
interface CaseRow {
  id: string; number: string; status: CaseStatus; application_kind: string; application_number: string; language: string;
  received_at: Date; due_at: Date; identity_erased_at: Date | null; description: string;
  screening_reason: string | null; review_override_reason: string | null; checklist_override_reason: string | null;
  extension_reason: string | null; extended_at: Date | null; extended_by_id: string | null; applicant_notice_due_at: Date | null;
  extension_notice_sent_at: Date | null; extension_notice_channel: string | null;
  outcome: string | null; decided_at: Date | null; ended_at: Date | null; answer_sent_at: Date | null; answer_channel: string | null;
  applicant_name: string; applicant_relation: string; applicant_contact: string;
  child_name: string; child_region: string; child_school: string | null;
  /** child_birth_date as text (YYYY-MM-DD). */
  birth: string | null;
  recused: boolean;
}
interface EpisodeRow extends PlatformColumns {
  id: string; occurred_at: Date; channel: EpisodeChannel; url: string | null; evidence_description: string | null; content_kind: string; excerpt: string | null; in_prescription: boolean | null;
}
interface EvidenceRow {
  id: string; episode_id: string; file_name: string; mime_type: string; size: number; sha256: string; uploaded_at: Date; uploaded_by_id: string; uploader_name: string;
}
interface ResourceRow extends PlatformColumns { id: string; url: string; description: string | null; in_prescription: boolean | null }
interface EventRow { seq: string; kind: EventKind; at: Date; payload: Record<string, unknown>; actor_id: string | null; actor_name: string | null }
interface CommentRow extends AgencyColumns {
  id: string; body: string; parent_id: string | null; created_at: Date; edited_at: Date | null;
  deleted_at: Date | null; deleted_by_id: string | null; deleted_by_name: string | null;
  author_id: string; author_name: string; author_role: string;
}
interface RevisionRow { id: string; comment_id: string; body: string; replaced_at: Date }
interface MentionRow { comment_id: string; id: string; name: string; email: string }
interface DirectoryRow extends AgencyColumns { id: string; name: string; email: string; role: string; active: boolean }
interface RecusalRow { id: string; member_id: string; member_name: string; reason: string; created_at: Date }
interface RoundRow {
  id: string; number: number; open: boolean; rule: VotingRule; eligible_ids: string[]; chair_id: string | null; final_tally: Tally | null;
  created_at: Date; opened_by_id: string; opened_by_name: string; deadline_at: Date; closed_at: Date | null; close_reason: string | null; outcome: string | null;
}
interface VoteRow extends AgencyColumns {
  id: string; round_id: string; member_id: string; member_name: string; choice: VoteChoice;
  findings: { criterion: string; value: string; note?: string | null }[]; reasoning: string | null; created_at: Date; superseded_at: Date | null;
}
interface SettingsRow {
  quorum_numerator: number; quorum_denominator: number; decision_rule: string; chair_casting_vote: boolean; votes_visible_before_close: boolean;
  round_hours: number; removal_hours: number; legal_basis_kk: string; legal_basis_ru: string; ministry_kk: string; ministry_ru: string;
}

const requireFromServer = createRequire(new URL('../../../server/package.json', import.meta.url));
const pg = requireFromServer('pg') as { Pool: new (c: { connectionString: string; max: number }) => Pool };
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: Number(process.env.POOL ?? 20) });
pool.on('error', () => undefined);

const EVENT_LOG_LOCK = 7_310_001;
const CASE_READERS: Role[] = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER', 'ADVISOR'] as Role[];
const IDENTITY_READERS: Role[] = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER'] as Role[];
const VOTERS: Role[] = ['CHAIR', 'DEPUTY_CHAIR', 'MEMBER'] as Role[];

class HttpError extends Error {
  constructor(readonly code: string, message: string) { super(message); }
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const person = (id: string | null, name: string | null) => (id ? { id, name, __typename: 'Member' } : null);
/**
 * An event's typed payload as the client's CaseEventFields fragment selects it (client/src/features/case-file/operations.ts):
 * per kind, its union member's __typename and the aliased fields the timeline and the room read.
 */
function detailsOf(kind: EventKind, p: Record<string, unknown>): Record<string, unknown> | null {
  const v = (key: string) => p[key] ?? null;
  const instant = (key: string) => (typeof p[key] === 'string' ? new Date(p[key] as string).toISOString() : null);
  const tally = (t: unknown) => (t && typeof t === 'object' ? { ...(t as Record<string, unknown>), __typename: 'EventTally' } : null);
  const of = (typename: string, fields: Record<string, unknown> = {}) => ({ __typename: typename, ...fields });
  switch (kind) {
    case 'case.registered': return of('CaseRegisteredDetails', { overrideReason: v('checklistOverrideReason') });
    case 'case.status_changed':
      return of('CaseStatusChangedDetails', { statusFrom: v('from'), statusTo: v('to'), statusReason: v('reason'), overrideReason: v('checklistOverrideReason'), decidedOutcome: v('outcome') });
    case 'case.deadline_extended': return of('DeadlineExtendedDetails', { extensionReason: v('reason'), newDueAt: instant('to') });
    case 'case.extension_notice_recorded': return of('ExtensionNoticeRecordedDetails');
    case 'case.answer_sent': return of('AnswerSentDetails');
    case 'case.identity_erased': return of('IdentityErasedDetails');
    case 'evidence.uploaded': return of('EvidenceUploadedDetails', { fileName: v('fileName') });
    case 'case.prescription_url_set': return of('PrescriptionUrlSetDetails');
    case 'comment.added': return of('CommentAddedDetails', { commentId: v('commentId') });
    case 'comment.edited': return of('CommentEditedDetails', { commentId: v('commentId') });
    case 'comment.deleted': return of('CommentDeletedDetails', { commentId: v('commentId') });
    case 'member.recused': return of('MemberRecusedDetails');
    case 'case.rapporteur_set': return of('RapporteurSetDetails');
    case 'voting.opened': return of('VotingOpenedDetails', { roundNumber: v('number') });
    case 'vote.cast': return of('VoteCastDetails', { roundId: v('roundId'), choice: v('choice'), voted: v('voted'), eligible: v('eligible'), tally: tally(p.tally) });
    case 'voting.closed': return of('VotingClosedDetails', { closeReason: v('reason'), outcome: v('outcome') });
    case 'decision.recorded': return of('DecisionRecordedDetails', { outcome: v('outcome'), protocolNumber: v('protocolNumber') });
    case 'decision.dissent_attached': case 'decision.reasoning_set': return of('DecisionChangedDetails');
    case 'decision.signed': return of('DecisionSignedDetails');
    case 'prescription.issued': return of('PrescriptionIssuedDetails', { prescriptionNumber: v('number') });
    case 'prescription.delivered': return of('PrescriptionDeliveredDetails', { prescriptionNumber: v('number') });
    case 'prescription.status_changed': return of('PrescriptionStatusChangedDetails', { prescriptionNumber: v('number') });
    case 'prescription.rechecked': return of('PrescriptionRecheckedDetails');
    case 'pii.viewed': return of('PiiViewedDetails', { subject: v('subject') });
    case 'audit.viewed': return of('AuditViewedDetails');
    default: return null; // kinds without a case never reach a timeline
  }
}

/** An agency in each language of the interface (`name` is the Russian one, as registered). */
const agency = (r: AgencyColumns) => ({ id: r.agency_id, name: r.agency_name, nameKk: r.agency_name_kk, nameRu: r.agency_name, nameEn: r.agency_name_en, kind: r.agency_kind, __typename: 'Agency' });

/** The member the bearer token names (its `sub`), active. */
async function viewerOf(authorization: string | undefined): Promise<Viewer> {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  const sub = token ? (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { sub?: string }).sub : undefined;
  if (!sub) throw new HttpError('UNAUTHENTICATED', 'no token');
  const { rows: [m] } = await pool.query<{ id: string; name: string; role: Role; agency_id: string }>('select id, name, role, agency_id from member where id = $1 and active', [sub]);
  if (!m) throw new HttpError('UNAUTHENTICATED', 'unknown member');
  return { id: m.id, name: m.name, role: m.role, agencyId: m.agency_id };
}

async function caseRow(viewer: Viewer, id: string): Promise<CaseRow> {
  if (!CASE_READERS.includes(viewer.role)) throw new HttpError('FORBIDDEN', 'no access');
  const { rows: [c] } = await pool.query<CaseRow>(
    `select c.*, c.child_birth_date::text as birth, exists(select 1 from recusal r where r.case_id = c.id and r.member_id = $2) as recused
       from "case" c where c.id = $1`, [id, viewer.id]);
  if (!c) throw new HttpError('NOT_FOUND', 'case');
  return c;
}

/** The case's ending facts as the platform's answer rules read them. */
const endingFacts = (c: CaseRow) => ({ status: c.status, outcome: c.outcome, decidedAt: c.decided_at, endedAt: c.ended_at, dueAt: c.due_at });

/** Case.viewerCan by the platform's own policies (cases, voting, decisions, prescriptions, audit, deliberation abilities). */
function caseAbilities(viewer: Viewer, c: CaseRow, openRound: { eligible_ids: string[] } | null) {
  const rel = { recused: c.recused };
  const presides = mayOpenOrCloseVoting(viewer) && mayPreside(viewer, rel);
  return {
    openVoting: presides && c.status === 'IN_REVIEW',
    closeVoting: presides && c.status === 'VOTING',
    vote: c.status === 'VOTING' && !!openRound && mayVote(viewer, { eligible: openRound.eligible_ids.includes(viewer.id), recused: c.recused }),
    declareConflict: mayDeclareConflict(viewer) && !c.recused,
    signDecision: hasDecision(c.status) && maySignDecision(viewer, rel),
    writeReasoning: hasDecision(c.status) && mayWriteReasoning(viewer, rel),
    followUpPrescriptions: c.status === 'PRESCRIBED' && mayFollowUpPrescriptions(viewer, rel),
    escalatePrescriptions: c.status === 'PRESCRIBED' && mayEscalatePrescriptions(viewer, rel),
    seeIdentity: maySeeIdentity(viewer, rel),
    nameRapporteur: mayNameRapporteur(viewer, rel) && rapporteurOpen(c.status as CaseStatus),
    extendDeadline: mayExtendDeadline(viewer, rel) && !isClockStopped(c.status),
    recordExtensionNotice: mayRecordExtensionNotice(viewer, rel) && c.extended_at != null && c.extension_notice_sent_at == null,
    recordAnswerSent: mayRecordAnswerSent(viewer, rel) && endingOf(endingFacts(c)) !== null && c.answer_sent_at == null,
    choosePrescriptionUrls: mayChoosePrescriptionUrls(viewer, rel) && prescriptionUrlsOpen(c.status),
    uploadEvidence: mayUploadEvidence(viewer, rel) && c.identity_erased_at == null,
    readAudit: mayAudit(viewer, rel),
    comment: mayDeliberate(viewer, rel),
  };
}
type Abilities = ReturnType<typeof caseAbilities>;
/** The booleans one document selects, in its order. */
const pick = (a: Abilities, keys: readonly (keyof Abilities)[]) => ({ ...Object.fromEntries(keys.map((k) => [k, a[k]])), __typename: 'CaseAbilities' });
const FILE_ABILITIES = ['nameRapporteur', 'extendDeadline', 'recordExtensionNotice', 'recordAnswerSent', 'seeIdentity', 'uploadEvidence', 'choosePrescriptionUrls', 'readAudit', 'comment'] as const;
const VOTING_ABILITIES = ['openVoting', 'closeVoting', 'vote', 'declareConflict', 'signDecision', 'writeReasoning', 'followUpPrescriptions', 'escalatePrescriptions',
  'seeIdentity', 'extendDeadline', 'recordExtensionNotice', 'recordAnswerSent', 'choosePrescriptionUrls', 'uploadEvidence', 'readAudit', 'comment'] as const;

/** The pii.viewed events of one case file (child, applicant) in one transaction, as the platform's reads log. */
async function logPii(viewer: Viewer, caseId: string, subjects: string[], requestId: string): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('begin');
    await c.query('select pg_advisory_xact_lock($1)', [EVENT_LOG_LOCK]);
    await c.query(`insert into case_event (case_id, kind, actor_id, payload) select $1, 'pii.viewed', $2, jsonb_build_object('subject', s, 'requestId', $3::text) from unnest($4::text[]) s`,
      [caseId, viewer.id, requestId, subjects]);
    await c.query('select pg_notify($1, $2)', ['case_events', caseId]);
    await c.query('commit');
  } catch (e) {
    await c.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

async function caseFile(viewer: Viewer, id: string) {
  const c = await caseRow(viewer, id);
  const requestId = randomUUID();
  const identity = IDENTITY_READERS.includes(viewer.role) && !c.recused;
  if (identity) await logPii(viewer, id, ['child', 'applicant'], requestId);
  const [episodes, evidence, resources, events, extendedBy, rapporteur] = await Promise.all([
    pool.query<EpisodeRow>(`select e.*, p.name as platform_name from episode e left join platform p on p.id = e.platform_id where e.case_id = $1 order by e.occurred_at, e.id`, [id]),
    pool.query<EvidenceRow>(`select v.*, m.name as uploader_name from evidence v join member m on m.id = v.uploaded_by_id where v.case_id = $1 order by v.uploaded_at, v.id`, [id]),
    pool.query<ResourceRow>(`select r.*, p.name as platform_name from resource r left join platform p on p.id = r.platform_id where r.case_id = $1 order by r.created_at, r.id`, [id]),
    // Who read personal data or the audit is on the timeline for the chair and the deputy only.
    pool.query<EventRow>(`select e.seq, e.kind, e.at, e.payload, e.actor_id, m.name as actor_name from case_event e left join member m on m.id = e.actor_id
                 where e.case_id = $1 and ($2 or e.kind <> all($3::text[])) order by e.seq`, [id, seesAuditKinds(viewer), AUDIT_ONLY_KINDS]),
    c.extended_by_id ? pool.query<{ id: string; name: string }>('select id, name from member where id = $1', [c.extended_by_id]) : Promise.resolve({ rows: [] }),
    pool.query<{ id: string; name: string }>('select m.id, m.name from case_rapporteur r join member m on m.id = r.member_id where r.case_id = $1', [id]),
  ]);
  const eps = episodes.rows;
  const platform = (r: PlatformColumns) => (r.platform_id ? { id: r.platform_id, name: r.platform_name, __typename: 'Platform' } : null);
  const by = extendedBy.rows[0];
  return {
    case: {
      id: c.id,
      status: c.status,
      dueAt: iso(c.due_at),
      overdue: isOverdue(c.due_at, new Date(), isClockStopped(c.status as CaseStatus)),
      screeningReason: c.screening_reason,
      reviewOverrideReason: c.review_override_reason,
      extension: c.extension_reason && c.extended_at && by && c.applicant_notice_due_at
        ? { reason: c.extension_reason, extendedAt: iso(c.extended_at), dueAt: iso(c.due_at), applicantNoticeDueAt: iso(c.applicant_notice_due_at), noticeSentAt: iso(c.extension_notice_sent_at), noticeChannel: c.extension_notice_channel, by: person(by.id, by.name), __typename: 'Extension' }
        : null,
      ending: endingOf(endingFacts(c)),
      answerDueAt: iso(answerDueAtOf(endingFacts(c))),
      answerSentAt: iso(c.answer_sent_at),
      answerChannel: c.answer_channel,
      checklist: { ...withFailing(computeChecklist({ childBirthDate: c.birth, episodes: eps.map((e) => ({ occurredAt: e.occurred_at, channel: e.channel, url: e.url })) })), __typename: 'Checklist' },
      allowedTransitions: screeningMoves(viewer, c.status),
      viewerCan: pick(caseAbilities(viewer, c, null), FILE_ABILITIES),
      rapporteur: rapporteur.rows[0] ? person(rapporteur.rows[0].id, rapporteur.rows[0].name) : null,
      events: events.rows.map((e) => ({ seq: String(e.seq), kind: wireName(e.kind), at: iso(e.at), actor: person(e.actor_id, e.actor_name), details: detailsOf(e.kind, e.payload), __typename: 'CaseEvent' })),
      __typename: 'Case',
      number: c.number,
      applicationKind: c.application_kind,
      applicationNumber: c.application_number,
      checklistOverrideReason: c.checklist_override_reason,
      language: c.language,
      receivedAt: iso(c.received_at),
      identityErasedAt: c.identity_erased_at ? iso(c.identity_erased_at) : null,
      description: c.description,
      applicant: identity ? { name: c.applicant_name, relation: c.applicant_relation, contact: c.applicant_contact, __typename: 'Applicant' } : null,
      child: identity ? { name: c.child_name, birthDate: c.birth, region: c.child_region, school: c.child_school ?? null, __typename: 'Child' } : null,
      childProfile: { ageAtFirstEpisode: eps[0] && c.birth ? ageOn(c.birth, localDate(eps[0].occurred_at)) : null, region: c.child_region, __typename: 'ChildProfile' },
      episodes: eps.map((e) => ({
        id: e.id, occurredAt: iso(e.occurred_at), channel: e.channel, url: e.url, evidenceDescription: e.evidence_description, platform: platform(e), contentKind: e.content_kind, excerpt: e.excerpt,
        evidence: evidence.rows.filter((v) => v.episode_id === e.id).map((v) => ({ id: v.id, fileName: v.file_name, mimeType: v.mime_type, size: v.size, sha256: v.sha256, uploadedAt: iso(v.uploaded_at), uploadedBy: person(v.uploaded_by_id, v.uploader_name), __typename: 'Evidence' })),
        __typename: 'Episode',
      })),
      resources: resources.rows.map((r) => ({ id: r.id, url: r.url, platform: platform(r), description: r.description, __typename: 'Resource' })),
      prescriptionUrls: prescriptionUrlsOf(eps, resources.rows, platform),
    },
  };
}

/** The case's URLs once each with their choice for the prescription, by the platform's own rule. */
function prescriptionUrlsOf(eps: EpisodeRow[], resources: ResourceRow[], platform: (r: PlatformColumns) => unknown) {
  const rows = [...eps, ...resources];
  const platforms = new Map(rows.map((r) => [r.platform_id, platform(r)]));
  const urls = prescriptionUrls(rows.flatMap((r) => (r.url
    ? [{ url: r.url, platformId: r.platform_id, contentKind: 'content_kind' in r ? (r.content_kind as ContentKind) : null, inPrescription: r.in_prescription }]
    : [])));
  return urls.map((u) => ({ url: u.url, platform: platforms.get(u.platformId) ?? null, accountRoot: u.accountRoot, included: u.included, chosen: u.choice !== null, __typename: 'PrescriptionUrl' }));
}

async function caseThread(viewer: Viewer, id: string) {
  const kase = await caseRow(viewer, id);
  const inRoom = mayDeliberate(viewer, { recused: kase.recused });
  const abilitiesOf = (c: CommentRow) => {
    const ref = { authorId: c.author_id, deleted: !!c.deleted_at };
    return { edit: inRoom && mayEditComment(viewer, ref), delete: inRoom && mayDeleteComment(viewer, ref), __typename: 'CommentAbilities' };
  };
  const [comments, revisions, mentions] = await Promise.all([
    pool.query<CommentRow>(
      `select c.*, a.name as author_name, a.role as author_role, g.id as agency_id, g.name as agency_name, g.name_kk as agency_name_kk, g.name_en as agency_name_en, g.kind as agency_kind, d.name as deleted_by_name
         from comment c join member a on a.id = c.author_id join agency g on g.id = a.agency_id left join member d on d.id = c.deleted_by_id
        where c.case_id = $1 order by c.created_at, c.id`, [id]),
    pool.query<RevisionRow>(`select r.* from comment_revision r join comment c on c.id = r.comment_id where c.case_id = $1 order by r.replaced_at, r.id`, [id]),
    pool.query<MentionRow>(`select n.comment_id, m.id, m.name, m.email from comment_mention n join comment c on c.id = n.comment_id join member m on m.id = n.member_id where c.case_id = $1 order by n.created_at, n.id`, [id]),
  ]);
  const view = (c: CommentRow) => ({
    id: c.id,
    body: c.deleted_at ? null : c.body,
    deleted: !!c.deleted_at,
    deletedAt: iso(c.deleted_at),
    deletedBy: person(c.deleted_by_id, c.deleted_by_name),
    author: { id: c.author_id, name: c.author_name, role: c.author_role, agency: agency(c), __typename: 'Member' },
    parentId: c.parent_id,
    postedAt: iso(c.created_at),
    editedAt: iso(c.edited_at),
    revisions: c.deleted_at ? [] : revisions.rows.filter((r) => r.comment_id === c.id).map((r) => ({ id: r.id, body: r.body, replacedAt: iso(r.replaced_at), __typename: 'CommentRevision' })),
    mentions: mentions.rows.filter((m) => m.comment_id === c.id).map((m) => ({ id: m.id, name: m.name, email: m.email, __typename: 'Member' })),
    viewerCan: abilitiesOf(c),
    __typename: 'Comment',
  });
  const all = comments.rows;
  return {
    case: {
      id,
      comments: all.filter((c) => !c.parent_id).map((c) => ({ ...view(c), replies: all.filter((r) => r.parent_id === c.id).map(view) })),
      __typename: 'Case',
    },
  };
}

async function roomDirectory() {
  const { rows } = await pool.query<DirectoryRow>(
    `select m.id, m.name, m.email, m.role, m.active, g.id as agency_id, g.name as agency_name, g.name_kk as agency_name_kk, g.name_en as agency_name_en, g.kind as agency_kind
       from member m join agency g on g.id = m.agency_id where m.active order by m.name asc`);
  return { members: rows.map((m) => ({ id: m.id, name: m.name, email: m.email, role: m.role, active: m.active, agency: agency(m), __typename: 'Member' })) };
}

async function caseVoting(viewer: Viewer, id: string) {
  const c = await caseRow(viewer, id);
  const [recusals, rounds, votes, settings, decisions, prescriptions] = await Promise.all([
    pool.query<RecusalRow>(`select r.*, m.name as member_name from recusal r join member m on m.id = r.member_id where r.case_id = $1 order by r.created_at`, [id]),
    pool.query<RoundRow>(`select r.*, m.name as opened_by_name from voting_round r join member m on m.id = r.opened_by_id where r.case_id = $1 order by r.number`, [id]),
    pool.query<VoteRow>(
      `select v.*, m.name as member_name, g.id as agency_id, g.name as agency_name, g.name_kk as agency_name_kk, g.name_en as agency_name_en, g.kind as agency_kind
         from vote v join voting_round r on r.id = v.round_id join member m on m.id = v.member_id join agency g on g.id = m.agency_id
        where r.case_id = $1 and (v.superseded_at is null or v.member_id = $2) order by v.created_at`, [id, viewer.id]),
    pool.query<SettingsRow>('select * from panel_settings where id = 1'),
    pool.query('select id from decision where case_id = $1', [id]),
    pool.query('select id from prescription where case_id = $1 order by number', [id]),
  ]);
  if (decisions.rows.length || prescriptions.rows.length) throw new Error('openroom baseline: decided cases are not part of the workload');
  const s = settings.rows[0];
  const recused = new Set(recusals.rows.map((r) => r.member_id as string));
  const finding = (f: { criterion: string; value: string; note?: string | null }) => ({ criterion: f.criterion, value: f.value, note: f.note ?? null, __typename: 'Finding' });
  const vote = (v: VoteRow) => ({ id: v.id, choice: v.choice, findings: (v.findings as []).map(finding), reasoning: v.reasoning, castAt: iso(v.created_at), supersededAt: iso(v.superseded_at), __typename: 'Vote' });
  return {
    case: {
      id,
      status: c.status,
      allowedTransitions: screeningMoves(viewer, c.status),
      viewerRecused: c.recused,
      viewerCan: pick(caseAbilities(viewer, c, rounds.rows.find((r) => r.open) ?? null), VOTING_ABILITIES),
      recusals: recusals.rows.map((r) => ({ id: r.id, member: person(r.member_id, r.member_name), reason: r.reason, declaredAt: iso(r.created_at), __typename: 'Recusal' })),
      votingRounds: rounds.rows.map((r) => {
        const current = votes.rows.filter((v) => v.round_id === r.id && v.superseded_at === null);
        let view;
        if (!r.open && r.final_tally) view = r.final_tally;
        else {
          const t = tally({ eligible: (r.eligible_ids as string[]).filter((m) => !recused.has(m)), votes: current.map((v) => ({ memberId: v.member_id, choice: v.choice })), chairId: r.chair_id, rule: r.rule as VotingRule });
          view = s.votes_visible_before_close ? t : { ...t, confirmed: null, notConfirmed: null, abstain: null, outcome: null, decidedByChair: false };
        }
        const visible = !r.open || s.votes_visible_before_close ? current : current.filter((v) => v.member_id === viewer.id);
        return {
          id: r.id,
          number: r.number,
          open: r.open,
          openedAt: iso(r.created_at),
          openedBy: person(r.opened_by_id, r.opened_by_name),
          deadlineAt: iso(r.deadline_at),
          closedAt: iso(r.closed_at),
          closeReason: r.close_reason,
          outcome: r.outcome,
          canVote: r.open && VOTERS.includes(viewer.role) && (r.eligible_ids as string[]).includes(viewer.id) && !c.recused,
          tally: { ...view, __typename: 'TallyView' },
          votes: visible.map((v) => ({ member: { id: v.member_id, name: v.member_name, __typename: 'Member', agency: agency(v) }, ...vote(v) })),
          myVoteHistory: votes.rows.filter((v) => v.round_id === r.id && v.member_id === viewer.id).reverse().map(vote),
          __typename: 'VotingRound',
        };
      }),
      decision: null,
      prescriptions: [],
      __typename: 'Case',
    },
    panelSettings: {
      quorumNumerator: s.quorum_numerator, quorumDenominator: s.quorum_denominator, decisionRule: s.decision_rule, chairCastingVote: s.chair_casting_vote,
      votesVisibleBeforeClose: s.votes_visible_before_close, roundHours: s.round_hours, removalHours: s.removal_hours,
      legalBasisKk: s.legal_basis_kk, legalBasisRu: s.legal_basis_ru, ministryKk: s.ministry_kk, ministryRu: s.ministry_ru, __typename: 'PanelSettings',
    },
  };
}

const OPERATIONS: Record<string, (viewer: Viewer, vars: { id?: string }) => Promise<unknown>> = {
  CaseFile: (v, { id }) => caseFile(v, id!),
  CaseThread: (v, { id }) => caseThread(v, id!),
  RoomDirectory: () => roomDirectory(),
  CaseVoting: (v, { id }) => caseVoting(v, id!),
};

const MAX_BODY = 1024 * 1024;

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (c: Buffer) => { size += c.length; if (size <= MAX_BODY) chunks.push(c); });
  req.on('end', () => {
    void (async () => {
      let status = 200;
      let body: unknown;
      try {
        if (req.method !== 'POST' || req.url !== '/graphql' || size > MAX_BODY) throw new HttpError('BAD_REQUEST', 'POST /graphql only');
        const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName: string; variables?: { id?: string } };
        const op = OPERATIONS[operationName];
        if (!op) throw new HttpError('BAD_REQUEST', `unknown operation ${operationName}`);
        body = { data: await op(await viewerOf(req.headers.authorization), variables ?? {}) };
      } catch (e) {
        const code = e instanceof HttpError ? e.code : 'INTERNAL';
        if (code === 'INTERNAL') status = 500;
        body = { errors: [{ message: (e as Error).message, extensions: { code } }] };
      }
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    })();
  });
});
server.keepAliveTimeout = 60_000;

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  console.log(JSON.stringify({ msg: 'baseline ready', url: `http://127.0.0.1:${port}` }));
});

process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => void pool.end().finally(() => process.exit(0)));
});
