/**
 * The authorization matrix: who may call every GraphQL query, mutation and subscription, and who
 * may read every piece of personal data (DESIGN.md §2 and §5, server/src/modules/members/role.ts).
 *
 * How to read it: one line per operation; the columns are the seven roles and three situations:
 *   recused      member4, who declared a conflict of interest in the case the call is about
 *   deactivated  a member the admin deactivated after he signed in, calling with his old token
 *   anonymous    no token at all
 * ✓ = allowed: the answer carries no FORBIDDEN / UNAUTHENTICATED error (a subscription sends its
 *     first event). The fixture is a valid call, so an allowed cell answers without any error
 *     unless `domain` names the domain error that cell must give (authorization passed, the state
 *     refused it: e.g. a second declaration of the same conflict is a CONFLICT).
 * · = refused: FORBIDDEN for a role, UNAUTHENTICATED for deactivated and anonymous (over graphql-ws
 *     the socket of deactivated and anonymous is closed with 4403); a refused mutation changes
 *     nothing in the database.
 * Personal data (PERSONAL_DATA) is refused either with an error (`refused: 'error'`: FORBIDDEN or
 * HTTP 403, and no data) or by resolving to null (`refused: 'null'`).
 *
 * matrix.test.ts walks every cell against a running platform (the calls are in fixtures.ts), and
 * FAILS when a root field of Query / Mutation / Subscription has no line here, when a line names an
 * operation that does not exist, and likewise for personal data (fields whose description starts
 * with "Personal data", and the code paths that log a `pii.viewed` event). Add the line with the
 * operation.
 */

export const COLUMNS = ['chair', 'deputy', 'secretary', 'member', 'advisor', 'analyst', 'admin', 'recused', 'deactivated', 'anonymous'] as const;
export type Column = (typeof COLUMNS)[number];

/** Domain error codes an allowed cell may still answer with (authorization passed). */
export type DomainCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'INVALID_TRANSITION' | 'CONFLICT';

export interface Row {
  allow: ReadonlySet<Column>;
  domain: Partial<Record<Column, DomainCode>>;
}

/** One line: ten marks in the order of COLUMNS, ✓ allowed, · refused. */
function row(marks: string, domain: Partial<Record<Column, DomainCode>> = {}): Row {
  const cells = marks.trim().split(/\s+/);
  if (cells.length !== COLUMNS.length || cells.some((c) => c !== '✓' && c !== '·')) {
    throw new Error(`a matrix line needs ${COLUMNS.length} marks (✓ or ·), got "${marks}"`);
  }
  return { allow: new Set(COLUMNS.filter((_, i) => cells[i] === '✓')), domain };
}

export const QUERIES = {
  //                         chair deputy secretary member advisor analyst admin recused deactivated anonymous
  me:                      row('✓     ✓      ✓        ✓      ✓       ✓       ✓     ✓       ·           ·'),
  // What the viewer may do (the client asks instead of copying role tables): everyone signed in.
  viewerCan:               row('✓     ✓      ✓        ✓      ✓       ✓       ✓     ✓       ·           ·'),
  agencies:                row('✓     ✓      ✓        ✓      ✓       ✓       ✓     ✓       ·           ·'),
  calendar:                row('✓     ✓      ✓        ✓      ✓       ✓       ✓     ✓       ·           ·'),
  platforms:               row('✓     ✓      ✓        ✓      ✓       ✓       ✓     ✓       ·           ·'),
  // The screening checklist of an application being typed: the staff who register.
  intakeChecklist:         row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·'),
  panelSettings:           row('✓     ✓      ✓        ✓      ✓       ✓       ✓     ✓       ·           ·'),
  members:                 row('✓     ✓      ✓        ✓      ✓       ·       ✓     ✓       ·           ·'),
  // A recused member still reads the case (not its personal data, see PERSONAL_DATA).
  case:                    row('✓     ✓      ✓        ✓      ✓       ·       ·     ✓       ·           ·'),
  cases:                   row('✓     ✓      ✓        ✓      ✓       ·       ·     ✓       ·           ·'),
  // The queue's counts follow the queue: the same cases, counted.
  caseQueueCounts:         row('✓     ✓      ✓        ✓      ✓       ·       ·     ✓       ·           ·'),
  notifications:           row('✓     ✓      ✓        ✓      ✓       ·       ·     ✓       ·           ·'),
  unreadNotificationCount: row('✓     ✓      ✓        ✓      ✓       ·       ·     ✓       ·           ·'),
  stats:                   row('✓     ✓      ·        ·      ·       ✓       ✓     ·       ·           ·'),
  // Who received a case's personal data: the chair and the deputy (not the admin: no case content).
  caseAudit:               row('✓     ✓      ·        ·      ·       ·       ·     ·       ·           ·'),
  caseAuditSummary:        row('✓     ✓      ·        ·      ·       ·       ·     ·       ·           ·'),
  // Scheduled work that failed for good: the admin's to see and retry (no case content in it).
  failedJobs:              row('·     ·      ·        ·      ·       ·       ✓     ·       ·           ·'),
  // Who changed which account: the chair and the deputy, who approve accounts (not the admin, who makes them).
  accountAudit:            row('✓     ✓      ·        ·      ·       ·       ·     ·       ·           ·'),
};

export const MUTATIONS = {
  //                         chair deputy secretary member advisor analyst admin recused deactivated anonymous
  // A deactivated account may not sign in again; everyone else may try.
  login:                   row('✓     ✓      ✓        ✓      ✓       ✓       ✓     ✓       ·           ✓'),
  // Intake and screening: the panel's staff.
  registerApplication:     row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·'),
  startScreening:          row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·'),
  acceptForReview:         row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·'),
  returnToApplicant:       row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·'),
  markOutOfScope:          row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·'),
  extendDeadline:          row('✓     ✓      ·        ·      ·       ·       ·     ·       ·           ·'),
  // The fixture's case was never extended: staff pass authorization and the state refuses.
  // The rapporteur of a case ("my cases", issue 17): the panel's staff.
  setRapporteur:           row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·'),
  // Which URLs the prescription lists: the panel's staff, until the decision (issue 16).
  setPrescriptionUrl:      row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·'),
  recordExtensionNotice:   row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·', { chair: 'INVALID_TRANSITION', deputy: 'INVALID_TRANSITION', secretary: 'INVALID_TRANSITION' }),
  // The fixture's case has no ending yet: staff pass authorization and the state refuses (no answer to record).
  recordAnswerSent:        row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·', { chair: 'CONFLICT', deputy: 'CONFLICT', secretary: 'CONFLICT' }),
  // The case room: everyone who reads cases, except in a case they recused from.
  addComment:              row('✓     ✓      ✓        ✓      ✓       ·       ·     ·       ·           ·'),
  editComment:             row('✓     ✓      ✓        ✓      ✓       ·       ·     ·       ·           ·'),
  deleteComment:           row('✓     ✓      ✓        ✓      ✓       ·       ·     ·       ·           ·'),
  setTyping:               row('✓     ✓      ✓        ✓      ✓       ·       ·     ·       ·           ·'),
  markNotificationsRead:   row('✓     ✓      ✓        ✓      ✓       ·       ·     ✓       ·           ·'),
  // Voting: the chair or deputy opens and closes; the chair, deputy and members vote.
  openVoting:              row('✓     ✓      ·        ·      ·       ·       ·     ·       ·           ·'),
  closeVoting:             row('✓     ✓      ·        ·      ·       ·       ·     ·       ·           ·'),
  castVote:                row('✓     ✓      ·        ✓      ·       ·       ·     ·       ·           ·'),
  // Anyone who takes part in a case may declare a conflict; member4 already did (CONFLICT).
  declareConflict:         row('✓     ✓      ·        ✓      ✓       ·       ·     ✓       ·           ·', { recused: 'CONFLICT' }),
  // Decisions: a dissent from a voter against the outcome; signatures by the chair (or deputy) and the secretary.
  addDissent:              row('✓     ✓      ·        ✓      ·       ·       ·     ·       ·           ·'),
  signDecision:            row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·'),
  setDecisionReasoning:    row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·'),
  // Prescriptions: the staff follow them up; only the chair or deputy escalates.
  deliverPrescription:     row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·'),
  recordCompliance:        row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·'),
  recheckPrescription:     row('✓     ✓      ✓        ·      ·       ·       ·     ·       ·           ·'),
  escalatePrescription:    row('✓     ✓      ·        ·      ·       ·       ·     ·       ·           ·'),
  // Administration: accounts, agencies, calendar, settings.
  createAgency:            row('·     ·      ·        ·      ·       ·       ✓     ·       ·           ·'),
  updateAgency:            row('·     ·      ·        ·      ·       ·       ✓     ·       ·           ·'),
  // Accounts: the admin creates and changes them; the chair or deputy approves those that read case
  // files and issues their invitation links; the admin issues the links of analysts and admins.
  createMember:            row('·     ·      ·        ·      ·       ·       ✓     ·       ·           ·'),
  updateMember:            row('·     ·      ·        ·      ·       ·       ✓     ·       ·           ·'),
  deactivateMember:        row('·     ·      ·        ·      ·       ·       ✓     ·       ·           ·'),
  approveMember:           row('✓     ✓      ·        ·      ·       ·       ·     ·       ·           ·'),
  rejectMember:            row('✓     ✓      ·        ·      ·       ·       ·     ·       ·           ·'),
  issueInvitation:         row('✓     ✓      ·        ·      ·       ·       ✓     ·       ·           ·'),
  // Whoever holds a live link sets the password, signed in or not; the deactivated column presents
  // the link he accepted before his deactivation: used, so refused like any dead link.
  acceptInvitation:        row('✓     ✓      ✓        ✓      ✓       ✓       ✓     ✓       ✓           ✓', { deactivated: 'BAD_USER_INPUT' }),
  setCalendarDay:          row('·     ·      ·        ·      ·       ·       ✓     ·       ·           ·'),
  removeCalendarDay:       row('·     ·      ·        ·      ·       ·       ✓     ·       ·           ·'),
  updatePanelSettings:     row('·     ·      ·        ·      ·       ·       ✓     ·       ·           ·'),
  // The platform registry, the addressee of prescriptions: the admin's (issue 16).
  updatePlatform:          row('·     ·      ·        ·      ·       ·       ✓     ·       ·           ·'),
  retryJob:                row('·     ·      ·        ·      ·       ·       ✓     ·       ·           ·'),
};

export const SUBSCRIPTIONS = {
  //                         chair deputy secretary member advisor analyst admin recused deactivated anonymous
  // "No live feed of that case" for a recused member (DESIGN.md §4, README).
  caseEvents:              row('✓     ✓      ✓        ✓      ✓       ·       ·     ·       ·           ·'),
  casePresence:            row('✓     ✓      ✓        ✓      ✓       ·       ·     ·       ·           ·'),
  // The queue's feed and the inbox are not about one case: a recused member keeps them.
  panelEvents:             row('✓     ✓      ✓        ✓      ✓       ·       ·     ✓       ·           ·'),
  inbox:                   row('✓     ✓      ✓        ✓      ✓       ·       ·     ✓       ·           ·'),
};

export interface PersonalDataRow extends Row {
  /** How a refusal shows besides UNAUTHENTICATED: an error (FORBIDDEN / 403) with no data, or a null value. */
  refused: 'error' | 'null';
  /** Schema coordinate (Type.field) for a GraphQL field; the HTTP route for a file. */
  where: string;
  /** The server file that logs the read as `pii.viewed` (logPiiView / recordPiiView). */
  loggedIn: string;
}

const pii = (where: string, loggedIn: string, refused: 'error' | 'null', r: Row): PersonalDataRow => ({ ...r, where, loggedIn, refused });

export const PERSONAL_DATA = {
  //                         chair deputy secretary member advisor analyst admin recused deactivated anonymous
  // Identity: panel staff and members who have not recused; advisors see the pseudonym, age and region.
  child:                   pii('Case.child', 'modules/cases/identity.access.ts', 'error',
                           row('✓     ✓      ✓        ✓      ·       ·       ·     ·       ·           ·')),
  applicant:               pii('Case.applicant', 'modules/cases/identity.access.ts', 'error',
                           row('✓     ✓      ✓        ✓      ·       ·       ·     ·       ·           ·')),
  evidenceFile:            pii('GET /files/evidence/:id', 'modules/evidence/evidence.service.ts', 'error',
                           row('✓     ✓      ✓        ✓      ·       ·       ·     ·       ·           ·')),
  // The answer to the applicant names the applicant.
  answerDocument:          pii('GET /documents/cases/:id/answer.pdf', 'modules/documents/answer.service.ts', 'error',
                           row('✓     ✓      ✓        ✓      ·       ·       ·     ·       ·           ·')),
  answerText:              pii('Decision.answerText', 'modules/cases/identity.access.ts', 'error',
                           row('✓     ✓      ✓        ✓      ·       ·       ·     ·       ·           ·')),
  // The notice of an extension is addressed to the applicant: the answer's access.
  extensionNoticeDocument: pii('GET /documents/cases/:id/extension-notice.pdf', 'modules/documents/extension-notice.service.ts', 'error',
                           row('✓     ✓      ✓        ✓      ·       ·       ·     ·       ·           ·')),
};

/** A part of a case's content, read through `Case` (schema coordinate in `where`). */
export interface ContentRow extends Row {
  where: string;
}

const content = (where: string, r: Row): ContentRow => ({ ...r, where });

/**
 * What recusal closes (DESIGN.md §5): the content of a case, which a member who recused from it
 * no longer receives (the case keeps only its number, status and clock for them). A refused cell
 * answers FORBIDDEN with no content; an allowed one gets the content.
 */
export const CASE_CONTENT = {
  //                         chair deputy secretary member advisor analyst admin recused deactivated anonymous
  comments:                content('Case.comments', row('✓     ✓      ✓        ✓      ✓       ·       ·     ·       ·           ·')),
  timeline:                content('Case.events', row('✓     ✓      ✓        ✓      ✓       ·       ·     ·       ·           ·')),
  episodes:                content('Case.episodes', row('✓     ✓      ✓        ✓      ✓       ·       ·     ·       ·           ·')),
  votingRounds:            content('Case.votingRounds', row('✓     ✓      ✓        ✓      ✓       ·       ·     ·       ·           ·')),
  decision:                content('Case.decision', row('✓     ✓      ✓        ✓      ✓       ·       ·     ·       ·           ·')),
};

export type QueryName = keyof typeof QUERIES;
export type MutationName = keyof typeof MUTATIONS;
export type SubscriptionName = keyof typeof SUBSCRIPTIONS;
export type PersonalDataName = keyof typeof PERSONAL_DATA;
export type ContentName = keyof typeof CASE_CONTENT;
