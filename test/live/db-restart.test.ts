import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../server/src/test-support/platform.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../server/src/config/env.js';
import { startPlatform, type Platform } from '../../server/src/app/platform.js';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../../server/src/db/embedded.js';
import { prepareTemplate } from '../../server/src/test-support/template.js';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { collect, wsClient } from '../../server/src/test-support/ws-client.js';

// Its own cluster: stopping it must not disturb the other test files.
let dir: string;
let cluster: EmbeddedCluster;
let platform: Platform;

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
}
const login = async (email: string) => (await gql('mutation($e: String!) { login(email: $e, password: "panel-demo") { token } }', { e: email })).data.login.token as string;

/** Retries a write until the pool has reconnected (a refused write is an error, never a silent loss). */
async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined as T);
    if (v !== undefined && ok(v)) return v;
    if (Date.now() > end) throw new Error('did not recover in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'panel-restart-'));
  cluster = await startEmbeddedPostgres(path.join(dir, 'pg'), () => undefined);
  await prepareTemplate(cluster.url('postgres'));
  const env = parseEnv({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: cluster.url('postgres'), DATA_DIR: dir, DEMO: '1', LOG_LEVEL: 'silent' });
  platform = await startPlatform(env, silentLogger());
});
afterAll(async () => {
  await platform?.close();
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('the database restarts while a client is subscribed', () => {
  it('the live feed reconnects by itself and the subscriber catches up from the log', async () => {
    const secretary = await login('secretary@demo.kz');
    const member = await login('member1@demo.kz');
    const kase = (await gql(REGISTER, { input: applicationInput() }, secretary)).data.registerApplication;
    const client = wsClient(platform.url, member);
    const feed = collect<{ seq: string; comment: { body: string } | null }>(
      client, 'subscription($id: ID!) { caseEvents(caseId: $id, after: "0") { seq comment { body } } }', { id: kase.id }, 'caseEvents');
    await feed.until(1);
    const reconnectsBefore = platform.feed.reconnects;

    await cluster.stop();
    const during = await gql('mutation($c: ID!) { addComment(caseId: $c, body: "пока база недоступна") { id } }', { c: kase.id }, member);
    expect(during.errors?.[0].extensions.code).toBe('INTERNAL'); // refused, not silently lost
    await cluster.start();

    await until(() => gql('mutation($c: ID!) { addComment(caseId: $c, body: "после перезапуска") { id } }', { c: kase.id }, member), (r) => !r.errors);
    const events = await feed.until(2, 20_000);
    expect(events[1].comment?.body).toBe('после перезапуска');
    expect(feed.items.some((e) => e.comment?.body === 'пока база недоступна')).toBe(false);
    await until(async () => platform.feed.reconnects, (n) => n > reconnectsBefore);
    feed.stop();
    await client.dispose();
  }, 60_000);
});
