import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { caseInReview, demoTokens } from '../../server/src/test-support/scenarios.js';
import type { GqlError, GqlResult } from '../../server/src/test-support/graphql-http.js';
import { expectNoLeak, expectStillServing, frameErrors, nest, RawSocket } from './support.js';

// The graphql-transport-ws protocol spoken badly on purpose, over a raw `ws` socket: each violation
// closes that socket with its code; a hostile operation gets an error and the socket stays open.
let tp: TestPlatform;
let t: Record<string, string>;
let caseId: string;
beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
  caseId = (await caseInReview(tp, t)).id;
  await tp.gql('mutation($c: ID!) { declareConflict(caseId: $c, reason: "Туысы") { id } }', { c: caseId }, t.member3);
});
afterAll(() => tp.close());

const init = (token: string) => ({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
const sub = (id: string, query: string, variables?: Record<string, unknown>) => ({ id, type: 'subscribe', payload: { query, variables } });
const PANEL = 'subscription { panelEvents { seq kind } }';
const ABSENT = '7f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';

// [what, frames sent after the socket opens ('ack' waits for connection_ack), close code]
type Frame = unknown | 'ack';
const violations: [string, (token: string) => Frame[], number][] = [
  ['a subscribe before connection_init', () => [sub('1', PANEL)], 4401],
  ['a second connection_init', (tk) => [init(tk), 'ack', init(tk)], 4429],
  ['a frame that is not JSON', () => ['{"type": "connection_init"'], 4400],
  ['a message of an unknown type', (tk) => [init(tk), 'ack', { type: 'start', id: '1', payload: { query: PANEL } }], 4400],
  ['a message with no type', () => [{ payload: {} }], 4400],
  ['a server-only message (next) from the client', (tk) => [init(tk), 'ack', { id: '1', type: 'next', payload: { data: {} } }], 4400],
  ['a server-only message (connection_ack) from the client', () => [{ type: 'connection_ack' }], 4400],
  ['a subscribe without a query', (tk) => [init(tk), 'ack', { id: '1', type: 'subscribe', payload: {} }], 4400],
  ['a subscribe with an empty id', (tk) => [init(tk), 'ack', sub('', PANEL)], 4400],
  ['a connection_init whose payload is a string', () => [{ type: 'connection_init', payload: 'Bearer x' }], 4400],
  ['two subscriptions with one id', (tk) => [init(tk), 'ack', sub('dup', PANEL), sub('dup', PANEL)], 4409],
  ['a connection_init without a token', () => [{ type: 'connection_init', payload: {} }], 4403],
  ['a connection_init with a bad token', () => [{ type: 'connection_init', payload: { authorization: 'Bearer nonsense' } }], 4403],
  ['a connection_init with an unsigned token (alg none)', () => [{ type: 'connection_init', payload: { authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","iss":"kz-cyberbullying-panel"}').toString('base64url')}.` } }], 4403],
  ['a frame over the 64 KB limit after the handshake', (tk) => [init(tk), 'ack', JSON.stringify(sub('1', `subscription { panelEvents { seq } } # ${'x'.repeat(70 * 1024)}`))], 1009],
  ['a frame over the 64 KB limit before the handshake', () => [Buffer.alloc(65 * 1024 + 1, 32)], 1009],
];

async function play(frames: Frame[]): Promise<RawSocket> {
  const raw = await RawSocket.open(tp);
  for (const frame of frames) {
    if (frame === 'ack') await raw.next((f) => f.type === 'connection_ack');
    else raw.send(frame);
  }
  return raw;
}

describe('graphql-transport-ws protocol violations', () => {
  it.each(violations)('closes the socket on %s', async (_what, frames, code) => {
    const before = await tp.snapshot();
    const raw = await play(frames(t.member1));
    expect(await raw.closeCode()).toBe(code);
    expect(await tp.snapshot()).toEqual(before);
    // The server keeps serving: a new socket completes the handshake, HTTP answers.
    const next = await RawSocket.ready(tp, t.member1);
    await next.expectOpen();
    next.close();
    await expectStillServing(tp, t.member1);
  });

  it('closes a socket that never sends connection_init (4408, after the 5 s wait)', async () => {
    const raw = await RawSocket.open(tp);
    const started = Date.now();
    expect(await raw.closeCode(8_000)).toBe(4408);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
    await expectStillServing(tp, t.member1);
  }, 15_000);

  it('closes a socket that offers no subprotocol (4406)', async () => {
    const raw = await RawSocket.open(tp, []);
    expect(await raw.closeCode()).toBe(4406);
    await expectStillServing(tp, t.member1);
  });

  it('does not open a socket that offers only the retired subscriptions-transport-ws protocol', async () => {
    const failed = await RawSocket.open(tp, 'graphql-ws').then((raw) => raw.closeCode(), (e: { code?: number }) => e.code ?? -1);
    expect([4406, 1006, 1002]).toContain(failed);
    await expectStillServing(tp, t.member1);
  });

  it('refuses the upgrade from a foreign Origin (403)', async () => {
    await expect(RawSocket.open(tp, 'graphql-transport-ws', { origin: 'https://evil.example' })).rejects.toMatchObject({ status: 403 });
  });
});

const bombs: [string, string, Record<string, unknown> | undefined, string][] = [
  ['a subscription deeper than the depth limit', `subscription { panelEvents { seq comment { ${nest(12)} } } }`, undefined, 'BAD_USER_INPUT'],
  ['an alias bomb', `subscription { ${Array.from({ length: 40 }, (_, i) => `a${i}: panelEvents { seq }`).join(' ')} }`, undefined, 'BAD_USER_INPUT'],
  ['a directive bomb', `subscription { panelEvents { seq ${'@include(if: true) '.repeat(40)} } }`, undefined, 'BAD_USER_INPUT'],
  ['a cost bomb', `subscription { panelEvents { seq case { comments { replies { author { agency { name } } revisions { body } mentions { name } } } votingRounds { votes { member { name } } } } } }`, undefined, 'BAD_USER_INPUT'],
  ['a token-limit bomb', `subscription { panelEvents { ${'seq '.repeat(3_000)} } }`, undefined, 'BAD_USER_INPUT'],
  ['a fragment cycle', 'subscription { panelEvents { ...A } } fragment A on CaseEvent { seq ...B } fragment B on CaseEvent { ...A }', undefined, 'BAD_USER_INPUT'],
  ['a huge operation name', `subscription S${'x'.repeat(30_000)} { panelEvents { seq } }`, undefined, 'BAD_USER_INPUT'],
  ['a document that does not parse', 'subscription { panelEvents { seq ', undefined, 'BAD_USER_INPUT'],
  ['an unknown field', 'subscription { panelEvents { passwordHash } }', undefined, 'BAD_USER_INPUT'],
  ['a NUL byte in a variable', 'subscription($c: ID!) { caseEvents(caseId: $c) { seq } }', { c: `${ABSENT}\u0000` }, 'BAD_USER_INPUT'],
  ['a lone surrogate in a variable', 'subscription($a: String) { panelEvents(after: $a) { seq } }', { a: '\ud800' }, 'BAD_USER_INPUT'],
  ['an `after` that is not a seq', 'subscription($a: String) { panelEvents(after: $a) { seq } }', { a: '1; drop table case_event' }, 'BAD_USER_INPUT'],
  ['an `after` past 2^63', 'subscription($a: String) { panelEvents(after: $a) { seq } }', { a: '99999999999999999999999' }, 'BAD_USER_INPUT'],
  ['a missing variable', 'subscription($c: ID!) { caseEvents(caseId: $c) { seq } }', undefined, 'BAD_USER_INPUT'],
  ['a case that does not exist', 'subscription($c: ID!) { caseEvents(caseId: $c) { seq } }', { c: ABSENT }, 'NOT_FOUND'],
  ['a malformed case id', 'subscription($c: ID!) { caseEvents(caseId: $c) { seq } }', { c: "' or 1=1 --" }, 'NOT_FOUND'],
];

/** The errors an operation ended with: an `error` frame, or a `next` carrying errors. */
async function errorsOf(raw: RawSocket, id: string): Promise<GqlError[]> {
  return frameErrors(await raw.next((f) => f.id === id && !!frameErrors(f)))!;
}

describe('hostile operations over an open socket', () => {
  it.each(bombs)('answers %s with an error and keeps the socket open', async (_what, query, variables, code) => {
    const before = await tp.snapshot();
    const raw = await RawSocket.ready(tp, t.member1);
    raw.send(sub('bomb', query, variables));
    const errors = await errorsOf(raw, 'bomb');
    expect(errors[0].extensions?.code, JSON.stringify(errors).slice(0, 300)).toBe(code);
    const text = JSON.stringify(errors);
    expectNoLeak(text);
    expect(text.length).toBeLessThan(20_000);
    await raw.expectOpen();
    expect(await tp.snapshot()).toEqual(before);
    raw.close();
  });

  it.each([
    ['an analyst', 'analyst', () => caseId],
    ['an administrator', 'admin', () => caseId],
  ])('answers %s subscribing to a case exactly as to an absent one', async (_who, account, existing) => {
    const raw = await RawSocket.ready(tp, t[account]);
    const q = 'subscription($c: ID!) { caseEvents(caseId: $c) { seq } }';
    raw.send(sub('a', q, { c: existing() }));
    raw.send(sub('b', q, { c: ABSENT }));
    const [a, b] = [await errorsOf(raw, 'a'), await errorsOf(raw, 'b')];
    expect(a[0].extensions?.code).toBe(b[0].extensions?.code);
    expect(a[0].message).toBe(b[0].message);
    await raw.expectOpen();
    raw.close();
  });

  it("refuses a recused member the case's live feed (FORBIDDEN) and keeps the socket open", async () => {
    const raw = await RawSocket.ready(tp, t.member3);
    raw.send(sub('r', 'subscription($c: ID!) { caseEvents(caseId: $c) { seq } }', { c: caseId }));
    expect((await errorsOf(raw, 'r'))[0].extensions?.code).toBe('FORBIDDEN');
    await raw.expectOpen();
    raw.close();
  });

  it('serves a valid subscription on the same socket after a bomb', async () => {
    const raw = await RawSocket.ready(tp, t.member1);
    raw.send(sub('bomb', `subscription { panelEvents { ${'seq '.repeat(3_000)} } }`));
    await errorsOf(raw, 'bomb');
    raw.send(sub('ok', 'subscription { inbox { unreadCount } }'));
    const first = await raw.next((f) => f.id === 'ok' && f.type === 'next');
    expect((first.payload as GqlResult<{ inbox: { unreadCount: number } }>).data?.inbox.unreadCount).toEqual(expect.any(Number));
    raw.close();
  });
});
