import { ALL_MET } from '../../server/src/test-support/scenarios.js';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { query } from '../../server/src/test-support/databases.js';
import type { Column, ContentName, MutationName, PersonalDataName, QueryName, SubscriptionName } from './matrix.js';
import type { Scenario } from './scenario.js';

/** A GraphQL operation over HTTP (`http`) or graphql-ws (`ws`); `value` picks the personal data from the answer. */
export interface GqlCall { via: 'http' | 'ws'; query: string; variables?: Record<string, unknown>; value?: (data: { case?: CaseData | null } | null | undefined) => unknown }
/** The case in an answer, as far as a `value` reads it. */
export interface CaseData { child?: unknown; applicant?: unknown; decision?: { answerText?: string | null } | null; [field: string]: unknown }
/** A plain HTTP download (files and documents). */
export interface GetCall { via: 'get'; path: string }
export type Call = GqlCall | GetCall;

/** Builds one cell's call; `allowed` cells get fresh objects when the call consumes them (see Scenario). */
export type Fixture = (s: Scenario, who: Column, allowed: boolean) => Promise<Call>;

const http = (query: string, variables?: Record<string, unknown>): GqlCall => ({ via: 'http', query, variables });
const ws = (query: string, variables?: Record<string, unknown>): GqlCall => ({ via: 'ws', query, variables });
const DISSENTER = { chair: 'chair', deputy: 'deputy', member: 'member1' } as const;

export const QUERY_FIXTURES: Record<QueryName, Fixture> = {
  me: async () => http('{ me { id role } }'),
  viewerCan: async () => http('{ viewerCan { seeCases readStats administerAccounts } }'),
  agencies: async () => http('{ agencies { id kind } }'),
  calendar: async () => http('{ calendar(year: 2026) { date kind } }'),
  platforms: async () => http('{ platforms { code } }'),
  intakeChecklist: async () => http('query($i: IntakeChecklistInput!) { intakeChecklist(input: $i) { met failing } }', { i: { childBirthDate: '2012-04-15', episodes: [] } }),
  panelSettings: async () => http('{ panelSettings { quorumNumerator quorumDenominator } }'),
  members: async () => http('{ members { id email } }'),
  case: async (s) => http('query($id: ID!) { case(id: $id) { id number status } }', { id: (await s.room()).id }),
  cases: async () => http('{ cases(first: 2) { totalCount edges { node { id number } } } }'),
  caseQueueCounts: async () => http('{ caseQueueCounts { active finished waitingForMyVote mentionsMe myCases } }'),
  notifications: async () => http('{ notifications { id } }'),
  unreadNotificationCount: async () => http('{ unreadNotificationCount }'),
  caseAudit: async (s) => http('query($c: ID!) { caseAudit(caseId: $c, first: 5) { edges { node { kind category } } } }', { c: (await s.room()).id }),
  failedJobs: async () => http('{ failedJobs { id kind attempts lastError failedAt } }'),
  caseAuditSummary: async (s) => http('query($c: ID!) { caseAuditSummary(caseId: $c) { reads } }', { c: (await s.room()).id }),
  accountAudit: async () => http('{ accountAudit(first: 5) { edges { node { kind toStatus member { id } } } pageInfo { hasNextPage } } }'),
  stats: async () => http('query($p: PeriodInput!) { stats(period: $p) { total { value suppressed } byStatus { key } } }', { p: { from: '2026-01-01', to: '2026-12-31' } }),
};

const move = (name: string, state: 'REGISTERED' | 'SCREENING', reason = false): Fixture => async (s, _who, allowed) =>
  http(`mutation($c: ID!${reason ? ', $r: String!' : ''}) { ${name}(caseId: $c${reason ? ', reason: $r' : ''}) { id status } }`,
    { c: await s.caseIn(state, allowed), ...(reason ? { r: 'Нет сведений о ребёнке' } : {}) });

/** The viewer's own comment (member4's was written before he recused); refused roles that write none get member4's. */
async function ownComment(s: Scenario, who: Column, allowed: boolean): Promise<string> {
  if (allowed) return s.comment(who === 'member' ? 'member1' : who);
  return (await s.room()).recusedCommentId;
}

export const MUTATION_FIXTURES: Record<MutationName, Fixture> = {
  login: async (s, who) => http('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: s.email(who), p: who === 'deactivated' ? 'authz-password-1' : 'panel-demo' }),
  registerApplication: async () => http(REGISTER, { input: applicationInput() }),
  startScreening: move('startScreening', 'REGISTERED'),
  acceptForReview: move('acceptForReview', 'SCREENING'),
  returnToApplicant: move('returnToApplicant', 'SCREENING', true),
  markOutOfScope: move('markOutOfScope', 'REGISTERED', true),
  extendDeadline: async (s, _who, allowed) => http('mutation($c: ID!) { extendDeadline(caseId: $c, reason: "Запрос платформе") { id dueAt } }', { c: await s.caseIn('REGISTERED', allowed) }),
  recordExtensionNotice: async (s, _who, allowed) => http('mutation($c: ID!) { recordExtensionNotice(caseId: $c, sentAt: "2020-01-01T00:00:00Z", channel: EMAIL) { id } }', { c: await s.caseIn('REGISTERED', allowed) }),
  recordAnswerSent: async (s, _who, allowed) => http('mutation($c: ID!) { recordAnswerSent(caseId: $c, sentAt: "2020-01-01T00:00:00Z", channel: EMAIL) { id } }', { c: await s.caseIn('REGISTERED', allowed) }),
  addComment: async (s) => http('mutation($c: ID!) { addComment(caseId: $c, body: "Согласен с коллегами") { id } }', { c: (await s.room()).id }),
  editComment: async (s, who, allowed) => http('mutation($id: ID!) { editComment(id: $id, body: "Уточнение") { id } }', { id: await ownComment(s, who, allowed) }),
  deleteComment: async (s, who, allowed) => http('mutation($id: ID!) { deleteComment(id: $id) { id } }', { id: await ownComment(s, who, allowed) }),
  setTyping: async (s) => http('mutation($c: ID!) { setTyping(caseId: $c, typing: true) }', { c: (await s.room()).id }),
  markNotificationsRead: async () => http('mutation { markNotificationsRead }'),
  openVoting: async (s, _who, allowed) => http('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: await s.caseIn('IN_REVIEW', allowed) }),
  closeVoting: async (s, _who, allowed) => http('mutation($r: ID!) { closeVoting(roundId: $r) { id open } }', { r: await s.round(allowed) }),
  // One shared round: three of its six voters vote, so it stays open; votes may change.
  castVote: async (s) => http('mutation($r: ID!, $f: [FindingInput!]) { castVote(roundId: $r, choice: CONFIRMED, findings: $f) { id } }', { r: await s.round(false), f: ALL_MET }),
  // Each member declares once in the shared case; member4 already has.
  declareConflict: async (s) => http('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Знаком с заявителем") { id } }', { c: await s.conflictCase() }),
  addDissent: async (s, who, allowed) => {
    const d = allowed && who in DISSENTER ? await s.decision(true, DISSENTER[who as keyof typeof DISSENTER]) : await s.decision(false);
    return http('mutation($d: ID!) { addDissent(decisionId: $d, text: "Эпизоды не систематические") { id } }', { d: d.decisionId });
  },
  // The shared decision is never signed: every allowed writer may rewrite its reasoning.
  setDecisionReasoning: async (s) => http('mutation($d: ID!) { setDecisionReasoning(decisionId: $d, kk: "Эпизодтар жүйелі.", ru: "Эпизоды систематические.") { id } }',
    { d: (await s.decision(false)).decisionId }),
  // Allowed signers take a decision whose slot (the chair's, or the secretary's) is free: made for other lines or new.
  signDecision: async (s, who, allowed) => http('mutation($d: ID!) { signDecision(decisionId: $d) { id signed } }',
    { d: allowed ? await s.unsignedDecision(who === 'secretary' ? 'SECRETARY' : 'CHAIR') : (await s.decision(false)).decisionId }),
  deliverPrescription: async (s, _who, allowed) => http('mutation($p: ID!) { deliverPrescription(prescriptionId: $p) { id status } }', { p: await s.prescription('ISSUED', allowed) }),
  recordCompliance: async (s, _who, allowed) => http('mutation($p: ID!) { recordCompliance(prescriptionId: $p, status: COMPLIED) { id status } }', { p: await s.prescription('DELIVERED', allowed) }),
  recheckPrescription: async (s) => http('mutation($p: ID!) { recheckPrescription(prescriptionId: $p) { url state } }', { p: await s.localPrescription() }),
  escalatePrescription: async (s, _who, allowed) => http('mutation($p: ID!) { escalatePrescription(prescriptionId: $p) { id } }', { p: await s.prescription('OVERDUE', allowed) }),
  // The entry as it is: an allowed call changes nothing another cell relies on.
  updateAgency: async (s) => {
    const { agencies } = await s.ok('{ agencies { id nameKk nameRu nameEn } }', {}, s.as('admin'));
    const { id, ...names } = (agencies as { id: string; nameKk: string; nameRu: string; nameEn: string }[])[0];
    return http('mutation($id: ID!, $i: UpdateAgencyInput!) { updateAgency(id: $id, input: $i) { id } }', { id, i: names });
  },
  createAgency: async (s) => http('mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }', { i: { name: `Ведомство ${s.next()}`, kind: 'STATE_BODY' } }),
  createMember: async (s) => http('mutation($i: CreateMemberInput!) { createMember(input: $i) { id } }',
    { i: { name: 'Новый эксперт', email: `authz-new-${s.next()}-${Date.now()}@demo.kz`, role: 'ADVISOR', agencyId: await s.agencyId() } }),
  updateMember: async (s, _who, allowed) => http('mutation($id: ID!, $i: UpdateMemberInput!) { updateMember(id: $id, input: $i) { id agency { id } } }',
    { id: await s.member(allowed), i: { agencyId: await s.otherAgencyId() } }),
  deactivateMember: async (s, _who, allowed) => http('mutation($id: ID!) { deactivateMember(id: $id) { id active } }', { id: await s.member(allowed) }),
  approveMember: async (s, _who, allowed) => http('mutation($id: ID!) { approveMember(id: $id) { id status } }', { id: await s.member(allowed) }),
  rejectMember: async (s, _who, allowed) => http('mutation($id: ID!) { rejectMember(id: $id, reason: "Не представлен ведомством") { id status } }', { id: await s.member(allowed) }),
  // The chair and deputy invite an approved advisor, the admin an analyst; refused cells aim at the shared advisor.
  issueInvitation: async (s, who, allowed) => http('mutation($id: ID!) { issueInvitation(memberId: $id) { path expiresAt } }',
    { id: allowed && who === 'admin' ? await s.invitedAnalyst() : await s.approved(allowed) }),
  acceptInvitation: async (s, who) => http('mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { token } }',
    { t: who === 'deactivated' ? s.deactivated.invitation : await s.invitation(), p: 'authz-own-password' }),
  // 2027-10-13 and -14 are ordinary Wednesdays and Thursdays: far from every deadline of the run.
  setCalendarDay: async () => http('mutation { setCalendarDay(date: "2027-10-13", kind: HOLIDAY, name: "Тестовый день") { date } }'),
  // Refused cells aim at a real holiday (1 January), the allowed one at a day it has just set.
  removeCalendarDay: async (s, _who, allowed) => {
    if (allowed) await s.ok('mutation { setCalendarDay(date: "2027-10-14", kind: HOLIDAY, name: "Тестовый день") { date } }', {}, s.as('admin'));
    return http('mutation($d: LocalDate!) { removeCalendarDay(date: $d) }', { d: allowed ? '2027-10-14' : '2027-01-01' });
  },
  setRapporteur: async (s, _who, allowed) => http('mutation($c: ID!, $m: ID) { setRapporteur(caseId: $c, memberId: $m) { id rapporteur { id } } }', { c: await s.caseIn('IN_REVIEW', allowed), m: await s.accountId('member1') }),
  setPrescriptionUrl: async (s, _who, allowed) => http('mutation($c: ID!, $u: String!) { setPrescriptionUrl(caseId: $c, url: $u, included: true) { url included } }', { c: await s.caseIn('IN_REVIEW', allowed), u: applicationInput().resources[0].url }),
  updatePlatform: async (s) => {
    // The entry as it is: an allowed call changes nothing another cell relies on.
    const { platforms } = await s.ok('{ platforms { id code name representative } }', {}, s.as('admin'));
    const { id, name, representative } = (platforms as { id: string; code: string; name: string; representative: string }[]).find((p) => p.code === 'likee')!;
    return http('mutation($id: ID!, $i: PlatformInput!) { updatePlatform(id: $id, input: $i) { id } }', { id, i: { name, representative } });
  },
  updatePanelSettings: async (s) => {
    const { roundHours } = (await s.ok<{ panelSettings: { roundHours: number } }>('{ panelSettings { roundHours } }', {}, s.as('admin'))).panelSettings;
    return http('mutation($i: PanelSettingsInput!) { updatePanelSettings(input: $i) { roundHours } }', { i: { roundHours } });
  },
  retryJob: async (s) => http('mutation($id: ID!) { retryJob(id: $id) { id attempts failedAt } }', { id: await failedJob(s) }),
};

export const SUBSCRIPTION_FIXTURES: Record<SubscriptionName, Fixture> = {
  // `after` just before the room's first event: the replay sends an event at once.
  caseEvents: async (s) => {
    const room = await s.room();
    return ws('subscription($c: ID!, $a: String) { caseEvents(caseId: $c, after: $a) { seq kind } }', { c: room.id, a: room.firstSeq });
  },
  casePresence: async (s) => ws('subscription($c: ID!) { casePresence(caseId: $c) { caseId members { typing } } }', { c: (await s.room()).id }),
  panelEvents: async (s) => ws('subscription($a: String) { panelEvents(after: $a) { seq kind } }', { a: (await s.room()).firstSeq }),
  inbox: async () => ws('subscription { inbox { unreadCount } }'),
};

/** A job that used up its attempts (a kind no instance runs), as the runner leaves one. */
async function failedJob(s: Scenario): Promise<string> {
  const [row] = await query<{ id: string }>(s.tp.dbUrl,
    `insert into scheduled_job (kind, run_at, payload, attempts, last_error, failed_at, created_at) values ('authz.failed', now(), '{}', 5, 'failed on purpose', now(), now()) returning id::text as id`);
  return row.id;
}

/** One case per scenario whose deadline the chair extended (member4 recused from it): the extension notice's. */
const extendedCases = new WeakMap<Scenario, Promise<string>>();
function extendedCase(s: Scenario): Promise<string> {
  if (!extendedCases.has(s)) {
    extendedCases.set(s, s.caseIn('IN_REVIEW', true).then(async (c) => {
      await s.ok('mutation($c: ID!) { extendDeadline(caseId: $c, reason: "Запрос платформе") { id } }', { c }, s.as('chair'));
      return c;
    }));
  }
  return extendedCases.get(s)!;
}

export const PERSONAL_DATA_FIXTURES: Record<PersonalDataName, Fixture> = {
  child: async (s) => ({ ...http('query($id: ID!) { case(id: $id) { number child { name birthDate school } } }', { id: (await s.room()).id }), value: (d) => d?.case?.child }),
  applicant: async (s) => ({ ...http('query($id: ID!) { case(id: $id) { number applicant { name contact } } }', { id: (await s.room()).id }), value: (d) => d?.case?.applicant }),
  evidenceFile: async (s) => ({ via: 'get', path: `/files/evidence/${(await s.room()).evidenceId}` }),
  answerDocument: async (s) => ({ via: 'get', path: `/documents/cases/${(await s.decision(false)).caseId}/answer.pdf` }),
  answerText: async (s) => ({ ...http('query($id: ID!) { case(id: $id) { number decision { answerText } } }', { id: (await s.decision(false)).caseId }), value: (d) => d?.case?.decision?.answerText }),
  extensionNoticeDocument: async (s) => ({ via: 'get', path: `/documents/cases/${await extendedCase(s)}/extension-notice.pdf` }),
};

/**
 * A case's content with its description: for a recused member the whole case is refused (the
 * description is withheld, FORBIDDEN), so no part of its content comes back; `value` is the part.
 */
const contentOf = (caseId: string, selection: string, pick: (c: Record<string, unknown>) => unknown): Call => ({
  ...http(`query($id: ID!) { case(id: $id) { description ${selection} } }`, { id: caseId }),
  value: (d) => {
    const part = d?.case ? pick(d.case as Record<string, unknown>) : null;
    return Array.isArray(part) && part.length === 0 ? null : part;
  },
});

export const CASE_CONTENT_FIXTURES: Record<ContentName, Fixture> = {
  comments: async (s) => contentOf((await s.room()).id, 'comments { id body }', (c) => c.comments),
  timeline: async (s) => contentOf((await s.room()).id, 'events { seq kind payload }', (c) => c.events),
  episodes: async (s) => contentOf((await s.room()).id, 'episodes { id excerpt }', (c) => c.episodes),
  votingRounds: async (s) => contentOf((await s.decision(false)).caseId, 'votingRounds { id }', (c) => c.votingRounds),
  decision: async (s) => contentOf((await s.decision(false)).caseId, 'decision { id reasoning }', (c) => c.decision),
};
