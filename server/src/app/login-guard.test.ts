import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Env } from '../config/env.js';
import { admission, loginOutcome, PendingLogins, settlement, type Admission, type AttemptResult, type LoginOutcome, type Settlement } from './login-guard.js';
import { OperationLimiter, type Caller } from './operation-limits.js';

describe('admission: what an attempt does to its email\'s failure budget before it runs', () => {
  it.each<[string, boolean, boolean, Admission]>([
    ['a known address is free, with budget left', true, true, 'free'],
    ['a known address is free even with the budget exhausted (the member is not locked out)', true, false, 'free'],
    ['a new address holds a token while there is one', false, true, 'reserve'],
    ['a new address is refused once the budget is exhausted, even with the right password', false, false, 'refuse'],
  ])('%s', (_what, known, budgetLeft, expected) => {
    expect(admission(known, budgetLeft)).toBe(expected);
  });
});

describe('loginOutcome: how a login field ended, as its caller saw it', () => {
  const unauthenticated = (path: (string | number)[]) => ({ path, extensions: { code: 'UNAUTHENTICATED' } });
  it.each<[string, string, AttemptResult, LoginOutcome]>([
    ['a token came back', 'login', { data: { login: { token: 't' } } }, 'signedIn'],
    ['under an alias', 'again', { data: { again: { token: 't' } } }, 'signedIn'],
    ['wrong password or inactive account (data nulled)', 'login', { data: null, errors: [unauthenticated(['login'])] }, 'failed'],
    ['the failure of another alias is not this one\'s', 'login', { data: null, errors: [unauthenticated(['other'])] }, 'unknown'],
    ['an outage is no guess answered', 'login', { data: null, errors: [{ path: ['login'], extensions: { code: 'INTERNAL' } }] }, 'unknown'],
    ['an error without a path', 'login', { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] }, 'unknown'],
    ['nothing at all', 'login', {}, 'unknown'],
  ])('%s → %s', (_what, key, result, expected) => {
    expect(loginOutcome(key, result)).toBe(expected);
  });
});

describe('settlement: what the outcome does to the budget and to the known addresses', () => {
  it.each<[LoginOutcome, boolean, Settlement]>([
    ['signedIn', true, { refund: true, remember: true }],
    ['signedIn', false, { refund: false, remember: true }],
    ['failed', true, { refund: false, remember: false }],
    ['failed', false, { refund: false, remember: false }],
    ['unknown', true, { refund: true, remember: false }],
    ['unknown', false, { refund: false, remember: false }],
  ])('%s (reserved: %s) → %j', (outcome, reserved, expected) => {
    expect(settlement(outcome, reserved)).toEqual(expected);
  });
});

describe('PendingLogins', () => {
  it('gives an operation\'s attempts back once, per socket and id', () => {
    const pending = new PendingLogins();
    const socket = {};
    const attempt = { responseKey: 'login', email: 'x@demo.kz', ip: '1', reserved: true };
    pending.hold(socket, '1', [attempt]);
    expect(pending.take({}, '1')).toEqual([]);
    expect(pending.take(socket, '2')).toEqual([]);
    expect(pending.take(socket, '1')).toEqual([attempt]);
    expect(pending.take(socket, '1')).toEqual([]);
  });
});

describe('OperationLimiter on login: failures from new addresses per email, on a clock', () => {
  const HOUR = 3_600_000;
  const rate = (limit: number) => ({ limit, windowMs: HOUR });
  const limits = { loginPerIp: rate(1_000), loginPerEmail: rate(3), writesPerMember: rate(1_000), writesPerIp: rate(1_000) } as Env['limits'];
  const LOGIN = parse('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }');
  const TWICE = parse('mutation($e: String!) { a: login(email: $e, password: "1") { token } b: login(email: $e, password: "2") { token } }');
  const signedIn: AttemptResult = { data: { login: { token: 't' } } };
  const failed: AttemptResult = { data: null, errors: [{ path: ['login'], extensions: { code: 'UNAUTHENTICATED' } }] };

  function setup() {
    const clock = { now: 0 };
    const limiter = new OperationLimiter(limits, () => clock.now);
    const attempt = (email: string, ip: string, result?: AttemptResult) => {
      const admitted = limiter.admit(LOGIN, getOperationAST(LOGIN)!, { e: email, p: 'x' }, { memberId: null, ip } satisfies Caller);
      if (!admitted.refused && result) limiter.settle(admitted.logins, result);
      return admitted.refused?.extensions.code ?? 'ran';
    };
    return { clock, limiter, attempt };
  }

  it('refuses new addresses once failures spent the budget, lets the known one in, and lets a new one in again once it refills', () => {
    const { clock, attempt } = setup();
    expect(attempt('x@demo.kz', 'K', signedIn)).toBe('ran');
    for (let i = 1; i <= 3; i++) expect(attempt(' X@Demo.kz ', `A${i}`, failed)).toBe('ran');
    expect(attempt('x@demo.kz', 'A4', failed)).toBe('RATE_LIMITED');
    expect(attempt('x@demo.kz', 'NEW', signedIn)).toBe('RATE_LIMITED'); // the trade-off
    expect(attempt('x@demo.kz', 'K', failed)).toBe('ran'); // a typo at home is not refused, nor counted
    expect(attempt('x@demo.kz', 'K', signedIn)).toBe('ran');
    expect(attempt('y@demo.kz', 'A4', failed)).toBe('ran'); // another email has a budget of its own
    clock.now = HOUR / 3; // one token back
    expect(attempt('x@demo.kz', 'NEW', signedIn)).toBe('ran');
    expect(attempt('x@demo.kz', 'A5', failed)).toBe('ran'); // the sign-in gave its token back
    expect(attempt('x@demo.kz', 'A6', failed)).toBe('RATE_LIMITED');
    expect(attempt('x@demo.kz', 'NEW', failed)).toBe('ran'); // NEW is known now
  });

  it('never spends the budget on correct sign-ins, and a held token of an unseen outcome stays spent', () => {
    const { attempt } = setup();
    for (let i = 0; i < 20; i++) expect(attempt('x@demo.kz', `A${i}`, signedIn)).toBe('ran');
    for (let i = 0; i < 3; i++) expect(attempt('z@demo.kz', `B${i}`)).toBe('ran'); // never settled: counted as failures
    expect(attempt('z@demo.kz', 'B9', signedIn)).toBe('RATE_LIMITED');
    for (let i = 0; i < 3; i++) expect(attempt('x@demo.kz', `C${i}`, failed)).toBe('ran');
    expect(attempt('x@demo.kz', 'C9', failed)).toBe('RATE_LIMITED');
  });

  it('holds a token per login field: two guesses in one operation do not fit in one token', () => {
    const { limiter, attempt } = setup();
    for (let i = 0; i < 2; i++) attempt('x@demo.kz', `A${i}`, failed);
    const twice = limiter.admit(TWICE, getOperationAST(TWICE)!, { e: 'x@demo.kz' }, { memberId: null, ip: 'A9' });
    expect(twice.refused?.extensions.code).toBe('RATE_LIMITED');
    expect(attempt('x@demo.kz', 'A8', failed)).toBe('ran'); // the refused pair spent nothing
  });
});
