// Issue 17, item 4: bad input answers BAD_USER_INPUT with `extensions.fields` (path → code and kk/ru/en
// message), changes nothing, and carries no stack trace or SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationInput, REGISTER } from '../test-support/factories.js';
import type { GqlResult } from '../test-support/graphql-http.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../test-support/platform.js';

let tp: TestPlatform;
let secretary: string;
let caseId: string;

beforeAll(async () => {
  tp = await startTestPlatform();
  secretary = await tp.login('secretary@demo.kz');
  caseId = (await tp.gql(REGISTER, { input: applicationInput() }, secretary)).data!.registerApplication.id;
});
afterAll(() => tp.close());

interface FieldAnswer { code: string; message: { kk: string; ru: string; en: string } }
const fieldsOf = (r: GqlResult<unknown>) => (r.errors?.[0]?.extensions?.fields ?? {}) as Record<string, FieldAnswer>;
const ADD_COMMENT = 'mutation($caseId: ID!, $body: String!) { addComment(caseId: $caseId, body: $body) { id } }';
const EXTEND = 'mutation($caseId: ID!, $reason: String!) { extendDeadline(caseId: $caseId, reason: $reason) { id } }';
const SETTINGS = 'mutation($input: PanelSettingsInput!) { updatePanelSettings(input: $input) { roundHours } }';

describe('field-level validation errors over GraphQL', () => {
  it.each([
    ['an E-otinish number of the wrong form', 'applicationNumber', 'FORMAT', () => tp.gql(REGISTER, { input: applicationInput({ eotinishNumber: '--bad' }) }, secretary)],
    ['an applicant name past its length (class-validator)', 'applicant.name', 'TOO_LONG', () => tp.gql(REGISTER, { input: applicationInput({ applicant: { name: 'А'.repeat(201), relation: 'PARENT', contact: '+7 701 555 0101', language: 'KK' } }) }, secretary)],
    ['an episode link that is not http(s) (a rule of the service)', 'resources.0.url', 'INVALID', () => tp.gql(REGISTER, { input: applicationInput({ resources: [{ url: 'ftp://x', description: null }] }) }, secretary)],
    ['an empty comment (a plain argument)', 'body', 'REQUIRED', () => tp.login('member1@demo.kz').then((t) => tp.gql(ADD_COMMENT, { caseId, body: '   ' }, t))],
    ['a control character in a comment (the text guard)', 'body', 'NOT_ALLOWED_CHARACTER', () => tp.login('member1@demo.kz').then((t) => tp.gql(ADD_COMMENT, { caseId, body: 'a\u0000b' }, t))],
    ['an extension without a reason', 'reason', 'REQUIRED', () => tp.login('chair@demo.kz').then((t) => tp.gql(EXTEND, { caseId, reason: ' ' }, t))],
    ['a quorum numerator above its bound (class-validator Max)', 'quorumNumerator', 'OUT_OF_RANGE', () => tp.login('admin@demo.kz').then((t) => tp.gql(SETTINGS, { input: { quorumNumerator: 101 } }, t))],
  ])('%s → fields[%s] %s', async (_what, path, code, send) => {
    const before = await tp.snapshot();
    const r = await send();
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    const fields = fieldsOf(r);
    expect(fields[path], JSON.stringify(r.errors)).toMatchObject({ code });
    const { message } = fields[path];
    expect(message.ru.length).toBeGreaterThan(0);
    expect(message.kk.length).toBeGreaterThan(0);
    // No English inside the Russian and Kazakh texts (identifiers such as applicationNumber are English too).
    const own = (text: string) => text.replace(/E-otinish|https?:\/\//g, '');
    expect(own(message.ru)).not.toMatch(/[A-Za-z]{3,}/);
    expect(own(message.kk)).not.toMatch(/[A-Za-z]{3,}/);
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/\bat [\w./]+:\d+|stacktrace|select |insert |update /i);
    expect(await tp.snapshot()).toEqual(before);
  }, 30_000);
});
