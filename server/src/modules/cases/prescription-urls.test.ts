import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ALL_MET, caseInReview, demoTokens } from '../../test-support/scenarios.js';

let tp: TestPlatform;
let t: Record<string, string>;

const VIDEO = 'https://www.tiktok.com/@x/video/1';
const CHAT = 'https://t.me/class_chat/7';
const ROOT = 'https://www.tiktok.com/@x';
const URLS = 'query($id: ID!) { case(id: $id) { prescriptionUrls { url accountRoot included chosen platform { code } } } }';
const SET = 'mutation($c: ID!, $u: String!, $i: Boolean!) { setPrescriptionUrl(caseId: $c, url: $u, included: $i) { url accountRoot included chosen platform { code } } }';

const urlsOf = async (caseId: string) => (await tp.gql(URLS, { id: caseId }, t.member1)).data!.case.prescriptionUrls as { url: string; included: boolean; chosen: boolean; accountRoot: boolean }[];
const set = (caseId: string, url: string, included: boolean, who = 'secretary') => tp.gql(SET, { c: caseId, u: url, i: included }, t[who]);

/** Opens a round on the case and confirms it: the decision drafts the prescriptions. */
async function confirm(caseId: string) {
  const round = (await tp.gql('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: caseId }, t.chair)).data!.openVoting;
  for (const who of ['chair', 'deputy', 'member1', 'member2', 'member3']) {
    await tp.gql('mutation($r: ID!, $f: [FindingInput!]) { castVote(roundId: $r, choice: CONFIRMED, findings: $f, reasoning: "Эпизоды систематические") { id } }', { r: round.id, f: ALL_MET }, t[who]);
  }
  await tp.gql('mutation($r: ID!) { closeVoting(roundId: $r) { id } }', { r: round.id }, t.chair);
  return (await tp.gql('query($id: ID!) { case(id: $id) { status prescriptions { urls platform { code } } } }', { id: caseId }, t.secretary)).data!.case as { status: string; prescriptions: { urls: string[]; platform: { code: string } | null }[] };
}

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
});
afterAll(() => tp.close());

describe('the URLs of the prescription', () => {
  it('include content by default and leave an account root out', async () => {
    const c = await caseInReview(tp, t);
    expect(await urlsOf(c.id)).toEqual([
      { url: VIDEO, accountRoot: false, included: true, chosen: false, platform: { code: 'tiktok' } },
      { url: CHAT, accountRoot: false, included: true, chosen: false, platform: { code: 'telegram' } },
      { url: ROOT, accountRoot: true, included: false, chosen: false, platform: { code: 'tiktok' } },
    ]);
  });

  it.each(['chair', 'deputy', 'secretary'])('are chosen by the %s, with a typed event in the case log', async (who) => {
    const c = await caseInReview(tp, t);
    const r = await set(c.id, ROOT, true, who);
    expect(r.errors).toBeUndefined();
    expect(r.data!.setPrescriptionUrl).toEqual({ url: ROOT, accountRoot: true, included: true, chosen: true, platform: { code: 'tiktok' } });
    expect((await urlsOf(c.id)).find((u) => u.url === ROOT)).toMatchObject({ included: true, chosen: true });
    const [event] = await query<{ kind: string; payload: unknown }>(tp.dbUrl, `select kind, payload from case_event where case_id = $1 order by seq desc limit 1`, [c.id]);
    expect(event).toEqual({ kind: 'case.prescription_url_set', payload: { url: ROOT, included: true, accountRoot: true } });
  });

  it('reach the room live: the event is in the case\'s feed', async () => {
    const c = await caseInReview(tp, t);
    await set(c.id, CHAT, false);
    const events = (await tp.gql('query($id: ID!) { case(id: $id) { events { kind } } }', { id: c.id }, t.member1)).data!.case.events as { kind: string }[];
    expect(events.map((e) => e.kind)).toContain('CASE_PRESCRIPTION_URL_SET');
  });

  it.each(['member1', 'advisor', 'analyst', 'admin'])('are refused to the %s; nothing changes', async (who) => {
    const c = await caseInReview(tp, t);
    const before = await tp.snapshot();
    expect(codeOf(await set(c.id, ROOT, true, who))).toBe('FORBIDDEN');
    expect(await tp.snapshot()).toEqual(before);
  });

  it('are refused to a deputy chair who recused from the case; nothing changes', async () => {
    const c = await caseInReview(tp, t);
    const recusal = await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Родственник заявителя") { id } }', { c: c.id }, t.deputy);
    expect(recusal.errors).toBeUndefined();
    const before = await tp.snapshot();
    expect(codeOf(await set(c.id, ROOT, true, 'deputy'))).toBe('FORBIDDEN');
    expect(await tp.snapshot()).toEqual(before);
  });

  it('refuse a URL that is not the case\'s; nothing changes', async () => {
    const c = await caseInReview(tp, t);
    const before = await tp.snapshot();
    const r = await set(c.id, 'https://www.tiktok.com/@someone_else', true);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.messages).toMatchObject({ ru: 'Этого адреса нет среди адресов дела.' });
    expect(await tp.snapshot()).toEqual(before);
  });

  it('are what the decision drafts: only chosen URLs, grouped by platform; a platform with none gets no prescription', async () => {
    const c = await caseInReview(tp, t);
    await set(c.id, ROOT, true);
    await set(c.id, CHAT, false);
    const decided = await confirm(c.id);
    expect(decided.prescriptions).toEqual([{ urls: [VIDEO, ROOT], platform: { code: 'tiktok' } }]);
  });

  it('leave the account root out of the drafted prescription by default', async () => {
    const c = await caseInReview(tp, t);
    const decided = await confirm(c.id);
    expect(decided.prescriptions).toEqual([
      { urls: [VIDEO], platform: { code: 'tiktok' } },
      { urls: [CHAT], platform: { code: 'telegram' } },
    ]);
  });

  it('can no longer be changed once the case is decided; nothing changes', async () => {
    const c = await caseInReview(tp, t);
    await confirm(c.id);
    const before = await tp.snapshot();
    const r = await set(c.id, ROOT, true, 'chair');
    expect(codeOf(r)).toBe('INVALID_TRANSITION');
    expect(r.errors![0].extensions!.messages).toMatchObject({ en: 'The URLs of the prescription are chosen only until the case is decided.' });
    expect(await tp.snapshot()).toEqual(before);
  });

  it('are shown by the demo: one prescribed case leaves its fake profile (an account root) out, another keeps it in', async () => {
    const rows = await query<{ root: string; urls: string[] }>(tp.dbUrl, `select e.url as root, p.urls from episode e join prescription p on p.case_id = e.case_id
      where e.content_kind = 'PROFILE' and e.url like 'https://vk.com/demo_fake_profile%' order by e.url`);
    expect(rows.map((r) => r.urls.includes(r.root)).sort()).toEqual([false, true]);
    for (const r of rows) expect(r.urls.some((u) => u.includes('/wall-'))).toBe(true); // the post on its wall is in both
  });
});
