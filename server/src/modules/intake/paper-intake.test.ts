// Issue 16, points 1 and 7: paper applications, episodes through a channel without a URL, and the
// screening checklist that must be overridden with a recorded reason at intake and at acceptForReview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import type { GqlResult } from '../../test-support/graphql-http.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';

let tp: TestPlatform;
let secretary: string;

beforeAll(async () => {
  tp = await startTestPlatform();
  secretary = await tp.login('secretary@demo.kz');
});
afterAll(() => tp.close());

const CASE = `query($id: ID!) { case(id: $id) {
  applicationKind applicationNumber eotinishNumber checklistOverrideReason reviewOverrideReason
  checklist { met failing } episodes { channel url evidenceDescription platform { code } }
} }`;
const day = 86_400_000;
let serial = 0;
/** A fresh incoming registration number, e.g. 01-12/4821-3. */
const incoming = () => `01-12/${process.pid % 10_000}-${Date.now() % 100_000}-${(serial += 1)}`;
const paper = (number = incoming(), over: Record<string, unknown> = {}) => {
  const { eotinishNumber: _drop, ...input } = applicationInput(over);
  return { ...input, applicationKind: 'PAPER', applicationNumber: number };
};
const details = (r: GqlResult) => r.errors?.[0]?.extensions?.details as { reason?: string; failing?: string[]; fields?: Record<string, string> } | undefined;
const register = (input: Record<string, unknown>) => tp.gql(REGISTER, { input }, secretary);
const caseOf = async (id: string) => (await tp.gql(CASE, { id }, secretary)).data!.case;
const sms = (occurredAt: Date, evidenceDescription: string | null = 'Скриншот SMS с номера +7 705 000 00 00') =>
  ({ occurredAt: occurredAt.toISOString(), channel: 'SMS', url: null, evidenceDescription, contentKind: 'MESSAGE', excerpt: null });
const web = (occurredAt: Date, url = 'https://www.tiktok.com/@x/video/9') => ({ occurredAt: occurredAt.toISOString(), url, contentKind: 'VIDEO', excerpt: null });

async function expectRefused(input: Record<string, unknown>, pattern: RegExp) {
  const before = await tp.snapshot();
  const r = await register(input);
  expect(codeOf(r)).toBe('BAD_USER_INPUT');
  expect(r.errors![0].message).toMatch(pattern);
  expect(await tp.snapshot()).toEqual(before);
  return r;
}

describe('registerApplication on paper', () => {
  it('registers a paper application by its incoming number: the case shows the kind and number, no E-otinish number', async () => {
    const number = incoming();
    const r = await register(paper(number));
    expect(r.errors).toBeUndefined();
    const c = await caseOf(r.data!.registerApplication.id);
    expect(c).toMatchObject({ applicationKind: 'PAPER', applicationNumber: number, eotinishNumber: null, checklistOverrideReason: null });
    const [event] = await query<{ payload: Record<string, unknown> }>(tp.dbUrl, `select payload from case_event where case_id = $1 and kind = 'case.registered'`, [r.data!.registerApplication.id]);
    expect(event.payload).toMatchObject({ applicationKind: 'PAPER', episodes: 2 });
    expect(JSON.stringify(event.payload)).not.toContain(number);
  });

  it('is idempotent on the incoming number, however spaced or dashed, and changes nothing on a replay', async () => {
    const number = `ВХ-${Date.now() % 1_000_000}/12`;
    const first = await register(paper(number));
    const id = first.data!.registerApplication.id;
    const before = await tp.snapshot();
    for (const again of [number, number.toLowerCase(), number.replace('-', ' - '), number.replace('-', '–'), number.replace('ВХ', 'BX')]) {
      const r = await register(paper(again, { description: 'другой текст' }));
      expect(r.errors, again).toBeUndefined();
      expect(r.data!.registerApplication.id, again).toBe(id);
    }
    expect(await tp.snapshot()).toEqual(before);
    // "/" and "-" are kept apart in incoming numbers: another registration.
    const other = await register(paper(number.replace('/', '-')));
    expect(other.data!.registerApplication.id).not.toBe(id);
  });

  it('keeps kinds apart: the same number on paper and on E-otinish are two applications', async () => {
    const number = `ZT-2026-${Date.now() % 100_000_000}`;
    const onPaper = await register(paper(number));
    const eotinish = await register(applicationInput({ eotinishNumber: number }));
    const viaNewFields = await register({ ...applicationInput({ eotinishNumber: undefined }), applicationKind: 'EOTINISH', applicationNumber: number });
    expect(onPaper.data!.registerApplication.id).not.toBe(eotinish.data!.registerApplication.id);
    expect(viaNewFields.data!.registerApplication.id).toBe(eotinish.data!.registerApplication.id);
    expect(await caseOf(eotinish.data!.registerApplication.id)).toMatchObject({ applicationKind: 'EOTINISH', applicationNumber: number, eotinishNumber: number });
  });

  it.each([
    ['an incoming number with markup', paper('12<3>'), /incoming registration number/],
    ['an incoming number with an underscore', paper('12_345'), /incoming registration number/],
    ['an incoming number of 65 characters', paper('1'.repeat(65)), /incoming registration number/],
    ['an empty incoming number', paper('   '), /incoming registration number/],
    ['a paper application with an E-otinish number', { ...paper(), eotinishNumber: 'ZT-2026-1' }, /paper application has an incoming/],
    ['two different numbers', { ...applicationInput(), applicationNumber: 'ZT-2026-2' }, /Give the number once/],
    ['no number at all', { ...applicationInput({ eotinishNumber: undefined }) }, /E-otinish number/],
  ])('refuses %s (BAD_USER_INPUT) and changes nothing', async (_what, input, pattern) => {
    const r = await expectRefused(input, pattern);
    expect(r.errors![0].extensions!.messages).toMatchObject({ ru: expect.any(String), kk: expect.any(String) });
  });

  it('finds a paper case in the queue by its incoming number', async () => {
    const number = incoming();
    const id = (await register(paper(number))).data!.registerApplication.id;
    const r = await tp.gql('query($s: String!) { cases(first: 5, filter: { search: $s }) { edges { node { id applicationNumber } } } }', { s: number }, secretary);
    expect(r.data!.cases.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([id]);
  });
});

describe('episodes through a channel without a URL', () => {
  it('registers an SMS episode with its evidence description: no URL, no platform, no resource made of it', async () => {
    const now = Date.now();
    const input = applicationInput({ episodes: [web(new Date(now - 5 * day)), sms(new Date(now - 3 * day))], resources: [] });
    const r = await register(input);
    expect(r.errors).toBeUndefined();
    const id = r.data!.registerApplication.id;
    const c = await caseOf(id);
    expect(c.episodes).toEqual([
      { channel: 'URL', url: 'https://www.tiktok.com/@x/video/9', evidenceDescription: null, platform: { code: 'tiktok' } },
      { channel: 'SMS', url: null, evidenceDescription: 'Скриншот SMS с номера +7 705 000 00 00', platform: null },
    ]);
    expect(c.checklist).toEqual({ met: true, failing: [] });
    expect(await query(tp.dbUrl, 'select id from resource where case_id = $1', [id])).toEqual([]);
  });

  it('counts channel episodes toward "two or more times": two SMS make a systematic file', async () => {
    const now = Date.now();
    const r = await register(applicationInput({ episodes: [sms(new Date(now - 5 * day)), { ...sms(new Date(now - 2 * day)), channel: 'CALL' }], resources: [] }));
    expect(r.errors).toBeUndefined();
    expect((await caseOf(r.data!.registerApplication.id)).checklist).toEqual({ met: true, failing: [] });
  });

  const now = Date.now();
  it.each([
    ['an SMS episode without its evidence description', [web(new Date(now - 5 * day)), sms(new Date(now - 3 * day), null)], /describe the evidence/],
    ['an SMS episode with a blank evidence description', [web(new Date(now - 5 * day)), sms(new Date(now - 3 * day), '   ')], /describe the evidence/],
    ['an SMS episode with a URL', [web(new Date(now - 5 * day)), { ...sms(new Date(now - 3 * day)), url: 'https://t.me/x/1' }], /carries no URL/],
    ['a URL episode without a URL', [web(new Date(now - 5 * day)), { ...web(new Date(now - 3 * day)), url: null }], /http/],
  ])('refuses %s and changes nothing', async (_what, episodes, pattern) => {
    await expectRefused(applicationInput({ episodes }), pattern);
  });
});

describe('the screening checklist at intake', () => {
  const adult = { name: 'Дана Серікқызы', birthDate: '1990-01-01', region: 'ASTANA', school: null };
  const oneEpisode = () => [web(new Date(Date.now() - 3 * day))];

  it.each([
    ['an adult', { child: adult }, ['CHILD_UNDER_18', 'SYSTEMATIC'], /not shown to have been under 18/],
    ['one episode', { episodes: oneEpisode() }, ['SYSTEMATIC'], /Fewer than two episodes/],
  ])('refuses a file failing the checklist (%s) without a reason, naming what fails, and changes nothing', async (_what, over, failing, pattern) => {
    const r = await expectRefused(applicationInput(over), pattern);
    expect(details(r)).toMatchObject({ reason: 'CHECKLIST_REASON_REQUIRED', failing });
    const messages = r.errors![0].extensions!.messages as Record<string, string>;
    expect(messages.ru).toMatch(/контрольный перечень/);
    expect(messages.kk).toMatch(/тексеру тізбесінен/);
  });

  it('refuses a blank reason like a missing one', async () => {
    const r = await expectRefused(applicationInput({ episodes: oneEpisode(), checklistOverrideReason: '   ' }), /screening checklist/);
    expect(details(r)?.reason).toBe('CHECKLIST_REASON_REQUIRED');
  });

  it('refuses a reason over 2 000 characters at the edge', async () => {
    await expectRefused(applicationInput({ episodes: oneEpisode(), checklistOverrideReason: 'я'.repeat(2_001) }), /checklistOverrideReason/);
  });

  it('registers a failing file with the reason: kept on the case and in the registered event', async () => {
    const reason = 'Второй эпизод заявитель сообщил по телефону; запрошены материалы.';
    const r = await register(applicationInput({ episodes: oneEpisode(), checklistOverrideReason: `  ${reason} ` }));
    expect(r.errors).toBeUndefined();
    const id = r.data!.registerApplication.id;
    expect(await caseOf(id)).toMatchObject({ checklistOverrideReason: reason, checklist: { met: false, failing: ['SYSTEMATIC'] } });
    const [event] = await query<{ payload: Record<string, unknown> }>(tp.dbUrl, `select payload from case_event where case_id = $1 and kind = 'case.registered'`, [id]);
    expect(event.payload.checklistOverrideReason).toBe(reason);
  });

  it('keeps no reason for a file that passes the checklist', async () => {
    const r = await register(applicationInput({ checklistOverrideReason: 'не нужно' }));
    expect((await caseOf(r.data!.registerApplication.id)).checklistOverrideReason).toBeNull();
  });

  it('answers the same rule before submitting: intakeChecklist names what fails', async () => {
    const q = 'query($i: IntakeChecklistInput!) { intakeChecklist(input: $i) { childUnder18 twoOrMoreEpisodes throughTelecomOrMedia met failing } }';
    const at = (d: number) => new Date(Date.now() - d * day).toISOString();
    const failing = async (input: Record<string, unknown>) => (await tp.gql(q, { i: input }, secretary)).data!.intakeChecklist.failing;
    expect(await failing({ childBirthDate: '2012-04-15', episodes: [{ occurredAt: at(5), url: 'https://t.me/x/1' }, { occurredAt: at(3), channel: 'SMS' }] })).toEqual([]);
    expect(await failing({ childBirthDate: '2012-04-15', episodes: [{ occurredAt: at(5), channel: 'OTHER' }, { occurredAt: at(3), channel: 'SMS' }] })).toEqual(['MEDIA_OR_TELECOM']);
    expect(await failing({ childBirthDate: null, episodes: [] })).toEqual(['CHILD_UNDER_18', 'SYSTEMATIC', 'MEDIA_OR_TELECOM']);
    expect(codeOf(await tp.gql(q, { i: { episodes: [] } }, await tp.login('analyst@demo.kz')))).toBe('FORBIDDEN');
  });
});

describe('acceptForReview over a failing checklist', () => {
  const ACCEPT = 'mutation($c: ID!, $r: String) { acceptForReview(caseId: $c, reason: $r) { id status reviewOverrideReason } }';
  const inScreening = async (over: Record<string, unknown>) => {
    const id = (await register(applicationInput(over))).data!.registerApplication.id as string;
    await tp.gql('mutation($c: ID!) { startScreening(caseId: $c) { id } }', { c: id }, secretary);
    return id;
  };
  const failingFile = () => ({ episodes: [web(new Date(Date.now() - 3 * day))], checklistOverrideReason: 'Материалы будут дополнены.' });

  it('refuses without a reason (CHECKLIST_REASON_REQUIRED) and changes nothing', async () => {
    const id = await inScreening(failingFile());
    for (const reason of [null, '  ']) {
      const before = await tp.snapshot();
      const r = await tp.gql(ACCEPT, { c: id, r: reason }, secretary);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(details(r)).toMatchObject({ reason: 'CHECKLIST_REASON_REQUIRED', failing: ['SYSTEMATIC'] });
      expect(await tp.snapshot()).toEqual(before);
    }
  });

  it('accepts with the reason: kept on the case and in the status event, not as the screening reason', async () => {
    const id = await inScreening(failingFile());
    const r = await tp.gql(ACCEPT, { c: id, r: 'Заявитель подтвердил второй эпизод устно; панель решит.' }, secretary);
    expect(r.errors).toBeUndefined();
    expect(r.data!.acceptForReview).toMatchObject({ status: 'IN_REVIEW', reviewOverrideReason: 'Заявитель подтвердил второй эпизод устно; панель решит.' });
    const [event] = await query<{ payload: Record<string, unknown> }>(tp.dbUrl, `select payload from case_event where case_id = $1 and kind = 'case.status_changed' order by seq desc limit 1`, [id]);
    expect(event.payload).toMatchObject({ from: 'SCREENING', to: 'IN_REVIEW', checklistOverrideReason: 'Заявитель подтвердил второй эпизод устно; панель решит.' });
    expect((await query<{ screening_reason: string | null }>(tp.dbUrl, 'select screening_reason from "case" where id = $1', [id]))[0].screening_reason).toBeNull();
  });

  it('accepts a case meeting the checklist without a reason', async () => {
    const id = await inScreening({});
    const r = await tp.gql(ACCEPT, { c: id, r: null }, secretary);
    expect(r.data!.acceptForReview).toMatchObject({ status: 'IN_REVIEW', reviewOverrideReason: null });
  });
});
