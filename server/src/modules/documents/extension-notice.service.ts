import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, forbidden, msg, notFound } from '../../shared/domain-error.js';
import { isUuid } from '../../shared/ids.js';
import { timestamp } from '../../shared/rows.js';
import type { Viewer } from '../../shared/viewer.js';
import { recordPiiView } from '../../shared/privacy/reads-log.js';
import { applicationRefOf, type ApplicationKind } from '../cases/application.js';
import { mayReadCase, maySeeIdentity, noCaseAccess } from '../cases/case.policy.js';
import { recusedRefusal } from '../../shared/recusal.js';
import type { DocumentRefs, PreparedDocument } from './documents.service.js';
import type { ExtensionNoticeDoc } from './extension-notice.renderer.js';

interface NoticeRow {
  id: string; number: string; language: 'KK' | 'RU'; child_name: string; applicant_name: string; application_kind: ApplicationKind; application_number: string;
  received_at: string; due_at: string; extended_at: string | null; extension_reason: string | null; extended_by_id: string | null; recused: boolean;
}

const noticeForbidden = () => forbidden(msg('The extension notice names the applicant: your role may not open it.', 'Уведомление о продлении содержит имя заявителя: ваша роль не позволяет его открыть.', 'Ұзарту туралы хабарламада өтініш берушінің аты бар: сіздің рөліңіз оны ашуға рұқсат бермейді.'));
const neverExtended = () => new DomainError('NOT_FOUND', msg('The deadline of this case was never extended: there is no extension notice.', 'Срок по этому делу не продлевался: уведомления о продлении нет.', 'Бұл іс бойынша мерзім ұзартылмаған: ұзарту туралы хабарлама жоқ.'));

/**
 * The notice to the applicant of the current extension, in the application's language. It names the
 * applicant: the same access as the answer (identity roles, not recused), and every download is logged.
 */
export async function prepareExtensionNotice(em: EntityManager, viewer: Viewer, refs: DocumentRefs, caseId: string): Promise<PreparedDocument> {
  if (!maySeeIdentity(viewer, { recused: false })) throw noticeForbidden();
  if (!mayReadCase(viewer)) throw noCaseAccess();
  const [row] = isUuid(caseId) ? await em.execute<NoticeRow[]>(
    `select c.id, c.number, c.language, c.child_name, c.applicant_name, c.application_kind, c.application_number, c.received_at, c.due_at,
       c.extended_at, c.extension_reason, c.extended_by_id,
       exists (select 1 from recusal x where x.case_id = c.id and x.member_id = ?) as recused
     from "case" c where c.id = ?`, [viewer.id, caseId]) : [];
  if (!row) throw notFound('case');
  if (row.recused) throw recusedRefusal();
  if (!row.extended_at || !row.extension_reason || !row.extended_by_id) throw neverExtended();
  await recordPiiView(em, viewer.id, row.id, 'applicant', { document: 'extension-notice' });
  const [settings, [by]] = await Promise.all([refs.settings.get(), refs.members.many([row.extended_by_id])]);
  const doc: ExtensionNoticeDoc = {
    language: row.language, applicantName: row.applicant_name, application: applicationRefOf({ applicationKind: row.application_kind, applicationNumber: row.application_number }), caseNumber: row.number,
    receivedAt: timestamp(row.received_at), extendedAt: timestamp(row.extended_at), dueAt: timestamp(row.due_at), reason: row.extension_reason,
    ministry: { kk: settings.ministryKk, ru: settings.ministryRu },
    signatory: { name: by?.name ?? '', role: by?.role === 'DEPUTY_CHAIR' ? 'DEPUTY_CHAIR' : 'CHAIR', signedAt: null },
  };
  return { fileName: `${row.number}-extension-notice.pdf`, job: { kind: 'extension-notice', doc, options: { redact: [row.child_name, row.applicant_name] } } };
}
