import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ALL_MET, caseInReview, demoTokens } from '../../test-support/scenarios.js';
import { extractPdf } from '../documents/pdf-text.test-support.js';
import { Storage } from '../evidence/storage.js';
import { jobHandlers } from '../../app/job-handlers.js';
import type { UrlChecker } from '../prescriptions/url-check.js';
import { collect, wsClient } from '../../test-support/ws-client.js';
import { CASE_TEXTS } from '../cases/retention.texts.js';

let tp: TestPlatform;
let t: Record<string, string>;

// The factory's child is Айгерім Сапарова, the applicant Гүлнар Сапарова, +7 701 555 0101, school № 12.
const NAMED = {
  description: 'Айгерім Сапарованы сыныптастары қорлайды; анасы Гүлнар, тел. +7 701 555 0101.',
  episodes: [
    { occurredAt: new Date(Date.now() - 5 * 86_400_000).toISOString(), url: 'https://www.tiktok.com/@x/video/1', contentKind: 'VIDEO', excerpt: 'Айгерімге жазылған пікірлер' },
    { occurredAt: new Date(Date.now() - 3 * 86_400_000).toISOString(), url: 'https://t.me/class_chat/7', contentKind: 'MESSAGE', excerpt: null },
  ],
};
const LEFT_OVER = /айгер|сапаров|гүлнар|555[\s-]?0101|№ ?12/i;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('screenshot')]);

const noChecker: UrlChecker = { check: () => Promise.reject(new Error('no re-checks here')) };
/** The job's handler, run directly as the job runner runs it: inside the job's transaction. */
const runRetention = () => tp.platform.orm.em.fork().transactional((em) => jobHandlers(noChecker, new Storage(tp.storageDir))['retention.erase'](em, {}));
const gql = async (q: string, v: Record<string, unknown>, token: string) => {
  const r = await tp.gql(q, v, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};
const upload = async (caseId: string, episodeId: string, name: string) => {
  const form = new FormData();
  form.append('caseId', caseId);
  form.append('episodeId', episodeId);
  form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), name);
  return fetch(`${tp.url}/files/evidence`, { method: 'POST', body: form, headers: { authorization: `Bearer ${t.secretary}` } });
};
const uploaded = async (caseId: string, episodeId: string, name: string) => ((await (await upload(caseId, episodeId, name)).json()) as { evidence: { id: string } }).evidence.id;
const get = (p: string, token: string) => fetch(`${tp.url}${p}`, { headers: { authorization: `Bearer ${token}` } });
const backdate = (caseId: string, years: number) => query(tp.dbUrl, `update "case" set final_at = now() - make_interval(years => $2) - interval '1 day' where id = $1`, [caseId, years]);

/** Every stored row of a case, as text by table: what must not name anyone after erasure. */
async function rowsByTable(caseId: string): Promise<Record<string, string>> {
  const tables = [...CASE_TEXTS.map((s) => [s.table, s.rows] as const), ['evidence', '"case_id" = ?'] as const, ['prescription', '"case_id" = ?'] as const];
  const parts = await Promise.all(tables.map(([table, rows]) => query<{ j: string }>(tp.dbUrl, `select row_to_json(x)::text as j from "${table}" x where ${rows.replace('?', '$1')}`, [caseId])));
  return Object.fromEntries(tables.map(([table], i) => [table, parts[i].map((r) => r.j).join('\n')]));
}
const storedRows = async (caseId: string) => Object.values(await rowsByTable(caseId)).join('\n');
const naming = (rows: Record<string, string>) => Object.keys(rows).filter((table) => LEFT_OVER.test(rows[table]));

// The free texts of events' typed payloads, masked as the payload's are.
const DETAIL_TEXTS = '... on DeadlineExtendedDetails { extensionReason: reason } ... on EvidenceUploadedDetails { fileName } ... on CaseStatusChangedDetails { statusReason: reason }';
const CASE_FILE = `query($id: ID!) { case(id: $id) { id status identityErasedAt description screeningReason
  child { name birthDate school } applicant { name contact } childProfile { region ageAtFirstEpisode }
  extension { reason } episodes { excerpt evidence { fileName sha256 size mimeType } } resources { description }
  comments { body } recusals { reason } votingRounds { votes { reasoning findings { note } } }
  decision { outcome protocolNumber reasoning answerText dissents { text } } events { kind payload details { __typename ${DETAIL_TEXTS} } } } }`;
const STATS = `query($p: PeriodInput!, $f: StatsFilter) { stats(period: $p, filter: $f) { total { value suppressed }
  byStatus { key count { value suppressed } } byRegion { key count { value suppressed } } byAgeBand { key count { value suppressed } }
  byPlatform { key count { value suppressed } } byMonth { key count { value } } byOutcome { key count { value } } } }`;
const stats = async () => {
  const year = new Date().getUTCFullYear();
  const p = { from: `${year - 1}-01-01`, to: `${year}-12-31` };
  return Promise.all([gql(STATS, { p }, t.chair), gql(STATS, { p, f: { statuses: ['CLOSED', 'OUT_OF_SCOPE'] } }, t.chair)]);
};

let closed: { id: string; decisionId: string; evidenceId: string; storageKey: string };
let outOfScope: { id: string; evidenceId: string };
let recent: { id: string };
let open: { id: string };
let returned: { id: string };

/** A case taken to CLOSED with every kind of text naming the child: extension, comment, recusal, votes, dissent, evidence. */
async function closedCase() {
  const c = await caseInReview(tp, t, NAMED);
  const file = await gql('query($id: ID!) { case(id: $id) { episodes { id } } }', { id: c.id }, t.secretary);
  const evidenceId = await uploaded(c.id, file.case.episodes[0].id, 'Айгерім Сапарова скрин.png');
  await gql('mutation($c: ID!) { extendDeadline(caseId: $c, reason: "Айгерімнің анасынан анықтама күтілуде") { id } }', { c: c.id }, t.chair);
  await gql('mutation($c: ID!) { addComment(caseId: $c, body: "Айгерімге қолдау көрсету керек, анасы Гүлнар хабарласты") { id } }', { c: c.id }, t.member1);
  await gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Сапаровтар отбасын танимын") { id } }', { c: c.id }, t.member5);
  const round = (await gql('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, t.chair)).openVoting;
  const findings = ALL_MET.map((f) => ({ ...f, note: 'Айгерім 13 жаста' }));
  for (const who of ['chair', 'deputy', 'member1', 'member2', 'member3']) {
    await gql('mutation($r: ID!, $f: [FindingInput!]) { castVote(roundId: $r, choice: CONFIRMED, findings: $f, reasoning: "Айгерімге қарсы эпизодтар жүйелі") { id } }', { r: round.id, f: findings }, t[who]);
  }
  await gql('mutation($r: ID!) { castVote(roundId: $r, choice: NOT_CONFIRMED, reasoning: "Сапарованың шағымы дәлелденбеген") { id } }', { r: round.id }, t.member4);
  // Everyone eligible (member5 recused) has voted: the round closes and the case is decided.
  const decisionId = (await gql('query($id: ID!) { case(id: $id) { decision { id } } }', { id: c.id }, t.chair)).case.decision.id;
  await gql('mutation($d: ID!) { addDissent(decisionId: $d, text: "Айгерім Сапарова туралы дәлел жеткіліксіз") { id } }', { d: decisionId }, t.member4);
  // No operation closes a case yet (DECIDED/COMPLIED/ESCALATED → CLOSED are legal moves): done here as it would be, with its event.
  await query(tp.dbUrl, `update "case" set status = 'CLOSED' where id = $1`, [c.id]);
  await query(tp.dbUrl, `insert into case_event (case_id, kind, actor_id, payload) values ($1, 'case.status_changed', null, '{"from":"PRESCRIBED","to":"CLOSED"}')`, [c.id]);
  const [{ storage_key }] = await query<{ storage_key: string }>(tp.dbUrl, 'select storage_key from evidence where id = $1', [evidenceId]);
  return { id: c.id, decisionId, evidenceId, storageKey: storage_key };
}

async function outOfScopeCase() {
  const c = (await gql(REGISTER, { input: applicationInput(NAMED) }, t.secretary)).registerApplication;
  const evidenceId = await uploaded(c.id, c.episodes[0].id, 'Aigerim.png');
  await gql('mutation($c: ID!) { markOutOfScope(caseId: $c, reason: "Айгерім Сапарова 18 жастан асқан") { id } }', { c: c.id }, t.secretary);
  return { id: c.id, evidenceId };
}

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
  closed = await closedCase();
  outOfScope = await outOfScopeCase();
  recent = await outOfScopeCase();
  open = await caseInReview(tp, t, NAMED);
  returned = (await gql(REGISTER, { input: applicationInput(NAMED) }, t.secretary)).registerApplication;
  await gql('mutation($c: ID!) { startScreening(caseId: $c) { id } }', { c: returned.id }, t.secretary);
  await gql('mutation($c: ID!) { returnToApplicant(caseId: $c, reason: "Айгерімнің туу туралы куәлігі жоқ") { id } }', { c: returned.id }, t.secretary);
}, 120_000);
afterAll(() => tp.close());

describe('retention.erase', () => {
  it('stamps when each final case got there, from its log, and erases nothing within the period', async () => {
    const before = await storedRows(outOfScope.id);
    await runRetention();
    const [row] = await query<{ final_at: Date; at: Date }>(tp.dbUrl, `select c.final_at, (select max(at) from case_event e where e.case_id = c.id and e.payload->>'to' = 'OUT_OF_SCOPE') as at from "case" c where id = $1`, [outOfScope.id]);
    expect(row.final_at).toEqual(row.at);
    const unstamped = await query(tp.dbUrl, `select 1 from "case" where id = any($1) and final_at is not null`, [[open.id, returned.id]]);
    expect(unstamped).toHaveLength(0);
    // Only the stamp is new.
    const unstamp = (rows: string) => rows.replace(/"final_at":("[^"]*"|null),/, '');
    expect(unstamp(await storedRows(outOfScope.id))).toBe(unstamp(before));
    expect(await query(tp.dbUrl, `select 1 from case_event where kind = 'case.identity_erased'`)).toHaveLength(0);
    // A daily recurring job: scheduled at start-up, and each run schedules the next a day later.
    const pending = await query<{ run_at: Date }>(tp.dbUrl, `select run_at from scheduled_job where kind = 'retention.erase' and done_at is null order by run_at desc`);
    expect(pending[0].run_at.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
  });

  it('refuses to run without the evidence storage rather than keep files it cannot reach', async () => {
    const before = await tp.snapshot();
    await expect(tp.platform.orm.em.fork().transactional((em) => jobHandlers(noChecker)['retention.erase'](em, {}))).rejects.toThrow(/storage/);
    expect(await tp.snapshot()).toEqual(before);
  });

  it('erases identity, evidence files and every name in the texts of cases past the period; the rest stays', async () => {
    for (const c of [closed, outOfScope]) await backdate(c.id, 5);
    // Not final, however old: an open case and one returned to the applicant.
    await query(tp.dbUrl, `update "case" set received_at = received_at - interval '10 years', updated_at = updated_at - interval '10 years' where id = any($1)`, [[open.id, returned.id]]);
    await backdate(recent.id, 4);
    const untouched = await Promise.all([recent, open, returned].map((c) => storedRows(c.id)));
    const statsBefore = await stats();
    const [decisionBefore] = await query(tp.dbUrl, 'select outcome, protocol_number, tally, voters, rule from decision where case_id = $1', [closed.id]);
    const logBefore = await query<{ seq: string }>(tp.dbUrl, 'select seq, kind, actor_id, payload, at from case_event where case_id = $1 order by seq', [closed.id]);
    expect(existsSync(path.join(tp.storageDir, 'evidence', closed.storageKey))).toBe(true);
    // Before: the names are in every kind of text of the closed case.
    expect(naming(await rowsByTable(closed.id))).toEqual(['case', 'episode', 'comment', 'recusal', 'vote', 'decision', 'dissent', 'evidence']);

    await runRetention();

    const [kase] = await query(tp.dbUrl, 'select applicant_name, applicant_contact, applicant_relation, child_name, child_birth_date, child_school, child_region, child_age_band, identity_erased_at from "case" where id = $1', [closed.id]);
    expect(kase).toMatchObject({ applicant_name: '***', applicant_contact: '***', applicant_relation: 'PARENT', child_name: '***', child_birth_date: null, child_school: null, child_region: 'ASTANA' });
    expect(kase.child_age_band).toBeTruthy();
    expect(kase.identity_erased_at).toBeInstanceOf(Date);
    for (const c of [closed, outOfScope]) expect(naming(await rowsByTable(c.id))).toEqual([]);
    expect(await storedRows(closed.id)).toMatch(/\*\*\*/);

    expect(existsSync(path.join(tp.storageDir, 'evidence', closed.storageKey))).toBe(false);
    const [evidence] = await query(tp.dbUrl, 'select file_name, mime_type, size, sha256, erased_at from evidence where id = $1', [closed.evidenceId]);
    expect(evidence).toMatchObject({ file_name: '***', mime_type: 'image/png', size: PNG.length });
    expect(evidence.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(evidence.erased_at).toBeInstanceOf(Date);

    const logged = await query(tp.dbUrl, `select actor_id, payload from case_event where kind = 'case.identity_erased' order by seq`);
    expect(logged).toEqual([{ actor_id: null, payload: { retentionYears: 5, evidenceFiles: 1 } }, { actor_id: null, payload: { retentionYears: 5, evidenceFiles: 1 } }]);
    // The log is append-only: what it held stays, one event is added.
    const logAfter = await query(tp.dbUrl, 'select seq, kind, actor_id, payload, at from case_event where case_id = $1 order by seq', [closed.id]);
    expect(logAfter.slice(0, logBefore.length)).toEqual(logBefore);
    expect(logAfter).toHaveLength(logBefore.length + 1);
    expect(await query(tp.dbUrl, 'select outcome, protocol_number, tally, voters, rule from decision where case_id = $1', [closed.id])).toEqual([decisionBefore]);
    expect(await stats()).toEqual(statsBefore);
    expect(await Promise.all([recent, open, returned].map((c) => storedRows(c.id)))).toEqual(untouched);
  });

  it('a second run changes nothing', async () => {
    const before = await tp.snapshot();
    await runRetention();
    const after = await tp.snapshot();
    // Only the job's own successor is new (each run schedules the next one).
    expect({ ...after, scheduled_job: '' }).toEqual({ ...before, scheduled_job: '' });
  });

  it('shows the chair an erased case: no identity, no name in any text, the decision and the timeline kept', async () => {
    const { case: c } = await gql(CASE_FILE, { id: closed.id }, t.chair);
    expect(c).toMatchObject({ status: 'CLOSED', child: null, applicant: null, childProfile: { region: 'ASTANA', ageAtFirstEpisode: null } });
    expect(new Date(c.identityErasedAt).getTime()).toBeGreaterThan(Date.now() - 3_600_000);
    expect(c.decision).toMatchObject({ outcome: 'CONFIRMED', protocolNumber: expect.any(String) });
    expect(c.decision.dissents).toHaveLength(1);
    expect(c.events.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['CASE_REGISTERED', 'EVIDENCE_UPLOADED', 'CASE_DEADLINE_EXTENDED', 'CASE_IDENTITY_ERASED']));
    expect(JSON.stringify(c)).not.toMatch(LEFT_OVER);
    const extended = c.events.find((e: { kind: string }) => e.kind === 'CASE_DEADLINE_EXTENDED');
    expect(extended.payload.reason).toBe('***');
    expect(extended.details).toEqual({ __typename: 'DeadlineExtendedDetails', extensionReason: '***' });
    expect(c.events.find((e: { kind: string }) => e.kind === 'EVIDENCE_UPLOADED').details).toEqual({ __typename: 'EvidenceUploadedDetails', fileName: '***' });
    // The log itself is append-only and still holds the reason: it is masked as it is read.
    const raw = await query<{ payload: string }>(tp.dbUrl, `select payload::text as payload from case_event where case_id = $1 and kind = 'case.deadline_extended'`, [closed.id]);
    expect(raw[0].payload).toMatch(LEFT_OVER);
    const advisor = await tp.gql('query($id: ID!) { case(id: $id) { child { name } identityErasedAt description } }', { id: closed.id }, t.advisor);
    expect(codeOf(advisor)).toBe('FORBIDDEN');
    expect(JSON.stringify(advisor.data)).not.toMatch(LEFT_OVER);
  });

  it('masks the same texts in a live feed replayed from the start', async () => {
    const client = wsClient(tp.url, t.chair);
    const feed = collect<{ kind: string; payload: Record<string, unknown>; details: Record<string, unknown> | null }>(
      client, `subscription($c: ID!) { caseEvents(caseId: $c, after: "0") { kind payload details { __typename ${DETAIL_TEXTS} } } }`, { c: closed.id }, 'caseEvents');
    const [{ n }] = await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from case_event where case_id = $1 and kind not in ('pii.viewed', 'audit.viewed')`, [closed.id]);
    const replayed = await feed.until(n);
    feed.stop();
    await client.dispose();
    expect(replayed.map((e) => e.kind)).toContain('CASE_REGISTERED');
    expect(replayed.find((e) => e.kind === 'CASE_DEADLINE_EXTENDED')?.details).toEqual({ __typename: 'DeadlineExtendedDetails', extensionReason: '***' });
    expect(JSON.stringify(feed.items)).not.toMatch(LEFT_OVER);
  });

  it('still prints the decision documents, with a mask where the names were', async () => {
    const paths = { protocol: `/documents/decisions/${closed.decisionId}/protocol.pdf`, answer: `/documents/cases/${closed.id}/answer.pdf` };
    for (const [doc, url] of Object.entries(paths)) {
      const res = await get(url, t.secretary);
      expect(res.status).toBe(200);
      const { text } = await extractPdf(Buffer.from(await res.arrayBuffer()));
      expect(text).not.toMatch(LEFT_OVER);
      if (doc === 'answer') expect(text).toContain('***');
    }
  });

  it('answers a download of an erased file and an upload to an erased case with a clear refusal', async () => {
    const res = await get(`/files/evidence/${closed.evidenceId}`, t.chair);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; messages: Record<string, string> } };
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.messages.en).toMatch(/erased under the retention rule/);
    expect(body.error.messages.ru).toMatch(/удалён по правилу хранения/);
    expect(body.error.messages.kk).toMatch(/сақтау ережесі бойынша/);
    const episode = (await query<{ id: string }>(tp.dbUrl, 'select id from episode where case_id = $1 limit 1', [closed.id]))[0];
    const before = await tp.snapshot();
    const refused = await upload(closed.id, episode.id, 'Айгерім.png');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { messages: { en: string } } }).error.messages.en).toMatch(/erased under the retention rule/);
    expect(await tp.snapshot()).toEqual(before);
  });

  it("counts the admin's period: shortened to 3 years, a case final 4 years ago is erased next", async () => {
    expect(codeOf(await tp.gql('mutation { updatePanelSettings(input: { retentionYears: 3 }) { retentionYears } }', {}, t.admin))).toBeUndefined();
    await runRetention();
    const [row] = await query(tp.dbUrl, 'select child_name, identity_erased_at from "case" where id = $1', [recent.id]);
    expect(row.child_name).toBe('***');
    const [event] = await query(tp.dbUrl, `select payload from case_event where case_id = $1 and kind = 'case.identity_erased'`, [recent.id]);
    expect(event.payload).toEqual({ retentionYears: 3, evidenceFiles: 1 });
    expect(await query(tp.dbUrl, 'select 1 from "case" where id = any($1) and identity_erased_at is not null', [[open.id, returned.id]])).toHaveLength(0);
  });
});
