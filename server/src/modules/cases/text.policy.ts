/**
 * Identity is a property of every text, not only of the `child` and `applicant` fields (DESIGN.md
 * §5). Every String or JSON field that a case's content reaches is classified here, once; a test
 * walks the schema and fails on a field nobody classified (app/identity-guard.test.ts).
 */

/**
 * The free texts of events' typed payloads (`CaseEvent.details`, whose fields are the payload's
 * keys): like `CaseEvent.payload`, masked after erasure when read (the log is append-only) and
 * redacted for roles without identity.
 */
export const EVENT_DETAILS_FREE_TEXT: ReadonlySet<string> = new Set([
  'CaseRegisteredDetails.checklistOverrideReason', 'CaseStatusChangedDetails.reason', 'CaseStatusChangedDetails.checklistOverrideReason',
  'DeadlineExtendedDetails.reason', 'EvidenceUploadedDetails.fileName', 'PrescriptionStatusChangedDetails.note',
]);

/** Text written by people or built from the file: it may name the child or the applicant, so roles without identity get it redacted. */
export const FREE_TEXT_FIELDS: ReadonlySet<string> = new Set([
  ...EVENT_DETAILS_FREE_TEXT,
  'Case.description', 'Case.screeningReason', 'Case.checklistOverrideReason', 'Case.reviewOverrideReason', 'CaseEvent.payload', 'Episode.evidenceDescription',
  'Comment.body', 'CommentRevision.body', 'Episode.excerpt', 'Resource.description', 'Evidence.fileName',
  'Vote.reasoning', 'Finding.note', 'Decision.reasoning', 'Decision.reasoningKk', 'Decision.reasoningRu', 'Dissent.text', 'Recusal.reason', 'Extension.reason',
  'UrlCheck.note', 'AccessRestrictionRequest.package',
]);

/** Identifying as a whole (the application's number, at E-otinish or in the incoming register, leads to the applicant): masked for roles without identity. */
export const IDENTIFYING_FIELDS: ReadonlySet<string> = new Set(['Case.eotinishNumber', 'Case.applicationNumber']);

/**
 * Not free text: numbers and codes the platform makes, addresses of the content, people of the
 * panel, platforms and their representatives, and the identity fields themselves (refused whole
 * to roles without identity, see identity.access.ts).
 */
export const NOT_FREE_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'Case.number', 'CaseEvent.caseId', 'CaseEvent.seq', 'Notification.kind',
  'Applicant.contact', 'Applicant.name', 'Child.name', 'Child.school', 'Decision.answerText',
  'Decision.protocolNumber', 'Episode.url', 'Resource.url', 'UrlCheck.url', 'UrlCheck.state', 'VotingRound.closeReason',
  'Prescription.addressee', 'Prescription.addresseeContact', 'Prescription.legalBasisKk', 'Prescription.legalBasisRu', 'Prescription.number', 'Prescription.urls',
  'Member.email', 'Member.name', 'Agency.name', 'Agency.nameKk', 'Agency.nameRu', 'Agency.nameEn', 'Voter.agency', 'Voter.memberId', 'Voter.name',
  'Evidence.mimeType', 'Evidence.sha256',
  'Platform.code', 'Platform.hosts', 'Platform.name', 'Platform.nameKk', 'Platform.representative', 'Platform.representativeContact',
  // The registry's addressee of prescriptions and a case's URLs for them (issue 16).
  'Platform.representativeKk', 'Platform.legalNameKk', 'Platform.legalNameRu', 'Platform.bin', 'Platform.registration', 'Platform.addressKk', 'Platform.addressRu',
  'PrescriptionUrl.url',
  // Codes, numbers and addresses in events' typed payloads (CaseEvent.details).
  'CaseRegisteredDetails.number', 'CaseRegisteredDetails.applicationKind', 'CaseStatusChangedDetails.from', 'CaseStatusChangedDetails.to', 'CaseStatusChangedDetails.outcome',
  'ExtensionNoticeRecordedDetails.channel', 'AnswerSentDetails.ending', 'AnswerSentDetails.channel', 'EvidenceUploadedDetails.sha256', 'PrescriptionUrlSetDetails.url',
  'VoteCastDetails.choice', 'EventTally.outcome', 'VotingClosedDetails.reason', 'VotingClosedDetails.outcome', 'DecisionRecordedDetails.outcome',
  'DecisionRecordedDetails.protocolNumber', 'DecisionSignedDetails.as', 'PrescriptionIssuedDetails.number', 'PrescriptionDeliveredDetails.number',
  'PrescriptionStatusChangedDetails.number', 'PrescriptionStatusChangedDetails.from', 'PrescriptionStatusChangedDetails.to',
  'PiiViewedDetails.subject', 'PiiViewedDetails.document', 'PiiViewedDetails.requestId', 'PiiViewedDetails.ending', 'AuditViewedDetails.requestId',
]);
