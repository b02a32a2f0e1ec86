import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ACCEPT, activeAccount, APPROVE, createAccount, DEACTIVATE, INVITE, UPDATE_MEMBER } from './accounts.fixtures.js';

// The invitation link is the only way a password is ever set: one-time, expiring, stored as a hash.

let tp: TestPlatform;
const t: Record<string, string> = {};
let agencyId: string;
let serial = 0;
const email = (what: string) => `${what}-${(serial += 1)}@invitations.test`;
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const ME = '{ me { id email status } }';
const DEAD = 'This invitation link cannot be used. Ask the person who sent it for a new one.';

beforeAll(async () => {
  tp = await startTestPlatform();
  for (const who of ['admin', 'chair', 'deputy']) t[who] = await tp.login(`${who}@demo.kz`);
  agencyId = (await tp.gql('{ agencies { id } }', {}, t.admin)).data!.agencies[0].id;
});
afterAll(() => tp.close());

const tokens = () => ({ admin: t.admin, chair: t.chair });

/** An approved advisor and its fresh link, issued by the chair. */
async function invited(who = email('invited')) {
  const id = await createAccount(tp, tokens(), { email: who, role: 'ADVISOR', agencyId });
  await tp.gql(APPROVE, { id }, t.chair);
  const issued = (await tp.gql(INVITE, { id }, t.chair)).data!.issueInvitation;
  return { id, email: who, token: issued.token as string, path: issued.path as string, expiresAt: issued.expiresAt as string };
}

async function refused(code: string, doc: string, vars: Record<string, unknown>, token?: string) {
  const before = await tp.snapshot();
  const r = await tp.gql(doc, vars, token);
  expect(codeOf(r), JSON.stringify(r.errors)).toBe(code);
  expect(await tp.snapshot()).toEqual(before);
  return r;
}

describe('an invitation link', () => {
  it('is shown once, expires after INVITATION_TTL_HOURS (72 by default), and is kept only as its SHA-256', async () => {
    const before = Date.now();
    const inv = await invited();
    expect(inv.path).toBe(`/invitation#${inv.token}`);
    expect(Date.parse(inv.expiresAt) - before).toBeGreaterThan(72 * 3_600_000 - 60_000);
    expect(Date.parse(inv.expiresAt) - before).toBeLessThan(72 * 3_600_000 + 60_000);
    const [row] = await query<{ invitation_token_hash: string }>(tp.dbUrl, 'select invitation_token_hash from member where id = $1', [inv.id]);
    expect(row.invitation_token_hash).toBe(createHash('sha256').update(inv.token).digest('hex'));
    // The token is nowhere in the database: not in a row, not in the log.
    const dump = await query<{ hit: boolean }>(tp.dbUrl, `select exists(select 1 from member m where m::text like '%' || $1 || '%') or exists(select 1 from case_event e where e::text like '%' || $1 || '%') as hit`, [inv.token]);
    expect(dump[0].hit).toBe(false);
  });

  it('sets the person\'s own password, signs them in, and works once only', async () => {
    const inv = await invited();
    const accepted = await tp.gql(ACCEPT, { t: inv.token, p: 'my-very-own-password' });
    expect(accepted.data!.acceptInvitation.member).toMatchObject({ email: inv.email, status: 'ACTIVE' });
    expect((await tp.gql(ME, {}, accepted.data!.acceptInvitation.token)).data!.me).toMatchObject({ email: inv.email, status: 'ACTIVE' });
    expect(codeOf(await tp.gql(LOGIN, { e: inv.email, p: 'my-very-own-password' }))).toBeUndefined();
    const again = await refused('BAD_USER_INPUT', ACCEPT, { t: inv.token, p: 'someone-elses-password' });
    expect(again.errors![0].message).toBe(DEAD);
    expect(codeOf(await tp.gql(LOGIN, { e: inv.email, p: 'someone-elses-password' }))).toBe('UNAUTHENTICATED');
    // The password is stored as an argon2 hash.
    const [row] = await query<{ password_hash: string }>(tp.dbUrl, 'select password_hash from member where id = $1', [inv.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('gives one and the same answer for a wrong, a malformed, an expired, a used and a replaced link, changing nothing', async () => {
    const used = await invited();
    await tp.gql(ACCEPT, { t: used.token, p: 'first-and-only-one' });
    const expired = await invited();
    await query(tp.dbUrl, `update member set invitation_expires_at = now() - interval '1 second' where id = $1`, [expired.id]);
    const replaced = await invited();
    await tp.gql(INVITE, { id: replaced.id }, t.deputy);
    const links = {
      wrong: randomBytes(32).toString('base64url'),
      malformed: 'not-a-token',
      expired: expired.token,
      used: used.token,
      replaced: replaced.token,
    };
    const answers = new Set<string>();
    for (const link of Object.values(links)) {
      const r = await refused('BAD_USER_INPUT', ACCEPT, { t: link, p: 'a-good-long-password' });
      answers.add(JSON.stringify(r.errors![0].extensions?.messages));
    }
    expect(answers.size).toBe(1);
    expect(await query(tp.dbUrl, 'select status from member where id = any($1::uuid[])', [[expired.id, replaced.id]])).toEqual([{ status: 'INVITED' }, { status: 'INVITED' }]);
  });

  it('checks the password before the link, and a refused password leaves the link usable', async () => {
    const inv = await invited();
    for (const p of ['short', 'x'.repeat(257)]) {
      const r = await refused('BAD_USER_INPUT', ACCEPT, { t: inv.token, p });
      expect(r.errors![0].message).toMatch(/password must be at/);
    }
    // The same answer about the password whatever the link: it says nothing about the link.
    const wrong = await refused('BAD_USER_INPUT', ACCEPT, { t: randomBytes(32).toString('base64url'), p: 'short' });
    expect(wrong.errors![0].message).toMatch(/password must be at least 12/);
    expect(codeOf(await tp.gql(ACCEPT, { t: inv.token, p: 'twelve-chars' }))).toBeUndefined();
  });

  it('accepted by two people at once activates the account once: the other gets the dead-link answer', async () => {
    const inv = await invited();
    const results = await Promise.all(['first-person-password', 'second-person-password', 'third-person-password'].map((p) => tp.gql(ACCEPT, { t: inv.token, p })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].message === DEAD).length).toBe(2);
    const kinds = await query<{ kind: string }>(tp.dbUrl, `select kind from case_event where case_id is null and payload->>'memberId' = $1 order by seq`, [inv.id]);
    expect(kinds.filter((k) => k.kind === 'member.invitation_accepted')).toHaveLength(1);
  });

  it('dies with a deactivation', async () => {
    const inv = await invited();
    await tp.gql(DEACTIVATE, { id: inv.id }, t.admin);
    expect((await refused('BAD_USER_INPUT', ACCEPT, { t: inv.token, p: 'too-late-password' })).errors![0].message).toBe(DEAD);
    await refused('INVALID_TRANSITION', INVITE, { id: inv.id }, t.chair);
  });

  it('dies when the admin moves the account into another case-reading role (approval again)', async () => {
    const inv = await invited();
    await tp.gql(UPDATE_MEMBER, { id: inv.id, i: { role: 'MEMBER' } }, t.admin);
    await refused('BAD_USER_INPUT', ACCEPT, { t: inv.token, p: 'too-late-password' });
  });

  it('is never issued for an account waiting for approval', async () => {
    const id = await createAccount(tp, tokens(), { email: email('pending'), role: 'MEMBER', agencyId });
    await refused('INVALID_TRANSITION', INVITE, { id }, t.chair);
  });
});

describe('resetting access', () => {
  it('by the admin, of an analyst: the password is cleared, sessions end, and only the new link sets one', async () => {
    const who = email('reset');
    const { id } = await activeAccount(tp, tokens(), { email: who, role: 'ANALYST', agencyId, password: 'forgotten-password' });
    const session = await tp.login(who, 'forgotten-password');
    const link = (await tp.gql(INVITE, { id }, t.admin)).data!.issueInvitation;
    expect(link.member).toMatchObject({ status: 'INVITED', active: false });
    expect(codeOf(await tp.gql(ME, {}, session))).toBe('UNAUTHENTICATED');
    expect(codeOf(await tp.gql(LOGIN, { e: who, p: 'forgotten-password' }))).toBe('UNAUTHENTICATED');
    await tp.gql(ACCEPT, { t: link.token, p: 'remembered-password' });
    expect(codeOf(await tp.gql(LOGIN, { e: who, p: 'remembered-password' }))).toBeUndefined();
  });

  it('of a case reader is the chair\'s or deputy\'s, never the admin\'s', async () => {
    const who = email('reader');
    const { id } = await activeAccount(tp, tokens(), { email: who, role: 'MEMBER', agencyId, password: 'members-own-password' });
    await refused('FORBIDDEN', INVITE, { id }, t.admin);
    expect(codeOf(await tp.gql(LOGIN, { e: who, p: 'members-own-password' }))).toBeUndefined();
    expect((await tp.gql(INVITE, { id }, t.deputy)).data!.issueInvitation.member.status).toBe('INVITED');
    expect(codeOf(await tp.gql(LOGIN, { e: who, p: 'members-own-password' }))).toBe('UNAUTHENTICATED');
  });
});

describe('accepting invitations is limited like signing in', () => {
  let limited: TestPlatform;
  beforeAll(async () => {
    limited = await startTestPlatform({ env: { LIMIT_LOGIN_PER_IP: '3/1h' } });
  });
  afterAll(() => limited?.close());

  it('answers RATE_LIMITED once the address has spent its sign-in budget, and changes nothing', async () => {
    const guess = () => limited.gql(ACCEPT, { t: randomBytes(32).toString('base64url'), p: 'guessing-password' });
    for (let i = 0; i < 3; i += 1) expect(codeOf(await guess())).toBe('BAD_USER_INPUT');
    const before = await limited.snapshot();
    const r = await guess();
    expect(codeOf(r)).toBe('RATE_LIMITED');
    expect(r.errors![0].extensions?.retryAfter).toBeGreaterThan(0);
    // The budget is the address's sign-in budget: login is refused as well.
    expect(codeOf(await limited.gql(LOGIN, { e: 'chair@demo.kz', p: 'panel-demo' }))).toBe('RATE_LIMITED');
    expect(await limited.snapshot()).toEqual(before);
  });
});
