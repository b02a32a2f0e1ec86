import { graphql } from '../../gql';
import type { PrescriptionFieldsFragment } from '../../gql/graphql';

export type Prescription = PrescriptionFieldsFragment;
/** A re-check of one URL: GONE, PRESENT or UNREACHABLE, with the HTTP status when one came back. */
export type UrlCheck = Prescription['checks'][number];
/** The request to restrict access, with the evidence package the server assembled. */
export type Escalation = NonNullable<Prescription['escalation']>;

// The fragments below are spread by name in this feature's documents (and the voting panel's); codegen finds them here.

/** What the case header needs to say where the follow-up stands (case-progress.tsx). */
export const PRESCRIPTION_PROGRESS_FIELDS = graphql(`
  fragment PrescriptionProgressFields on Prescription {
    id
    number
    status
    deliveredAt
    removalDueAt
    resolvedAt
  }
`);

export const URL_CHECK_FIELDS = graphql(`
  fragment UrlCheckFields on UrlCheck {
    id
    url
    state
    httpStatus
    note
    checkedAt
  }
`);

export const ESCALATION_FIELDS = graphql(`
  fragment EscalationFields on AccessRestrictionRequest {
    id
    requestedAt
    requestedBy {
      id
      name
    }
    package
  }
`);

export const PRESCRIPTION_FIELDS = graphql(`
  fragment PrescriptionFields on Prescription {
    id
    number
    addressee
    addresseeContact
    platform {
      id
      name
    }
    urls
    status
    issuedAt
    deliveredAt
    removalDueAt
    removalHours
    resolvedAt
    legalBasisKk
    legalBasisRu
    checks {
      ...UrlCheckFields
    }
    escalation {
      ...EscalationFields
    }
  }
`);

export const DELIVER_PRESCRIPTION = graphql(`
  mutation DeliverPrescription($prescriptionId: ID!, $deliveredAt: DateTimeISO, $idempotencyKey: String) {
    deliverPrescription(prescriptionId: $prescriptionId, deliveredAt: $deliveredAt, idempotencyKey: $idempotencyKey) {
      ...PrescriptionFields
    }
  }
`);

export const RECORD_COMPLIANCE = graphql(`
  mutation RecordCompliance($prescriptionId: ID!, $status: PrescriptionStatus!, $note: String, $idempotencyKey: String) {
    recordCompliance(prescriptionId: $prescriptionId, status: $status, note: $note, idempotencyKey: $idempotencyKey) {
      ...PrescriptionFields
    }
  }
`);

export const RECHECK_PRESCRIPTION = graphql(`
  mutation RecheckPrescription($prescriptionId: ID!) {
    recheckPrescription(prescriptionId: $prescriptionId) {
      ...UrlCheckFields
    }
  }
`);

export const ESCALATE_PRESCRIPTION = graphql(`
  mutation EscalatePrescription($prescriptionId: ID!, $idempotencyKey: String) {
    escalatePrescription(prescriptionId: $prescriptionId, idempotencyKey: $idempotencyKey) {
      ...EscalationFields
    }
  }
`);

/** Chooses whether a URL of the case goes into the prescription (until the decision). */
export const SET_PRESCRIPTION_URL = graphql(`
  mutation SetPrescriptionUrl($caseId: ID!, $url: String!, $included: Boolean!) {
    setPrescriptionUrl(caseId: $caseId, url: $url, included: $included) {
      url
      included
      chosen
    }
  }
`);
