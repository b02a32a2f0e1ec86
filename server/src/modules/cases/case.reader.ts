import type { Sql } from '../../shared/sql.js';
import { timestamp, timestampOrNull } from '../../shared/rows.js';
import type { ApplicationKind } from './application.js';
import type { ApplicantRelation, Language } from './case.enums.js';
import type { CaseRow } from './case.entity.js';
import type { CaseStatus } from './lifecycle.js';
import type { Region } from './region.js';

// The case row as a plain row with the entity's shape (members by id, resolved by the field
// resolvers through the `member` loader), read-only: nothing hydrated or tracked. The case room's
// queries and the timeline's payloads share it through the request's `caseRow` loader; its
// recusals come in the same statement, since every request on a case asks whether the viewer
// recused (handed to voting's loaders, app/loaders.ts), and so does its rapporteur (one row at most).

/** A recusal as the table has it (voting's reader makes it a row). */
export interface RecusalColumns {
  id: string;
  case_id: string;
  member_id: string;
  reason: string;
  created_at: string;
}

// The recusals of the case `c`, oldest first, as one JSON column.
const RECUSALS_JSON = `coalesce((select json_agg(json_build_object('id', r.id, 'case_id', r.case_id, 'member_id', r.member_id, 'reason', r.reason, 'created_at', r.created_at)
    order by r.created_at, r.id) from recusal r where r.case_id = c.id), '[]'::json)`;

interface CaseColumns {
  id: string; created_at: string; number: string; application_kind: ApplicationKind; application_number: string; status: CaseStatus; language: Language;
  received_at: string; due_at: string; description: string; screening_reason: string | null; checklist_override_reason: string | null; review_override_reason: string | null;
  applicant_name: string; applicant_relation: ApplicantRelation; applicant_contact: string; child_name: string; child_birth_date: string | null; child_region: Region; child_school: string | null;
  extension_reason: string | null; extended_at: string | null; extended_by_id: string | null; applicant_notice_due_at: string | null; extension_notice_sent_at: string | null;
  extension_notice_channel: string | null; ended_at: string | null; answer_sent_at: string | null; answer_channel: string | null; registered_by_id: string;
  first_episode_at: string | null; child_age_band: string | null; decided_at: string | null; outcome: string | null; platform_ids: string[]; updated_at: string;
  final_at: string | null; identity_erased_at: string | null; recusals: RecusalColumns[]; rapporteur_id: string | null;
}

const toRow = (r: CaseColumns): CaseRow => ({
  id: r.id, createdAt: timestamp(r.created_at), number: r.number, applicationKind: r.application_kind, applicationNumber: r.application_number, status: r.status, language: r.language,
  receivedAt: timestamp(r.received_at), dueAt: timestamp(r.due_at), description: r.description, screeningReason: r.screening_reason, checklistOverrideReason: r.checklist_override_reason,
  reviewOverrideReason: r.review_override_reason, applicantName: r.applicant_name, applicantRelation: r.applicant_relation, applicantContact: r.applicant_contact, childName: r.child_name,
  childBirthDate: r.child_birth_date, childRegion: r.child_region, childSchool: r.child_school, extensionReason: r.extension_reason, extendedAt: timestampOrNull(r.extended_at),
  extendedBy: r.extended_by_id ? { id: r.extended_by_id } : null, applicantNoticeDueAt: timestampOrNull(r.applicant_notice_due_at), extensionNoticeSentAt: timestampOrNull(r.extension_notice_sent_at),
  extensionNoticeChannel: r.extension_notice_channel, endedAt: timestampOrNull(r.ended_at), answerSentAt: timestampOrNull(r.answer_sent_at), answerChannel: r.answer_channel,
  registeredBy: { id: r.registered_by_id }, firstEpisodeAt: timestampOrNull(r.first_episode_at), childAgeBand: r.child_age_band, decidedAt: timestampOrNull(r.decided_at), outcome: r.outcome,
  platformIds: r.platform_ids, updatedAt: timestamp(r.updated_at), finalAt: timestampOrNull(r.final_at), identityErasedAt: timestampOrNull(r.identity_erased_at),
});

/** A case as read: its row, its recusals and its rapporteur (a member's id). */
export interface CaseRead {
  row: CaseRow;
  recusals: RecusalColumns[];
  rapporteurId: string | null;
}

/** Cases by id, as plain rows with their recusals and rapporteur; an id without a case is absent from the map. */
export async function readCases(db: Sql, ids: readonly string[]): Promise<Map<string, CaseRead>> {
  const rows = await db.execute<CaseColumns[]>(
    `select c.id, c.created_at, c.number, c.application_kind, c.application_number, c.status, c.language, c.received_at, c.due_at, c.description, c.screening_reason,
            c.checklist_override_reason, c.review_override_reason, c.applicant_name, c.applicant_relation, c.applicant_contact, c.child_name,
            c.child_birth_date::text as child_birth_date, c.child_region, c.child_school, c.extension_reason, c.extended_at, c.extended_by_id, c.applicant_notice_due_at,
            c.extension_notice_sent_at, c.extension_notice_channel, c.ended_at, c.answer_sent_at, c.answer_channel, c.registered_by_id, c.first_episode_at, c.child_age_band,
            c.decided_at, c.outcome, c.platform_ids, c.updated_at, c.final_at, c.identity_erased_at, ${RECUSALS_JSON} as recusals,
            (select r.member_id from case_rapporteur r where r.case_id = c.id) as rapporteur_id
       from "case" c where c.id in (?)`, [[...ids]]);
  return new Map(rows.map((r) => [r.id, { row: toRow(r), recusals: r.recusals, rapporteurId: r.rapporteur_id }]));
}
