import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DateTimeISO, PrescriptionStatus } from '../../shared/api/enums';

/** A re-check of one URL: GONE, PRESENT or UNREACHABLE, with the HTTP status when one came back. */
export interface UrlCheck {
  __typename?: 'UrlCheck';
  id: string;
  url: string;
  state: string;
  httpStatus: number | null;
  note: string | null;
  checkedAt: DateTimeISO;
}

/** The request to restrict access, with the evidence package the server assembled. */
export interface Escalation {
  __typename?: 'AccessRestrictionRequest';
  id: string;
  requestedAt: DateTimeISO;
  requestedBy: { __typename?: 'Member'; id: string; name: string };
  package: unknown;
}

export interface Prescription {
  __typename?: 'Prescription';
  id: string;
  number: string;
  addressee: string;
  addresseeContact: string | null;
  platform: { __typename?: 'Platform'; id: string; name: string } | null;
  urls: string[];
  status: PrescriptionStatus;
  issuedAt: DateTimeISO;
  deliveredAt: DateTimeISO | null;
  removalDueAt: DateTimeISO | null;
  removalHours: number;
  resolvedAt: DateTimeISO | null;
  legalBasisKk: string;
  legalBasisRu: string;
  checks: UrlCheck[];
  escalation: Escalation | null;
}

/** What the case header needs to say where the follow-up stands. */
export type PrescriptionProgress = Pick<Prescription, 'id' | 'number' | 'status' | 'deliveredAt' | 'removalDueAt' | 'resolvedAt'> & {
  __typename?: 'Prescription';
};

export const PRESCRIPTION_PROGRESS_FIELDS = gql`
  fragment PrescriptionProgressFields on Prescription {
    id
    number
    status
    deliveredAt
    removalDueAt
    resolvedAt
  }
`;

const URL_CHECK_FIELDS = gql`
  fragment UrlCheckFields on UrlCheck {
    id
    url
    state
    httpStatus
    note
    checkedAt
  }
`;

const ESCALATION_FIELDS = gql`
  fragment EscalationFields on AccessRestrictionRequest {
    id
    requestedAt
    requestedBy {
      id
      name
    }
    package
  }
`;

export const PRESCRIPTION_FIELDS = gql`
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
  ${URL_CHECK_FIELDS}
  ${ESCALATION_FIELDS}
`;

export interface DeliverVariables {
  prescriptionId: string;
  deliveredAt: DateTimeISO | null;
  idempotencyKey?: string | null;
}

export const DELIVER_PRESCRIPTION: TypedDocumentNode<{ deliverPrescription: Prescription }, DeliverVariables> = gql`
  mutation DeliverPrescription($prescriptionId: ID!, $deliveredAt: DateTimeISO, $idempotencyKey: String) {
    deliverPrescription(prescriptionId: $prescriptionId, deliveredAt: $deliveredAt, idempotencyKey: $idempotencyKey) {
      ...PrescriptionFields
    }
  }
  ${PRESCRIPTION_FIELDS}
`;

export interface ComplianceVariables {
  prescriptionId: string;
  status: PrescriptionStatus;
  note: string | null;
  idempotencyKey?: string | null;
}

export const RECORD_COMPLIANCE: TypedDocumentNode<{ recordCompliance: Prescription }, ComplianceVariables> = gql`
  mutation RecordCompliance($prescriptionId: ID!, $status: PrescriptionStatus!, $note: String, $idempotencyKey: String) {
    recordCompliance(prescriptionId: $prescriptionId, status: $status, note: $note, idempotencyKey: $idempotencyKey) {
      ...PrescriptionFields
    }
  }
  ${PRESCRIPTION_FIELDS}
`;

export const RECHECK_PRESCRIPTION: TypedDocumentNode<{ recheckPrescription: UrlCheck[] }, { prescriptionId: string }> = gql`
  mutation RecheckPrescription($prescriptionId: ID!) {
    recheckPrescription(prescriptionId: $prescriptionId) {
      ...UrlCheckFields
    }
  }
  ${URL_CHECK_FIELDS}
`;

export const ESCALATE_PRESCRIPTION: TypedDocumentNode<
  { escalatePrescription: Escalation },
  { prescriptionId: string; idempotencyKey?: string | null }
> = gql`
  mutation EscalatePrescription($prescriptionId: ID!, $idempotencyKey: String) {
    escalatePrescription(prescriptionId: $prescriptionId, idempotencyKey: $idempotencyKey) {
      ...EscalationFields
    }
  }
  ${ESCALATION_FIELDS}
`;

/** Chooses whether a URL of the case goes into the prescription (until the decision). */
export const SET_PRESCRIPTION_URL: TypedDocumentNode<
  { setPrescriptionUrl: { __typename?: 'PrescriptionUrl'; url: string; included: boolean; chosen: boolean } },
  { caseId: string; url: string; included: boolean }
> = gql`
  mutation SetPrescriptionUrl($caseId: ID!, $url: String!, $included: Boolean!) {
    setPrescriptionUrl(caseId: $caseId, url: $url, included: $included) {
      url
      included
      chosen
    }
  }
`;
