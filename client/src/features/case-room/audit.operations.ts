import { graphql } from '../../gql';
import type { CaseAuditQuery, CaseAuditSummaryQuery } from '../../gql/graphql';

export type AuditEntry = CaseAuditQuery['caseAudit']['edges'][number]['node'];
export type AuditReader = CaseAuditSummaryQuery['caseAuditSummary'][number];
export type AuditActor = AuditReader['actor'];

/** A page of the case's log, newest first (chair and deputy; the server logs the read). */
export const CASE_AUDIT = graphql(`
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
          actor {
            id
            name
            role
            agency {
              id
              name
              nameKk
              nameRu
              nameEn
              kind
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Everyone who received the case's personal data. */
export const CASE_AUDIT_SUMMARY = graphql(`
  query CaseAuditSummary($caseId: ID!) {
    caseAuditSummary(caseId: $caseId) {
      reads
      subjects
      firstAt
      lastAt
      actor {
        id
        name
        role
        agency {
          id
          name
          nameKk
          nameRu
          nameEn
          kind
        }
      }
    }
  }
`);
