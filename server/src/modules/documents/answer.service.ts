import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, msg, notFound } from '../../shared/domain-error.js';
import { isUuid } from '../../shared/ids.js';
import { timestamp, timestampOrNull } from '../../shared/rows.js';
import type { Viewer } from '../../shared/viewer.js';
import { recordPiiView } from '../../shared/privacy/reads-log.js';
import { applicationRefOf, type ApplicationKind } from '../cases/application.js';
import { endingOf, noEndingError } from '../cases/answer.rules.js';
import { mayReadCase, maySeeIdentity, noCaseAccess } from '../cases/case.policy.js';
import type { CaseStatus } from '../cases/lifecycle.js';
import { recusedRefusal } from '../../shared/recusal.js';
import { signaturesOf, type DocumentRefs, type PreparedDocument } from './documents.service.js';
import type { AnswerDoc, AnswerEnding, Signature } from './documents.types.js';

interface AnswerRow {
  id: string; number: string; language: 'KK' | 'RU'; status: CaseStatus; outcome: string | null; child_name: string; applicant_name: string;
  application_kind: ApplicationKind; application_number: string; received_at: string; decided_at: string | null; ended_at: string | null;
  due_at: string; screening_reason: string | null; recused: boolean; ended_by_id: string | null;
  decision_id: string | null; protocol_number: string | null; decision_at: string | null; reasoning_kk: string | null; reasoning_ru: string | null;
  answer_language: 'KK' | 'RU' | null; prescription_numbers: string[];
  chair_signed_by_id: string | null; chair_signed_at: string | null; secretary_signed_by_id: string | null; secretary_signed_at: string | null;
}

// One statement (documents.reader.ts explains why): the case, its latest decision with its prescriptions'
// numbers, and who recorded an early ending (the answer's signatory then).
const ANSWER_SQL = `select c.id, c.number, c.language, c.status, c.outcome, c.child_name, c.applicant_name, c.application_kind, c.application_number,
    c.received_at, c.decided_at, c.ended_at, c.due_at, c.screening_reason,
    exists (select 1 from recusal x where x.case_id = c.id and x.member_id = ?) as recused,
    (select e.actor_id from case_event e where e.case_id = c.id and e.kind = 'case.status_changed' and e.payload->>'to' = c.status order by e.seq desc limit 1) as ended_by_id,
    d.id as decision_id, d.protocol_number, d.created_at as decision_at, d.reasoning_kk, d.reasoning_ru, d.answer_language,
    d.chair_signed_by_id, d.chair_signed_at, d.secretary_signed_by_id, d.secretary_signed_at,
    array(select p.number from prescription p where p.decision_id = d.id order by p.number) as prescription_numbers
  from "case" c left join lateral (select * from decision d where d.case_id = c.id order by d.created_at desc limit 1) d on true
  where c.id = ?`;

const answerForbidden = () => forbidden(msg('The answer names the applicant: your role may not open it.', 'Ответ содержит имя заявителя: ваша роль не позволяет его открыть.', 'Жауапта өтініш берушінің аты бар: сіздің рөліңіз оны ашуға рұқсат бермейді.'));

/** The decision's own reasoning in the answer's language and its prescriptions; or the screening reason of an early ending. */
function endingDoc(row: AnswerRow, language: 'KK' | 'RU'): AnswerEnding | null {
  const ending = endingOf({ status: row.status, outcome: row.outcome, dueAt: timestamp(row.due_at) });
  if (ending === 'RETURNED' || ending === 'OUT_OF_SCOPE') {
    return { kind: ending, endedAt: timestamp(row.ended_at ?? row.received_at), reason: row.screening_reason ?? '' };
  }
  if (!ending || !row.decision_at || !row.protocol_number) return null;
  return {
    kind: ending, decidedAt: timestamp(row.decision_at), protocolNumber: row.protocol_number, prescriptionNumbers: row.prescription_numbers,
    reasoning: (language === 'KK' ? row.reasoning_kk : row.reasoning_ru) ?? '',
  };
}

/** A decided case's answer carries the decision's signatures; an early ending's, a blank line for whoever recorded it. */
async function signatoriesOf(refs: DocumentRefs, row: AnswerRow): Promise<Signature[]> {
  if (row.decision_id && row.decision_at && row.status !== 'RETURNED' && row.status !== 'OUT_OF_SCOPE') {
    return signaturesOf(refs.members, {
      chairId: row.chair_signed_by_id, chairSignedAt: timestampOrNull(row.chair_signed_at),
      secretaryId: row.secretary_signed_by_id, secretarySignedAt: timestampOrNull(row.secretary_signed_at),
    });
  }
  const [by] = row.ended_by_id ? await refs.members.many([row.ended_by_id]) : [null];
  const role = by?.role === 'CHAIR' || by?.role === 'DEPUTY_CHAIR' ? by.role : 'SECRETARY';
  return [{ name: by?.name ?? '', role, signedAt: null }];
}

/**
 * The answer to the applicant on the case's ending (confirmed, not confirmed, returned, out of scope),
 * in the application's language. It names the applicant: identity roles only, not recused, and every
 * download is logged. A case without an ending has no answer (CONFLICT, reason NO_ENDING).
 */
export async function prepareAnswer(em: EntityManager, viewer: Viewer, refs: DocumentRefs, caseId: string): Promise<PreparedDocument> {
  if (!maySeeIdentity(viewer, { recused: false })) throw answerForbidden();
  if (!mayReadCase(viewer)) throw noCaseAccess();
  const [row] = isUuid(caseId) ? await em.execute<AnswerRow[]>(ANSWER_SQL, [viewer.id, caseId]) : [];
  if (!row) throw notFound('case');
  if (row.recused) throw recusedRefusal();
  const language = row.status === 'RETURNED' || row.status === 'OUT_OF_SCOPE' ? row.language : row.answer_language ?? row.language;
  const ending = endingDoc(row, language);
  if (!ending) throw noEndingError(row.status);
  await recordPiiView(em, viewer.id, row.id, 'applicant', { document: 'answer', ending: ending.kind, ...(row.decision_id && 'decidedAt' in ending ? { decisionId: row.decision_id } : {}) });
  const [settings, signatures] = await Promise.all([refs.settings.get(), signatoriesOf(refs, row)]);
  const doc: AnswerDoc = {
    language, applicantName: row.applicant_name, application: applicationRefOf({ applicationKind: row.application_kind, applicationNumber: row.application_number }),
    caseNumber: row.number, receivedAt: timestamp(row.received_at), ending, ministry: { kk: settings.ministryKk, ru: settings.ministryRu }, signatures,
  };
  return { fileName: `${row.number}-answer.pdf`, job: { kind: 'answer', doc, options: { redact: [row.child_name, row.applicant_name] } } };
}
