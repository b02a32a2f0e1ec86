import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import type { GqlAnswer, GqlResult } from '../../test-support/graphql-http.js';
import { wsClient } from '../../test-support/ws-client.js';
import { MANIFEST_FILE, sha256 } from './persisted-documents.js';

// A build's manifest with one document, in a client folder of its own.
const ME = 'query Me { me { id email } }';
let tp: TestPlatform;
let dir: string;
let token: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'panel-persisted-'));
  await writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify({ [sha256(ME)]: ME }));
  tp = await startTestPlatform({ env: { CLIENT_DIST: dir } });
  token = await tp.login('member1@demo.kz');
});
afterAll(async () => {
  await tp.close();
  await rm(dir, { recursive: true, force: true });
});

/** POST /graphql in the persisted-query wire format (a hash in extensions, the text optional): raw fetch on purpose, the format is what is under test. */
async function post(body: { query?: string; hash: string; variables?: Record<string, unknown> }): Promise<GqlAnswer> {
  const res = await fetch(`${tp.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: body.query, variables: body.variables ?? {}, extensions: { persistedQuery: { version: 1, sha256Hash: body.hash } } }),
  });
  return { ...((await res.json()) as GqlResult), status: res.status };
}

const codeOf = (a: { errors?: { extensions?: { code?: string } }[] }) => a.errors?.[0]?.extensions?.code;
/** Apollo's answer to an unknown hash: the protocol's message, under the closed set's BAD_USER_INPUT (errors.ts). */
const notFound = (a: { errors?: { message: string; extensions?: { code?: string } }[] }) => a.errors?.length === 1 && a.errors[0].message === 'PersistedQueryNotFound' && codeOf(a) === 'BAD_USER_INPUT';

describe('persisted documents over HTTP', () => {
  it('runs a document of the manifest sent by hash alone', async () => {
    const answer = await post({ hash: sha256(ME) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({ me: { email: 'member1@demo.kz' } });
  });

  it('answers an unknown hash PersistedQueryNotFound, then runs the text sent with it, and knows the hash from then on', async () => {
    const text = 'query MyId { me { id } }';
    const unknown = await post({ hash: sha256(text) });
    expect(unknown.status).toBe(200);
    expect(notFound(unknown)).toBe(true);
    expect(unknown.data).toBeUndefined();

    const withText = await post({ hash: sha256(text), query: text });
    expect(withText.errors).toBeUndefined();
    expect(withText.data).toMatchObject({ me: { id: expect.any(String) } });
    expect((await post({ hash: sha256(text) })).data).toEqual(withText.data);
  });

  it('refuses a hash that is not the sha256 of the text sent with it, and does not learn it', async () => {
    const hash = sha256('query Other { me { name } }');
    const refused = await post({ hash, query: 'query Sneaky { me { email } }' });
    expect(refused.status).toBe(400);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.data).toBeUndefined();
    expect(notFound(await post({ hash }))).toBe(true);
  });

  it('applies the limits to a text sent with its hash, and does not register a refused one', async () => {
    const nest = (n: number): string => (n === 0 ? 'id' : `replies { ${nest(n - 1)} }`);
    const deep = `{ case(id: "x") { comments { ${nest(12)} } } }`;
    const refused = await post({ hash: sha256(deep), query: deep });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.map((e) => e.message).join(' ')).toMatch(/depth limit/);
    expect(notFound(await post({ hash: sha256(deep) }))).toBe(true);
  });

  it('still runs a full-text document sent without a hash (analysts, the explorer)', async () => {
    const answer = await tp.gql<{ me: { email: string } }>('{ me { email } }', {}, token);
    expect(answer.data?.me.email).toBe('member1@demo.kz');
  });
});

describe('persisted documents over the WebSocket', () => {
  /** One operation over graphql-ws, sent as given: its last result, or the errors it ended with. */
  const overWs = (payload: { query: string; extensions?: Record<string, unknown> }) => {
    const client = wsClient(tp.url, token);
    return new Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }>((resolve) => {
      let result = {};
      client.subscribe(payload, {
        next: (r) => { result = r; },
        error: (e) => resolve({ errors: Array.isArray(e) ? e : [e as never] }),
        complete: () => resolve(result),
      });
    }).finally(() => client.dispose());
  };
  const byHash = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

  it('runs a text, the same text again (its document reused), and a manifest document by hash with an empty query', async () => {
    expect(await overWs({ query: ME })).toMatchObject({ data: { me: { email: 'member1@demo.kz' } } });
    expect(await overWs({ query: ME })).toMatchObject({ data: { me: { email: 'member1@demo.kz' } } });
    expect(await overWs({ query: '', extensions: byHash(sha256(ME)) })).toMatchObject({ data: { me: { email: 'member1@demo.kz' } } });
  });

  it('answers an unknown hash PersistedQueryNotFound and refuses a hash that does not match its text', async () => {
    expect(notFound(await overWs({ query: '', extensions: byHash(sha256('{ me { name } }')) }))).toBe(true);
    expect(codeOf(await overWs({ query: '{ me { email } }', extensions: byHash(sha256(ME)) }))).toBe('BAD_USER_INPUT');
  });

  it('applies the limits to a cached text on every use', async () => {
    const bomb = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    for (let i = 0; i < 2; i += 1) {
      const answer = await overWs({ query: bomb });
      expect(answer.errors?.map((e) => e.message).join(' ')).toMatch(/aliases/i);
    }
  });
});
