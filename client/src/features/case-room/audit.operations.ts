import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DateTimeISO, Role } from '../../shared/api/enums';
import type { AgencyRef } from './operations';

export const AUDIT_KINDS = ['PII_READ', 'CHANGE', 'AUDIT_READ'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
export type AuditSubject = 'CHILD' | 'APPLICANT' | 'EVIDENCE';

export interface AuditActor {
  __typename?: 'Member';
  id: string;
  name: string;
  role: Role;
  agency: AgencyRef;
}

export interface AuditEntry {
  __typename?: 'AuditEntry';
  seq: string;
  at: DateTimeISO;
  kind: string;
  category: AuditKind;
  subject: AuditSubject | null;
  summary: string | null;
  requestId: string | null;
  actor: AuditActor | null;
}

export interface AuditReader {
  __typename?: 'AuditReader';
  reads: number;
  subjects: AuditSubject[];
  firstAt: DateTimeISO;
  lastAt: DateTimeISO;
  actor: AuditActor;
}

const ACTOR = `actor { id name role agency { id name kind } }`;

export interface CaseAuditData {
  caseAudit: {
    __typename?: 'AuditConnection';
    edges: { __typename?: 'AuditEdge'; cursor: string; node: AuditEntry }[];
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
}

/** A page of the case's log, newest first (chair and deputy; the server logs the read). */
export const CASE_AUDIT: TypedDocumentNode<CaseAuditData, { caseId: string; kinds: AuditKind[] | null; first: number; after: string | null }> = gql`
  query CaseAudit($caseId: ID!, $kinds: [AuditKind!], $first: Int, $after: String) {
    caseAudit(caseId: $caseId, filter: { kinds: $kinds }, first: $first, after: $after) {
      edges {
        cursor
        node {
          seq
          at
          kind
          category
          subject
          summary
          requestId
          ${ACTOR}
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** Everyone who received the case's personal data. */
export const CASE_AUDIT_SUMMARY: TypedDocumentNode<{ caseAuditSummary: AuditReader[] }, { caseId: string }> = gql`
  query CaseAuditSummary($caseId: ID!) {
    caseAuditSummary(caseId: $caseId) {
      reads
      subjects
      firstAt
      lastAt
      ${ACTOR}
    }
  }
`;
