import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GqlResult } from '../test-support/graphql-http.js';
import { startTestPlatform, type TestPlatform } from '../test-support/platform.js';
import { overWs, wsClient } from '../test-support/ws-client.js';

// The same database and code, once as in production and once as in development, so that each
// assertion about what production hides is shown to hold only because it is production.
let prod: TestPlatform;
let dev: TestPlatform;
const logLines: Record<string, unknown>[] = [];
const capture = pino({ level: 'info' }, { write: (line: string) => { logLines.push(JSON.parse(line)); } });

beforeAll(async () => {
  [prod, dev] = await Promise.all([
    startTestPlatform({ env: { NODE_ENV: 'production', TOKEN_SECRET: 'a-production-secret-of-at-least-32-chars' }, log: capture }),
    startTestPlatform(),
  ]);
});
afterAll(() => Promise.all([prod?.close(), dev?.close()]));

const messages = (r: GqlResult) => (r.errors ?? []).map((e) => e.message).join(' | ');

describe('production hides the schema, over HTTP and WebSocket', () => {
  const INTROSPECTION = ['{ __schema { queryType { name } } }', '{ __type(name: "Case") { name fields { name } } }'];

  it.each(INTROSPECTION)('refuses introspection over HTTP: %s', async (query) => {
    const refused = await prod.gql(query);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await dev.gql(query)).errors).toBeUndefined();
  });

  it.each(INTROSPECTION)('refuses introspection over WebSocket: %s', async (query) => {
    const [p, d] = [wsClient(prod.url, await prod.login('member1@demo.kz')), wsClient(dev.url, await dev.login('member1@demo.kz'))];
    const refused = await overWs(p, query);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(messages(refused)).toMatch(/introspection/i);
    expect((await overWs(d, query)).errors).toBeUndefined();
    await Promise.all([p.dispose(), d.dispose()]);
  });

  it('gives no "Did you mean" over HTTP, in validation and in variables', async () => {
    const token = await prod.login('member1@demo.kz');
    const misspelt = '{ mee { id } }';
    const badEnum = ['mutation($c: VoteChoice!) { castVote(roundId: "00000000-0000-0000-0000-000000000000", choice: $c) { id } }', { c: 'CONFIRMD' }] as const;
    expect(messages(await dev.gql(misspelt))).toMatch(/Did you mean "me"/);
    expect(messages(await dev.gql(badEnum[0], badEnum[1], await dev.login('member1@demo.kz')))).toMatch(/Did you mean/);
    const field = await prod.gql(misspelt);
    expect(field.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(messages(field)).toMatch(/Cannot query field "mee"/);
    expect(messages(field)).not.toMatch(/Did you mean|"me"/);
    const variable = await prod.gql(badEnum[0], badEnum[1], token);
    expect(messages(variable)).toMatch(/CONFIRMD/);
    expect(messages(variable)).not.toMatch(/Did you mean|"CONFIRMED"/);
  });

  it('gives no "Did you mean" over WebSocket', async () => {
    const [p, d] = [wsClient(prod.url, await prod.login('member1@demo.kz')), wsClient(dev.url, await dev.login('member1@demo.kz'))];
    const misspelt = 'subscription { panelEvnts { seq } }';
    expect(messages(await overWs(d, misspelt))).toMatch(/Did you mean "panelEvents"/);
    const refused = await overWs(p, misspelt);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(messages(refused)).toMatch(/Cannot query field "panelEvnts"/);
    expect(messages(refused)).not.toMatch(/Did you mean|panelEvents/);
    await Promise.all([p.dispose(), d.dispose()]);
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET query without a preflight header, and answers it with one', async () => {
    const url = `${prod.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const refused = await fetch(url);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/Cross-Site Request Forgery/);
    const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('refuses a text/plain POST of a mutation (a form a foreign page could send) and changes nothing', async () => {
    const token = await prod.login('member1@demo.kz');
    const cases = await prod.gql<{ cases: { edges: { node: { id: string; status: string } }[] } }>('{ cases(first: 50) { edges { node { id status } } } }', {}, token);
    const inReview = cases.data!.cases.edges.find((e) => e.node.status === 'IN_REVIEW')!.node.id;
    const body = JSON.stringify({ query: 'mutation($c: ID!) { addComment(caseId: $c, body: "с чужой страницы") { id } }', variables: { c: inReview } });
    // Raw fetch on purpose: the content type is what is under test.
    const send = (contentType: string) => fetch(`${prod.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${token}` }, body });
    const before = await prod.snapshot();
    const refused = await send('text/plain');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/Cross-Site Request Forgery/);
    expect(await prod.snapshot()).toEqual(before);
    // The very same request as JSON (which a browser preflights) goes through.
    expect(((await (await send('application/json')).json()) as GqlResult<{ addComment: { id: string } | null }>).data?.addComment?.id).toBeTruthy();
    expect(await prod.snapshot()).not.toEqual(before);
  });

  it('refuses a mutation sent as GET even with the preflight header', async () => {
    const res = await fetch(`${prod.url}/graphql?query=${encodeURIComponent('mutation { __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
  });
});

describe('a masked INTERNAL error is logged with the request id the client got', () => {
  const logged = (requestId: unknown) => logLines.filter((l) => l.requestId === requestId && l.msg === 'internal error');

  it('over HTTP (X-Request-Id and extensions.requestId) and over WebSocket (extensions.requestId)', async () => {
    const token = await prod.login('member1@demo.kz');
    const client = wsClient(prod.url, token);
    const sql = prod.platform.orm.em.getConnection();
    // The database refuses the query mid-request: the kind of fault the client must see only as INTERNAL.
    await sql.execute('alter table platform rename to platform_hidden');
    try {
      // Raw fetch on purpose: the answer's x-request-id header is read.
      const res = await fetch(`${prod.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ platforms { id } }' }),
      });
      const body = (await res.json()) as GqlResult;
      const error = body.errors?.[0];
      expect(error?.extensions?.code).toBe('INTERNAL');
      expect(JSON.stringify(body)).not.toMatch(/platform_hidden|relation|select |stack/i);
      const requestId = res.headers.get('x-request-id');
      expect(error?.extensions?.requestId).toBe(requestId);
      expect(logged(requestId)).toHaveLength(1);
      expect(logged(requestId)[0]).toMatchObject({ level: 50, err: { message: expect.stringMatching(/platform/) } });

      const overSocket = await overWs(client, '{ platforms { id } }');
      const wsError = overSocket.errors?.[0];
      expect(wsError?.extensions?.code).toBe('INTERNAL');
      expect(JSON.stringify(overSocket)).not.toMatch(/platform_hidden|relation|select /i);
      expect(wsError?.extensions?.requestId).toMatch(/^[\w-]{8,}$/);
      expect(wsError?.extensions?.requestId).not.toBe(requestId);
      expect(logged(wsError?.extensions?.requestId)).toHaveLength(1);
      expect(logged(wsError?.extensions?.requestId)[0]).toMatchObject({ level: 50, err: { message: expect.stringMatching(/platform/) } });
    } finally {
      await sql.execute('alter table platform_hidden rename to platform');
      await client.dispose();
    }
  });

  it('gives each WebSocket operation its own request id on its errors', async () => {
    const client = wsClient(prod.url, await prod.login('member1@demo.kz'));
    const [a, b] = await Promise.all([overWs(client, '{ mee { id } }'), overWs(client, '{ mee { id } }')]);
    expect(a.errors?.[0].extensions?.requestId).toMatch(/^[\w-]{8,}$/);
    expect(b.errors?.[0].extensions?.requestId).toMatch(/^[\w-]{8,}$/);
    expect(a.errors?.[0].extensions?.requestId).not.toBe(b.errors?.[0].extensions?.requestId);
    await client.dispose();
  });
});
