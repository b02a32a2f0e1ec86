import { describe, expect, it } from 'vitest';
import { AccountStatus as S } from './account.lifecycle.js';
import { adminChangeRefusal, approvalRefusal, invitationRefusal, lastAdminRefusal, seatRefusal } from './account.policy.js';
import { Role as R } from '../../shared/role.js';

const me = (role: R) => ({ id: 'me', role });
const other = (role: R) => ({ id: 'other', role });

describe('who approves and rejects accounts', () => {
  it.each([
    [R.CHAIR, null], [R.DEPUTY_CHAIR, null],
    [R.SECRETARY, 'NOT_YOUR_ROLE'], [R.MEMBER, 'NOT_YOUR_ROLE'], [R.ADVISOR, 'NOT_YOUR_ROLE'], [R.ANALYST, 'NOT_YOUR_ROLE'], [R.ADMIN, 'NOT_YOUR_ROLE'],
  ])('%s approving a member: %s', (role, refusal) => {
    expect(approvalRefusal(me(role), other(R.MEMBER))).toBe(refusal);
  });

  it.each([[R.CHAIR], [R.DEPUTY_CHAIR]])('%s never approves their own account', (role) => {
    expect(approvalRefusal(me(role), { id: 'me', role })).toBe('OWN_ACCOUNT');
  });
});

describe('one chair and one deputy chair', () => {
  it.each([
    [R.CHAIR, [], null],
    [R.CHAIR, [{ id: 'c1', status: S.ACTIVE }], 'SEAT_TAKEN'],
    // Approved and waiting for a password holds the seat too: two links could otherwise both be accepted.
    [R.CHAIR, [{ id: 'c1', status: S.INVITED }], 'SEAT_TAKEN'],
    [R.CHAIR, [{ id: 'c1', status: S.PENDING_APPROVAL }, { id: 'c2', status: S.DEACTIVATED }, { id: 'c3', status: S.REJECTED }], null],
    [R.DEPUTY_CHAIR, [{ id: 'd1', status: S.ACTIVE }], 'SEAT_TAKEN'],
    [R.DEPUTY_CHAIR, [{ id: 'other', status: S.PENDING_APPROVAL }], null], // the account itself
    // Other roles have no seats.
    [R.MEMBER, [{ id: 'm1', status: S.ACTIVE }, { id: 'm2', status: S.ACTIVE }], null],
    [R.SECRETARY, [{ id: 's1', status: S.ACTIVE }], null],
  ])('approving a %s while the others of that role are %j: %s', (role, holders, refusal) => {
    expect(seatRefusal(other(role), holders)).toBe(refusal);
  });
});

describe('who issues invitation links', () => {
  it.each([
    // Case-reading accounts: the chair and the deputy only — never the admin.
    ...[R.CHAIR, R.DEPUTY_CHAIR, R.SECRETARY, R.MEMBER, R.ADVISOR].flatMap((target) => [
      [R.CHAIR, target, null], [R.DEPUTY_CHAIR, target, null], [R.ADMIN, target, 'NOT_YOUR_ROLE'], [R.SECRETARY, target, 'NOT_YOUR_ROLE'], [R.MEMBER, target, 'NOT_YOUR_ROLE'],
    ]),
    // Analysts and admins: the admin only.
    ...[R.ANALYST, R.ADMIN].flatMap((target) => [
      [R.ADMIN, target, null], [R.CHAIR, target, 'NOT_YOUR_ROLE'], [R.DEPUTY_CHAIR, target, 'NOT_YOUR_ROLE'], [R.ANALYST, target, 'NOT_YOUR_ROLE'],
    ]),
  ] as [R, R, string | null][])('%s inviting a %s: %s', (actor, target, refusal) => {
    expect(invitationRefusal(me(actor), other(target))).toBe(refusal);
  });

  it.each([[R.CHAIR], [R.DEPUTY_CHAIR], [R.ADMIN]])('%s never issues a link for their own account', (role) => {
    expect(invitationRefusal(me(role), { id: 'me', role })).toBe('OWN_ACCOUNT');
  });
});

describe('who changes roles, agencies and deactivates', () => {
  it.each([[R.ADMIN, null], [R.CHAIR, 'NOT_YOUR_ROLE'], [R.DEPUTY_CHAIR, 'NOT_YOUR_ROLE'], [R.SECRETARY, 'NOT_YOUR_ROLE']])('%s: %s', (role, refusal) => {
    expect(adminChangeRefusal(me(role), other(R.MEMBER))).toBe(refusal);
  });

  it('not the admin\'s own account', () => {
    expect(adminChangeRefusal(me(R.ADMIN), { id: 'me', role: R.ADMIN })).toBe('OWN_ACCOUNT');
  });
});

describe('the platform keeps an active admin', () => {
  const admin = { id: 'a', role: R.ADMIN, status: S.ACTIVE };
  it.each([
    ['demoting the only active admin', admin, { role: R.ANALYST, status: S.ACTIVE }, ['a'], 'LAST_ADMIN'],
    ['deactivating the only active admin', admin, { role: R.ADMIN, status: S.DEACTIVATED }, ['a'], 'LAST_ADMIN'],
    ['resetting the access of the only active admin', admin, { role: R.ADMIN, status: S.INVITED }, ['a'], 'LAST_ADMIN'],
    ['demoting one of two active admins', admin, { role: R.MEMBER, status: S.PENDING_APPROVAL }, ['a', 'b'], null],
    ['deactivating one of two active admins', admin, { role: R.ADMIN, status: S.DEACTIVATED }, ['b', 'a'], null],
    ['changing only the agency of the only admin', admin, { role: R.ADMIN, status: S.ACTIVE }, ['a'], null],
    ['demoting an admin who never became active', { id: 'a', role: R.ADMIN, status: S.INVITED }, { role: R.ANALYST, status: S.INVITED }, [], null],
    ['demoting a member', { id: 'a', role: R.MEMBER, status: S.ACTIVE }, { role: R.ANALYST, status: S.ACTIVE }, [], null],
  ])('%s: %s', (_what, target, after, admins, refusal) => {
    expect(lastAdminRefusal(target, after, admins.map((id) => ({ id })))).toBe(refusal);
  });
});
