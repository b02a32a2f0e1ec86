import type { Sql } from '../../shared/sql.js';
import { groupBy, timestamp, timestampOrNull, ref, refOrNull } from '../../shared/rows.js';
import type { AccessRestrictionRequest, EscalationRow, UrlCheckRow } from './compliance.entities.js';
import type { AddresseeLegal, PrescriptionRow, PrescriptionStatus } from './prescription.entity.js';

// The prescriptions of a decided case's room, with their re-checks and escalations, as plain rows
// with the entities' shape (relations by id, resolved through the loaders). Read-only.

/** The prescriptions of cases, by number. */
export async function readPrescriptions(db: Sql, caseIds: readonly string[]): Promise<Map<string, PrescriptionRow[]>> {
  const rows = await db.execute<{
    id: string; created_at: string; case_id: string; decision_id: string; number: string; platform_id: string | null; addressee: string; addressee_contact: string | null;
    addressee_legal: AddresseeLegal; urls: string[]; legal_basis_kk: string; legal_basis_ru: string; removal_hours: number; status: PrescriptionStatus;
    delivered_at: string | null; removal_due_at: string | null; resolved_at: string | null;
  }[]>(
    `select id, created_at, case_id, decision_id, number, platform_id, addressee, addressee_contact, addressee_legal, urls, legal_basis_kk, legal_basis_ru, removal_hours,
            status, delivered_at, removal_due_at, resolved_at
       from prescription where case_id in (?) order by number`, [[...caseIds]]);
  return groupBy(caseIds, rows, (r) => r.case_id, (r): PrescriptionRow => ({
    id: r.id, createdAt: timestamp(r.created_at), case: ref(r.case_id), decisionId: r.decision_id, number: r.number, platform: refOrNull(r.platform_id),
    addressee: r.addressee, addresseeContact: r.addressee_contact, addresseeLegal: r.addressee_legal, urls: r.urls, legalBasisKk: r.legal_basis_kk, legalBasisRu: r.legal_basis_ru,
    removalHours: r.removal_hours, status: r.status, deliveredAt: timestampOrNull(r.delivered_at), removalDueAt: timestampOrNull(r.removal_due_at), resolvedAt: timestampOrNull(r.resolved_at),
  }));
}

/** The re-checks of prescriptions, newest first. */
export async function readUrlChecks(db: Sql, prescriptionIds: readonly string[]): Promise<Map<string, UrlCheckRow[]>> {
  const rows = await db.execute<{ id: string; created_at: string; prescription_id: string; url: string; state: string; http_status: number | null; note: string | null; requested_by_id: string | null }[]>(
    `select id, created_at, prescription_id, url, state, http_status, note, requested_by_id
       from url_check where prescription_id in (?) order by created_at desc, id`, [[...prescriptionIds]]);
  return groupBy(prescriptionIds, rows, (r) => r.prescription_id, (r): UrlCheckRow => ({
    id: r.id, createdAt: timestamp(r.created_at), prescription: ref(r.prescription_id), url: r.url, state: r.state, httpStatus: r.http_status, note: r.note,
    requestedBy: refOrNull(r.requested_by_id),
  }));
}

/** The access restriction requests of prescriptions (at most one each). */
export async function readEscalations(db: Sql, prescriptionIds: readonly string[]): Promise<Map<string, EscalationRow | null>> {
  const rows = await db.execute<{ id: string; created_at: string; prescription_id: string; requested_by_id: string; package: AccessRestrictionRequest['package'] }[]>(
    'select id, created_at, prescription_id, requested_by_id, package from access_restriction_request where prescription_id in (?)', [[...prescriptionIds]]);
  const byPrescription = new Map<string, EscalationRow | null>(prescriptionIds.map((id) => [id, null]));
  for (const r of rows) {
    byPrescription.set(r.prescription_id, { id: r.id, createdAt: timestamp(r.created_at), prescription: ref(r.prescription_id), requestedBy: ref(r.requested_by_id), package: r.package });
  }
  return byPrescription;
}
