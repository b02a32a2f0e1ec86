import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { demoTokens } from '../../test-support/scenarios.js';
import { ACCEPT, activeAccount, createAccount, DEACTIVATE, INVITE, UPDATE_MEMBER } from './accounts.fixtures.js';

// What the admin does to run the panel (issue 17, point 5): change a member's role and agency,
// resend an invitation or reset access; the platform always keeps an active admin. Every change is
// an account-audit event; every refused call changes nothing.

let tp: TestPlatform;
let t: Record<string, string>;
let agencies: string[];
let serial = 0;
const email = (what: string) => `${what}-${(serial += 1)}@admin-changes.test`;
const ME = '{ me { id role agency { id } } viewerCan { seeCases readStats administerAccounts } }';
const tokens = () => ({ admin: t.admin, chair: t.chair });

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
  agencies = ((await tp.gql('{ agencies { id } }', {}, t.admin)).data!.agencies as { id: string }[]).map((a) => a.id);
});
afterAll(() => tp.close());

async function refused(code: string, doc: string, vars: Record<string, unknown>, token?: string) {
  const before = await tp.snapshot();
  const r = await tp.gql(doc, vars, token);
  expect(codeOf(r), JSON.stringify(r.errors)).toBe(code);
  expect(await tp.snapshot()).toEqual(before);
  return r;
}

const eventsOf = (memberId: string, kind: string) =>
  query<{ actor_id: string; payload: Record<string, unknown> }>(tp.dbUrl, 'select actor_id, payload from case_event where case_id is null and kind = $1 and payload->>\'memberId\' = $2 order by seq', [kind, memberId]);
const idOf = async (token: string) => (await tp.gql<{ me: { id: string } }>('{ me { id } }', {}, token)).data!.me.id;

describe('changing a member\'s role and agency', () => {
  it('moves an active member to analyst in another agency: one member.updated event, and the open session has the new role at once', async () => {
    const who = email('moved');
    const { id } = await activeAccount(tp, tokens(), { email: who, role: 'MEMBER', agencyId: agencies[0], password: 'moved-member-password' });
    const session = await tp.login(who, 'moved-member-password');
    expect((await tp.gql(ME, {}, session)).data).toMatchObject({ me: { role: 'MEMBER' }, viewerCan: { seeCases: true, readStats: false } });

    const r = await tp.gql(UPDATE_MEMBER, { id, i: { role: 'ANALYST', agencyId: agencies[1] } }, t.admin);
    expect(r.data!.updateMember).toEqual({ id, role: 'ANALYST', status: 'ACTIVE', active: true, agency: { id: agencies[1] } });
    expect(await eventsOf(id, 'member.updated')).toEqual([{
      actor_id: await idOf(t.admin),
      payload: { memberId: id, role: 'ANALYST', previousRole: 'MEMBER', from: 'ACTIVE', to: 'ACTIVE', agencyId: agencies[1], previousAgencyId: agencies[0] },
    }]);
    // The same token, no new sign-in: the role is read again on every request.
    expect((await tp.gql(ME, {}, session)).data).toMatchObject({ me: { role: 'ANALYST', agency: { id: agencies[1] } }, viewerCan: { seeCases: false, readStats: true } });
    expect(codeOf(await tp.gql('{ cases(first: 1) { edges { node { id } } } }', {}, session))).toBe('FORBIDDEN');
  });

  it.each([['chair'], ['deputy'], ['secretary'], ['member1'], ['advisor'], ['analyst']])('is refused to the %s (FORBIDDEN), changing nothing', async (who) => {
    const id = await createAccount(tp, tokens(), { email: email(who), role: 'ANALYST', agencyId: agencies[0] });
    await refused('FORBIDDEN', UPDATE_MEMBER, { id, i: { role: 'ADMIN', agencyId: agencies[1] } }, t[who]);
  });

  it.each([
    ['no change', { i: {} }, 'BAD_USER_INPUT'],
    ['an unknown role', { i: { role: 'SUPERUSER' } }, 'BAD_USER_INPUT'],
    ['an agency id that is not one', { i: { agencyId: 'mci' } }, 'NOT_FOUND'],
    ['an unknown member', { id: '00000000-0000-4000-8000-000000000000', i: { role: 'ANALYST' } }, 'NOT_FOUND'],
  ])('refuses %s with a stable code, changing nothing', async (_what, vars, code) => {
    const id = await createAccount(tp, tokens(), { email: email('bad'), role: 'ANALYST', agencyId: agencies[0] });
    await refused(code, UPDATE_MEMBER, { id, ...vars }, t.admin);
  });
});

describe('the last admin', () => {
  it('cannot demote, deactivate or reset himself (FORBIDDEN), changing nothing', async () => {
    const admin = await idOf(t.admin);
    await refused('FORBIDDEN', UPDATE_MEMBER, { id: admin, i: { role: 'ANALYST' } }, t.admin);
    await refused('FORBIDDEN', DEACTIVATE, { id: admin }, t.admin);
    await refused('FORBIDDEN', INVITE, { id: admin }, t.admin);
  });

  // Each race on a platform of its own: the demo admin may lose his role or his account in it.
  it.each([
    ['demote', (id: string) => ({ doc: UPDATE_MEMBER, vars: { id, i: { role: 'ANALYST' } } })],
    ['deactivate', (id: string) => ({ doc: DEACTIVATE, vars: { id } })],
    ['reset the access of', (id: string) => ({ doc: INVITE, vars: { id } })],
  ])('two admins who %s each other at once: one wins, the other is refused, and an active admin remains', async (_what, call) => {
    const own = await startTestPlatform();
    try {
      const admin = await own.login('admin@demo.kz');
      const chair = await own.login('chair@demo.kz');
      const who = email('second-admin');
      const agencyId = (await own.gql('{ agencies { id } }', {}, admin)).data!.agencies[0].id as string;
      const { id: second } = await activeAccount(own, { admin, chair }, { email: who, role: 'ADMIN', agencyId, password: 'second-admin-password' });
      const secondToken = await own.login(who, 'second-admin-password');
      const first = (await own.gql<{ me: { id: string } }>('{ me { id } }', {}, admin)).data!.me.id;
      const [a, b] = [call(second), call(first)];
      const results = await Promise.all([own.gql(a.doc, a.vars, admin), own.gql(b.doc, b.vars, secondToken)]);
      const codes = results.map(codeOf);
      expect(codes.filter((c) => c === undefined), JSON.stringify(results.map((r) => r.errors))).toHaveLength(1);
      // The loser is refused by the last-admin rule (CONFLICT), or, when the winner committed before
      // the loser's request was authenticated, as the non-admin or signed-out account he has become.
      expect(['CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED']).toContain(codes.find((c) => c !== undefined));
      const [{ n }] = await query<{ n: number }>(own.dbUrl, `select count(*)::int as n from member where role = 'ADMIN' and status = 'ACTIVE'`);
      expect(n).toBe(1);
    } finally {
      await own.close();
    }
  });
});

describe('resending an invitation', () => {
  it('gives a new link to an analyst still waiting; the previous link stops working; both are member.invitation_issued events', async () => {
    const who = email('resend');
    const id = await createAccount(tp, tokens(), { email: who, role: 'ANALYST', agencyId: agencies[0] });
    const first = (await tp.gql(INVITE, { id }, t.admin)).data!.issueInvitation.token as string;
    const second = (await tp.gql(INVITE, { id }, t.admin)).data!.issueInvitation.token as string;
    expect(second).not.toBe(first);
    expect(await eventsOf(id, 'member.invitation_issued')).toHaveLength(2);
    await refused('BAD_USER_INPUT', ACCEPT, { t: first, p: 'the-analyst-password' });
    expect((await tp.gql(ACCEPT, { t: second, p: 'the-analyst-password' })).data!.acceptInvitation.member).toMatchObject({ email: who, status: 'ACTIVE' });
  });

  it('of an analyst is refused to the chair and every other role but the admin (FORBIDDEN), changing nothing', async () => {
    const id = await createAccount(tp, tokens(), { email: email('not-yours'), role: 'ANALYST', agencyId: agencies[0] });
    for (const who of ['chair', 'deputy', 'secretary', 'member1', 'advisor', 'analyst']) await refused('FORBIDDEN', INVITE, { id }, t[who]);
  });
});
