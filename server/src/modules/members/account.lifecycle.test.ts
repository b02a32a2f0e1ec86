import { describe, expect, it } from 'vitest';
import { ACCOUNT_TRANSITIONS, AccountStatus as S, assertAccountMove, initialStatus, isFinal, nextStatus, statusAfterRoleChange, type AccountAction } from './account.lifecycle.js';
import { Role as R } from '../../shared/role.js';

const ACTIONS: AccountAction[] = ['approve', 'reject', 'invite', 'accept', 'deactivate'];

describe('the account lifecycle', () => {
  // Every status × every action: the whole table, so a new move is a deliberate change here.
  it.each([
    [S.PENDING_APPROVAL, { approve: S.INVITED, reject: S.REJECTED, invite: null, accept: null, deactivate: S.DEACTIVATED }],
    [S.INVITED, { approve: null, reject: null, invite: S.INVITED, accept: S.ACTIVE, deactivate: S.DEACTIVATED }],
    [S.ACTIVE, { approve: null, reject: null, invite: S.INVITED, accept: null, deactivate: S.DEACTIVATED }],
    [S.REJECTED, { approve: null, reject: null, invite: null, accept: null, deactivate: null }],
    [S.DEACTIVATED, { approve: null, reject: null, invite: null, accept: null, deactivate: null }],
  ])('from %s', (from, expected) => {
    for (const action of ACTIONS) expect([action, nextStatus(from, action)]).toEqual([action, expected[action]]);
  });

  it('has a line for every status, and only ACTIVE is reached by accepting an invitation', () => {
    expect(Object.keys(ACCOUNT_TRANSITIONS).sort()).toEqual(Object.values(S).sort());
    const reachActive = Object.values(ACCOUNT_TRANSITIONS).flatMap((moves) => Object.entries(moves).filter(([, to]) => to === S.ACTIVE).map(([a]) => a));
    expect(reachActive).toEqual(['accept']);
  });

  it.each([[S.REJECTED, true], [S.DEACTIVATED, true], [S.PENDING_APPROVAL, false], [S.INVITED, false], [S.ACTIVE, false]])('%s is final: %s', (status, final) => {
    expect(isFinal(status)).toBe(final);
  });

  it('refuses an illegal move with INVALID_TRANSITION naming the status', () => {
    expect(() => assertAccountMove(S.REJECTED, 'approve')).toThrow(/REJECTED/);
    expect(() => assertAccountMove(S.PENDING_APPROVAL, 'accept')).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    expect(assertAccountMove(S.ACTIVE, 'invite')).toBe(S.INVITED);
  });

  it.each([
    [R.CHAIR, S.PENDING_APPROVAL], [R.DEPUTY_CHAIR, S.PENDING_APPROVAL], [R.SECRETARY, S.PENDING_APPROVAL], [R.MEMBER, S.PENDING_APPROVAL], [R.ADVISOR, S.PENDING_APPROVAL],
    [R.ANALYST, S.INVITED], [R.ADMIN, S.INVITED],
  ])('a new %s account starts %s', (role, status) => {
    expect(initialStatus(role)).toBe(status);
  });

  it.each([
    // Into a case-reading role: approval again, whatever the account was.
    [S.ACTIVE, R.ANALYST, R.MEMBER, S.PENDING_APPROVAL],
    [S.INVITED, R.ADMIN, R.CHAIR, S.PENDING_APPROVAL],
    [S.ACTIVE, R.ADVISOR, R.MEMBER, S.PENDING_APPROVAL],
    [S.ACTIVE, R.MEMBER, R.CHAIR, S.PENDING_APPROVAL],
    [S.ACTIVE, R.CHAIR, R.SECRETARY, S.PENDING_APPROVAL],
    // Out of case files: the account stays as it is; a pending one needs no approval any more.
    [S.ACTIVE, R.MEMBER, R.ANALYST, S.ACTIVE],
    [S.INVITED, R.MEMBER, R.ADMIN, S.INVITED],
    [S.PENDING_APPROVAL, R.ADVISOR, R.ANALYST, S.INVITED],
    [S.ACTIVE, R.ANALYST, R.ADMIN, S.ACTIVE],
    // The same role, or a final account: nothing moves.
    [S.ACTIVE, R.MEMBER, R.MEMBER, S.ACTIVE],
    [S.DEACTIVATED, R.ANALYST, R.MEMBER, S.DEACTIVATED],
    [S.REJECTED, R.MEMBER, R.ANALYST, S.REJECTED],
  ])('a role change of a %s account from %s to %s leaves it %s', (status, from, to, after) => {
    expect(statusAfterRoleChange(status, from, to)).toBe(after);
  });
});
