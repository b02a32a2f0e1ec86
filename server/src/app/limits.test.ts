import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { GqlResult } from '../test-support/graphql-http.js';
import { startTestPlatform, type TestPlatform } from '../test-support/platform.js';
import { caseInReview } from '../test-support/scenarios.js';
import { collect, overWs, wsClient } from '../test-support/ws-client.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const COMMENT = 'mutation($c: ID!, $b: String!) { addComment(caseId: $c, body: $b) { id } }';
const INBOX = 'subscription { inbox { unreadCount } }';

/** A POST to /graphql with extra headers (an X-Forwarded-For stands for another client address); raw fetch on purpose, for the answer's headers. */
async function post<T = { login: { token: string } | null }>(tp: TestPlatform, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(`${tp.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResult<T> };
}

/** A refusal as the brief of the limits says: RATE_LIMITED, in three languages, with the request id. */
function expectRateLimited(error: NonNullable<GqlResult['errors']>[number] | undefined, withRetryAfter = true) {
  expect(error?.extensions?.code).toBe('RATE_LIMITED');
  expect(error?.extensions?.messages).toEqual({ en: expect.any(String), ru: expect.any(String), kk: expect.any(String) });
  expect(error?.extensions?.requestId).toMatch(/^[\w-]{8,}$/);
  if (withRetryAfter) {
    expect(error?.extensions?.retryAfter).toBeGreaterThanOrEqual(1);
    expect(error?.extensions?.retryAfter).toBeLessThanOrEqual(3600);
  }
}

describe('login rate limits (per address, and per email for failures from new addresses; HTTP and WebSocket alike)', () => {
  let tp: TestPlatform;
  // A proxy on this machine forwards the client's address (X-Forwarded-For stands for other clients).
  beforeAll(async () => { tp = await startTestPlatform({ env: { LIMIT_LOGIN_PER_EMAIL: '3/1h', LIMIT_LOGIN_PER_IP: '5/1h', TRUST_PROXY: 'loopback' } }); });
  afterAll(() => tp.close());

  it('lets an attacker\'s wrong passwords from new addresses spend the email\'s budget, then refuses new addresses (429, nothing changed) while the member\'s known address still signs in', async () => {
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    const home = from('192.0.2.10'); // where the member signed in before the attack
    expect((await post(tp, LOGIN, { e: 'advisor@demo.kz', p: 'panel-demo' }, home)).body.data?.login?.token).toBeTruthy();
    for (let i = 1; i <= 3; i++) {
      const wrong = await post(tp, LOGIN, { e: 'advisor@demo.kz', p: `guess-${i}` }, from(`203.0.113.${i}`));
      expect(wrong.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const before = await tp.snapshot();
    const guess = await post(tp, LOGIN, { e: 'advisor@demo.kz', p: 'guess-4' }, from('203.0.113.4'));
    expect(guess.status).toBe(429);
    expectRateLimited(guess.body.errors?.[0]);
    // The trade-off: while the budget refills, the right password from a new address is refused too.
    const refused = await post(tp, LOGIN, { e: ' Advisor@Demo.kz ', p: 'panel-demo' }, from('203.0.113.9'));
    expect(refused.status).toBe(429);
    expect(refused.body.data).toBeUndefined();
    const error = refused.body.errors?.[0];
    expectRateLimited(error);
    expect(refused.headers.get('retry-after')).toBe(String(error?.extensions?.retryAfter));
    expect(error?.extensions?.requestId).toBe(refused.headers.get('x-request-id'));
    expect(error?.message).toMatch(/sign-in attempts/);
    expect(JSON.stringify(error)).not.toMatch(/"http"/);
    expect(await tp.snapshot()).toEqual(before);
    // From the known address a typo is answered, not refused, and the right password signs in.
    expect((await post(tp, LOGIN, { e: 'advisor@demo.kz', p: 'typo' }, home)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await post(tp, LOGIN, { e: ' ADVISOR@demo.kz', p: 'panel-demo' }, home)).body.data?.login?.token).toBeTruthy();
    // The refused address spent nothing: it can still sign in someone else.
    expect((await post(tp, LOGIN, { e: 'analyst@demo.kz', p: 'panel-demo' }, from('203.0.113.9'))).body.data?.login?.token).toBeTruthy();
  });

  it('refuses the 6th attempt from one address, whatever the email; other addresses go on', async () => {
    const emails = ['member3', 'member4', 'member5', 'admin', 'deputy'].map((r) => `${r}@demo.kz`);
    for (const e of emails) {
      expect((await post(tp, LOGIN, { e, p: 'panel-demo' }, { 'x-forwarded-for': '198.51.100.7' })).body.data?.login?.token).toBeTruthy();
    }
    const refused = await post(tp, LOGIN, { e: 'chair@demo.kz', p: 'panel-demo' }, { 'x-forwarded-for': '198.51.100.7' });
    expect(refused.status).toBe(429);
    expectRateLimited(refused.body.errors?.[0]);
    expect((await post(tp, LOGIN, { e: 'chair@demo.kz', p: 'panel-demo' }, { 'x-forwarded-for': '198.51.100.8' })).body.data?.login?.token).toBeTruthy();
  });

  it('makes the address of a sign-in over the WebSocket a known one, for HTTP too', async () => {
    const client = wsClient(tp.url, await tp.login('member1@demo.kz')); // both from this machine's address
    expect((await overWs<{ login: { token: string } | null }>(client, LOGIN, { e: 'secretary@demo.kz', p: 'panel-demo' })).data?.login?.token).toBeTruthy();
    for (let i = 1; i <= 3; i++) {
      const wrong = await post(tp, LOGIN, { e: 'secretary@demo.kz', p: `guess-${i}` }, { 'x-forwarded-for': `192.0.2.${50 + i}` });
      expect(wrong.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await post(tp, LOGIN, { e: 'secretary@demo.kz', p: 'panel-demo' }, { 'x-forwarded-for': '192.0.2.60' })).status).toBe(429);
    expect((await overWs<{ login: { token: string } | null }>(client, LOGIN, { e: 'secretary@demo.kz', p: 'panel-demo' })).data?.login?.token).toBeTruthy();
    expect((await post(tp, LOGIN, { e: 'secretary@demo.kz', p: 'panel-demo' })).body.data?.login?.token).toBeTruthy();
    await client.dispose();
  });
});

describe('the per-email budget counts failures only, over HTTP and WebSocket alike', () => {
  let tp: TestPlatform;
  beforeAll(async () => { tp = await startTestPlatform({ env: { LIMIT_LOGIN_PER_EMAIL: '3/1h', LIMIT_LOGIN_PER_IP: '100/1h', TRUST_PROXY: 'loopback' } }); });
  afterAll(() => tp.close());

  it('never spends it on correct sign-ins: 20 in a row from one address all succeed, and the budget is whole after', async () => {
    for (let i = 0; i < 20; i++) {
      expect((await post(tp, LOGIN, { e: 'member2@demo.kz', p: 'panel-demo' }, { 'x-forwarded-for': '198.51.100.30' })).body.data?.login?.token).toBeTruthy();
    }
    for (let i = 1; i <= 3; i++) {
      expect((await post(tp, LOGIN, { e: 'member2@demo.kz', p: 'wrong' }, { 'x-forwarded-for': `203.0.113.${30 + i}` })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await post(tp, LOGIN, { e: 'member2@demo.kz', p: 'wrong' }, { 'x-forwarded-for': '203.0.113.39' })).status).toBe(429);
  });

  it('counts failures over the WebSocket in the same budget as over HTTP, and refuses there alike with nothing changed', async () => {
    const client = wsClient(tp.url, await tp.login('member1@demo.kz'));
    for (let i = 1; i <= 3; i++) {
      expect((await overWs<{ login: { token: string } | null }>(client, LOGIN, { e: 'deputy@demo.kz', p: `guess-${i}` })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const before = await tp.snapshot();
    expect((await post(tp, LOGIN, { e: 'deputy@demo.kz', p: 'panel-demo' }, { 'x-forwarded-for': '192.0.2.70' })).status).toBe(429);
    const overSocket = await overWs(client, LOGIN, { e: 'deputy@demo.kz', p: 'panel-demo' });
    expect(overSocket.data).toBeUndefined();
    expectRateLimited(overSocket.errors?.[0]);
    expect(await tp.snapshot()).toEqual(before);
    await client.dispose();
  });
});

describe('the client address without a trusted proxy (the default)', () => {
  it('ignores X-Forwarded-For: a client cannot spread its attempts over addresses it makes up', async () => {
    const tp = await startTestPlatform({ env: { LIMIT_LOGIN_PER_IP: '3/1h' } });
    try {
      for (let i = 0; i < 3; i++) {
        expect((await post(tp, LOGIN, { e: 'member1@demo.kz', p: 'panel-demo' }, { 'x-forwarded-for': `203.0.113.${i}` })).body.data?.login?.token).toBeTruthy();
      }
      const refused = await post(tp, LOGIN, { e: 'member1@demo.kz', p: 'panel-demo' }, { 'x-forwarded-for': '203.0.113.99' });
      expect(refused.status).toBe(429);
      expectRateLimited(refused.body.errors?.[0]);
    } finally {
      await tp.close();
    }
  });
});

describe('write rate limits, subscriptions per socket, sockets per member', () => {
  let tp: TestPlatform;
  let t: Record<string, string>;
  let caseId: string;
  beforeAll(async () => {
    tp = await startTestPlatform({
      env: { LIMIT_WRITES_PER_MEMBER: '4/1h', LIMIT_WRITES_PER_IP: '2/1h', LIMIT_WS_SUBSCRIPTIONS: '2', LIMIT_WS_SOCKETS_PER_MEMBER: '2' },
    });
    const roles = ['secretary', 'member1', 'member2', 'member3', 'member4', 'member5'];
    t = Object.fromEntries(await Promise.all(roles.map(async (r) => [r, await tp.login(`${r}@demo.kz`)] as const)));
    caseId = (await caseInReview(tp, t)).id;
  });
  afterAll(() => tp.close());

  it('allows 4 writes per member across HTTP and WebSocket, then refuses the next on both and changes nothing', async () => {
    const client = wsClient(tp.url, t.member1);
    expect((await tp.gql(COMMENT, { c: caseId, b: 'первый' }, t.member1)).errors).toBeUndefined();
    expect((await tp.gql(COMMENT, { c: caseId, b: 'второй' }, t.member1)).errors).toBeUndefined();
    expect((await overWs(client, COMMENT, { c: caseId, b: 'третий' })).errors).toBeUndefined();
    expect((await overWs(client, COMMENT, { c: caseId, b: 'четвёртый' })).errors).toBeUndefined();

    const before = await tp.snapshot();
    const refused = await post(tp, COMMENT, { c: caseId, b: 'пятый' }, { authorization: `Bearer ${t.member1}` });
    expect(refused.status).toBe(429);
    expectRateLimited(refused.body.errors?.[0]);
    expect(refused.headers.get('retry-after')).toBe(String(refused.body.errors?.[0].extensions?.retryAfter));
    // 4 per hour: one more token comes back in 15 minutes at most.
    expect(refused.body.errors?.[0].extensions?.retryAfter).toBeGreaterThan(800);
    expect(refused.body.errors?.[0].extensions?.retryAfter).toBeLessThanOrEqual(900);
    const overSocket = await overWs(client, COMMENT, { c: caseId, b: 'шестой' });
    expect(overSocket.data).toBeUndefined();
    expectRateLimited(overSocket.errors?.[0]);
    expect(await tp.snapshot()).toEqual(before);

    // Another member has a budget of their own; queries are not limited.
    expect((await tp.gql(COMMENT, { c: caseId, b: 'от другого' }, t.member2)).errors).toBeUndefined();
    expect((await tp.gql('{ me { id } }', {}, t.member1)).errors).toBeUndefined();
    await client.dispose();
  });

  it('charges every field of a mutation: four aliased writes do not fit in three tokens, and none is done', async () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `c${i}: addComment(caseId: $c, body: "пакет ${i}") { id }`).join(' ');
    expect((await tp.gql(COMMENT, { c: caseId, b: 'один' }, t.member3)).errors).toBeUndefined(); // 3 of 4 left
    const before = await tp.snapshot();
    const refused = await tp.gql(`mutation($c: ID!) { ${body(4)} }`, { c: caseId }, t.member3);
    expectRateLimited(refused.errors?.[0]);
    expect(await tp.snapshot()).toEqual(before);
    expect((await tp.gql(`mutation($c: ID!) { ${body(3)} }`, { c: caseId }, t.member3)).errors).toBeUndefined();
  });

  it('limits writes per address when not signed in', async () => {
    for (let i = 0; i < 2; i++) expect((await tp.gql(COMMENT, { c: caseId, b: 'аноним' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expectRateLimited((await tp.gql(COMMENT, { c: caseId, b: 'аноним' })).errors?.[0]);
  });

  it('refuses a third active subscription on one socket until one of the two ends', async () => {
    const client = wsClient(tp.url, t.member3);
    const first = collect(client, INBOX, {}, 'inbox');
    const second = collect(client, INBOX, {}, 'inbox');
    await Promise.all([first.until(1), second.until(1)]);
    const third = collect(client, INBOX, {}, 'inbox');
    await third.done;
    const error = (third.errors[0] as NonNullable<GqlResult['errors']>)[0];
    expectRateLimited(error, false);
    expect(error.message).toMatch(/at most 2/);
    // A query on the same socket is no subscription and still runs.
    expect((await overWs(client, '{ me { id } }')).errors).toBeUndefined();
    first.stop();
    const fourth = collect(client, INBOX, {}, 'inbox');
    await fourth.until(1);
    second.stop();
    fourth.stop();
    await client.dispose();
  });

  /** An authenticated raw socket: resolves once acknowledged (left open) or closed. */
  function openSocket(token: string): Promise<{ socket: WebSocket; acked: boolean; code?: number; reason?: string }> {
    return new Promise((resolve) => {
      const socket = new WebSocket(`${tp.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      socket.on('message', (data) => { if (JSON.parse(String(data)).type === 'connection_ack') resolve({ socket, acked: true }); });
      socket.on('close', (code, reason) => resolve({ socket, acked: false, code, reason: String(reason) }));
    });
  }

  it('closes a member\'s third socket with 4429 "Too many connections"; closing one frees a place', async () => {
    const a = await openSocket(t.member4);
    const b = await openSocket(t.member4);
    expect([a.acked, b.acked]).toEqual([true, true]);
    expect(await openSocket(t.member4)).toMatchObject({ acked: false, code: 4429, reason: 'Too many connections' });
    const other = await openSocket(t.member5);
    expect(other.acked).toBe(true);

    await new Promise((resolve) => { a.socket.once('close', resolve); a.socket.close(1000); });
    let again = await openSocket(t.member4);
    for (let i = 0; i < 20 && !again.acked; i++) { // the server counts the close when its side of the socket has closed
      await new Promise((r) => setTimeout(r, 100));
      again = await openSocket(t.member4);
    }
    expect(again.acked).toBe(true);
    for (const s of [b.socket, other.socket, again.socket]) s.close(1000);
  });
});
