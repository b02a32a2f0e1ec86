import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { demoTokens } from '../../test-support/scenarios.js';
import { caseInReview } from '../../test-support/scenarios.js';
import { ACCEPT, activeAccount, APPROVE, CREATE_MEMBER, createAccount, DEACTIVATE, INVITE, REJECT, UPDATE_MEMBER } from './accounts.fixtures.js';

// Accounts that can read case files are approved by the chair or deputy; the person sets their own
// password through an invitation. Every refused call below also leaves the database as it was.

let tp: TestPlatform;
let t: Record<string, string>;
let agencyId: string;
let otherAgencyId: string;
let serial = 0;
const email = (what: string) => `${what}-${(serial += 1)}@accounts.test`;
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const ME = '{ me { id email } }';
const CHILD = 'query($id: ID!) { case(id: $id) { child { name } } }';
const OPEN = 'mutation($c: ID!) { openVoting(caseId: $c) { id tally { eligible } } }';
const WRONG = 'The email or password is not correct.';

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
  const agencies = (await tp.gql('{ agencies { id } }', {}, t.admin)).data!.agencies as { id: string }[];
  [agencyId, otherAgencyId] = [agencies[0].id, agencies[1].id];
});
afterAll(() => tp.close());

const tokens = () => ({ admin: t.admin, chair: t.chair });
const create = (role: string, who = email(role.toLowerCase())) => createAccount(tp, tokens(), { email: who, role, agencyId });
const statusOf = async (id: string) => (await query<{ status: string; active: boolean }>(tp.dbUrl, 'select status, active from member where id = $1', [id]))[0];

/** Runs a call that must be refused with `code`, and checks that nothing in the database changed. */
async function refused(code: string, doc: string, vars: Record<string, unknown>, token?: string) {
  const before = await tp.snapshot();
  const r = await tp.gql(doc, vars, token);
  expect(codeOf(r), JSON.stringify(r.errors)).toBe(code);
  expect(await tp.snapshot()).toEqual(before);
  return r;
}

describe('the admin can no longer grant himself access (the reported attack)', () => {
  it('refuses a password chosen by the admin, for a member or a second chair, and changes nothing', async () => {
    for (const role of ['MEMBER', 'CHAIR']) {
      await refused('BAD_USER_INPUT', CREATE_MEMBER, { i: { name: 'Свой человек', email: email('own'), password: 'admin-knows-this', role, agencyId } }, t.admin);
    }
  });

  it('makes a member that cannot sign in, read anything, or count for the quorum until the chair approves and the person sets a password', async () => {
    const who = email('attack');
    const id = await create('MEMBER', who);
    expect(await statusOf(id)).toEqual({ status: 'PENDING_APPROVAL', active: false });
    // No password exists to guess, and none the admin could have set.
    const [row] = await query<{ password_hash: string | null }>(tp.dbUrl, 'select password_hash from member where id = $1', [id]);
    expect(row.password_hash).toBeNull();
    for (const p of ['', 'admin-knows-this', 'panel-demo']) expect((await tp.gql(LOGIN, { e: who, p })).errors?.[0].message).toBe(WRONG);
    // The admin cannot approve it, nor issue the link that would set its password, before or after approval.
    await refused('FORBIDDEN', APPROVE, { id }, t.admin);
    await refused('FORBIDDEN', INVITE, { id }, t.admin);
    // The quorum of a round opened now counts the seven demo voters only.
    const kase = await caseInReview(tp, t);
    expect((await tp.gql(OPEN, { c: kase.id }, t.chair)).data!.openVoting.tally.eligible).toBe(7);
    await tp.gql(APPROVE, { id }, t.chair);
    expect(await statusOf(id)).toEqual({ status: 'INVITED', active: false });
    await refused('FORBIDDEN', INVITE, { id }, t.admin);
    expect((await tp.gql(LOGIN, { e: who, p: 'admin-knows-this' })).errors?.[0].message).toBe(WRONG);
  });

  it('lets the admin neither read a case file nor the invitation of a case reader, whatever he does to an analyst', async () => {
    // The admin makes an analyst (no approval: no case files), invites it and accepts the link himself…
    const who = email('analyst');
    const { id } = await activeAccount(tp, tokens(), { email: who, role: 'ANALYST', agencyId, password: 'admin-knows-this' });
    const analyst = await tp.login(who, 'admin-knows-this');
    const kase = await caseInReview(tp, t);
    await refused('FORBIDDEN', CHILD, { id: kase.id }, analyst);
    // …then promotes it to member: the account goes back for approval, the password he knows is gone,
    // and the session he holds ends at once.
    expect((await tp.gql(UPDATE_MEMBER, { id, i: { role: 'MEMBER' } }, t.admin)).data!.updateMember).toMatchObject({ role: 'MEMBER', status: 'PENDING_APPROVAL', active: false });
    expect(codeOf(await tp.gql(ME, {}, analyst))).toBe('UNAUTHENTICATED');
    expect((await tp.gql(LOGIN, { e: who, p: 'admin-knows-this' })).errors?.[0].message).toBe(WRONG);
    const [row] = await query<{ password_hash: string | null }>(tp.dbUrl, 'select password_hash from member where id = $1', [id]);
    expect(row.password_hash).toBeNull();
    await refused('FORBIDDEN', INVITE, { id }, t.admin);
  });

  it('never shows a password or its hash', async () => {
    await refused('BAD_USER_INPUT', '{ members(includeInactive: true) { passwordHash } }', {}, t.admin);
    await refused('BAD_USER_INPUT', '{ me { invitationTokenHash } }', {}, t.admin);
  });
});

describe('approval', () => {
  it.each([['secretary'], ['member1'], ['advisor'], ['analyst'], ['admin']])('is refused to %s (FORBIDDEN), changing nothing', async (who) => {
    const id = await create('ADVISOR');
    await refused('FORBIDDEN', APPROVE, { id }, t[who]);
    await refused('FORBIDDEN', REJECT, { id, r: 'Нет оснований' }, t[who]);
  });

  it.each([['chair'], ['deputy']])('is given by the %s: the account waits for its invitation', async (who) => {
    const id = await create('SECRETARY');
    expect((await tp.gql(APPROVE, { id }, t[who])).data!.approveMember).toEqual({ id, status: 'INVITED', active: false });
    await refused('INVALID_TRANSITION', APPROVE, { id }, t[who]);
  });

  it('is never of one\'s own account', async () => {
    const deputy = (await tp.gql<{ me: { id: string } }>(ME, {}, t.deputy)).data!.me.id;
    await refused('FORBIDDEN', APPROVE, { id: deputy }, t.deputy);
    await refused('FORBIDDEN', INVITE, { id: deputy }, t.deputy);
  });

  it('needs nobody for analysts and admins, who wait for their invitation at once', async () => {
    for (const role of ['ANALYST', 'ADMIN']) expect(await statusOf(await create(role))).toEqual({ status: 'INVITED', active: false });
  });

  it('of a second chair is refused while the chair holds the seat (CONFLICT), changing nothing', async () => {
    const id = await create('CHAIR');
    await refused('CONFLICT', APPROVE, { id }, t.deputy);
    expect(await statusOf(id)).toEqual({ status: 'PENDING_APPROVAL', active: false });
  });

  it('a rejection needs a reason, is final, and the account never signs in', async () => {
    const who = email('rejected');
    const id = await create('MEMBER', who);
    await refused('BAD_USER_INPUT', REJECT, { id, r: '   ' }, t.chair);
    expect((await tp.gql(REJECT, { id, r: 'Ведомство не направляло' }, t.chair)).data!.rejectMember).toEqual({ id, status: 'REJECTED', active: false });
    await refused('INVALID_TRANSITION', APPROVE, { id }, t.deputy);
    await refused('INVALID_TRANSITION', INVITE, { id }, t.chair);
    await refused('INVALID_TRANSITION', UPDATE_MEMBER, { id, i: { role: 'ANALYST' } }, t.admin);
    expect((await tp.gql(LOGIN, { e: who, p: 'anything-at-all' })).errors?.[0].message).toBe(WRONG);
  });
});

describe('sign-in', () => {
  it('refuses every account that is not ACTIVE with the message of a wrong password, even with the right one', async () => {
    const who = email('lapsed');
    const { id } = await activeAccount(tp, tokens(), { email: who, role: 'ADVISOR', agencyId, password: 'my-own-password' });
    expect(codeOf(await tp.gql(LOGIN, { e: who, p: 'my-own-password' }))).toBeUndefined();
    await tp.gql(DEACTIVATE, { id }, t.admin);
    const r = await tp.gql(LOGIN, { e: who, p: 'my-own-password' });
    expect([codeOf(r), r.errors?.[0].message]).toEqual(['UNAUTHENTICATED', WRONG]);
  });
});

describe('role and agency changes', () => {
  it('move the agency without touching access; a move out of case files keeps the account active', async () => {
    const who = email('mover');
    const { id } = await activeAccount(tp, tokens(), { email: who, role: 'MEMBER', agencyId, password: 'mover-password' });
    const session = await tp.login(who, 'mover-password');
    expect((await tp.gql(UPDATE_MEMBER, { id, i: { agencyId: otherAgencyId } }, t.admin)).data!.updateMember).toMatchObject({ status: 'ACTIVE', agency: { id: otherAgencyId } });
    expect((await tp.gql(UPDATE_MEMBER, { id, i: { role: 'ANALYST' } }, t.admin)).data!.updateMember).toMatchObject({ role: 'ANALYST', status: 'ACTIVE' });
    expect(codeOf(await tp.gql(ME, {}, session))).toBeUndefined();
    expect(codeOf(await tp.gql(CHILD, { id: (await caseInReview(tp, t)).id }, session))).toBe('FORBIDDEN');
  });

  it.each([
    ['no change at all', { i: {} }, 'admin', 'BAD_USER_INPUT'],
    ['an unknown agency', { i: { agencyId: '00000000-0000-4000-8000-000000000000' } }, 'admin', 'NOT_FOUND'],
    ['by the chair', { i: { role: 'ANALYST' } }, 'chair', 'FORBIDDEN'],
  ])('refuses %s, changing nothing', async (_what, vars, who, code) => {
    const id = await create('ADVISOR');
    await refused(code, UPDATE_MEMBER, { id, ...vars }, t[who]);
  });

  it('refuses the admin changing his own role', async () => {
    const admin = (await tp.gql<{ me: { id: string } }>(ME, {}, t.admin)).data!.me.id;
    await refused('FORBIDDEN', UPDATE_MEMBER, { id: admin, i: { role: 'MEMBER' } }, t.admin);
    await refused('FORBIDDEN', DEACTIVATE, { id: admin }, t.admin);
  });
});

describe('handing over the chair', () => {
  // Last in the file: the demo chair leaves.
  it('approves the incoming chair once the outgoing one is deactivated, and only then', async () => {
    const incoming = await create('CHAIR');
    await refused('CONFLICT', APPROVE, { id: incoming }, t.deputy);
    const outgoing = (await tp.gql<{ me: { id: string } }>(ME, {}, t.chair)).data!.me.id;
    await tp.gql(DEACTIVATE, { id: outgoing }, t.admin);
    expect((await tp.gql(APPROVE, { id: incoming }, t.deputy)).data!.approveMember.status).toBe('INVITED');
    // A third one now finds the seat taken by the approved incoming chair, before any password is set.
    await refused('CONFLICT', APPROVE, { id: await create('CHAIR') }, t.deputy);
    const link = (await tp.gql(INVITE, { id: incoming }, t.deputy)).data!.issueInvitation.token;
    expect((await tp.gql(ACCEPT, { t: link, p: 'the-new-chair-password' })).data!.acceptInvitation.member).toMatchObject({ role: 'CHAIR', status: 'ACTIVE' });
  });
});
