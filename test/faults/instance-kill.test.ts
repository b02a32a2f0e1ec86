import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../../server/src/test-support/provided.js';
import { databaseUrl, dropDatabase, query, recreateDatabase } from '../../server/src/test-support/databases.js';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { ADD_COMMENT, gqlAttempt, gqlData, signIn } from '../../server/src/test-support/graphql-http.js';
import { spawnPlatform, type PlatformProcess } from '../support/platform-process.js';
import { exactlyOnceInOrder, resumableFeed } from '../support/resumable-feed.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const K = 6;

let dbUrl: string;
let db: string;
let dataDir: string;
let a: PlatformProcess;
let b: PlatformProcess;

beforeAll(async () => {
  const serverUrl = inject('dbServerUrl');
  db = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await recreateDatabase(serverUrl, db, inject('templateDb'));
  dbUrl = databaseUrl(serverUrl, db);
  dataDir = await mkdtemp(path.join(tmpdir(), 'panel-kill-'));
  // One token secret for both instances, as behind a load balancer: a token from one works on the other.
  const env = { DEMO: '0', DATA_DIR: dataDir, TOKEN_SECRET: randomBytes(32).toString('hex'), JOBS_EVERY_MS: '86400000' };
  [a, b] = await Promise.all([spawnPlatform({ databaseUrl: dbUrl, env }), spawnPlatform({ databaseUrl: dbUrl, env })]);
}, 120_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await dropDatabase(inject('dbServerUrl'), db);
  await rm(dataDir, { recursive: true, force: true });
});

describe('a server instance is killed with subscribers attached', () => {
  it('its subscribers resume on the other instance from their last seq and end with every event exactly once, in order', async () => {
    const secretary = await signIn(a.url, 'secretary@demo.kz');
    const readers = await Promise.all(['member1', 'member2', 'member3', 'chair', 'deputy', 'advisor'].slice(0, K).map((m) => signIn(a.url, `${m}@demo.kz`)));
    const writer = await signIn(b.url, 'member4@demo.kz');
    const { registerApplication: kase } = await gqlData<{ registerApplication: { id: string } }>(a.url, REGISTER, { input: applicationInput() }, secretary);
    const feeds = readers.map((token) => resumableFeed({ urls: [a.url, b.url], token, caseId: kase.id, after: '0' }));
    await Promise.all(feeds.map((f) => f.until((e) => e.length >= 1, 15_000)));

    // A writer keeps adding comments through B; A dies (SIGKILL: no drain, no close frames) part-way.
    const acked: string[] = [];
    const refused: string[] = [];
    const writes = (async () => {
      for (let i = 0; i < 60; i++) {
        const r = await gqlAttempt<{ addComment: { id: string } }>(b.url, ADD_COMMENT, { c: kase.id, b: `реплика ${i}` }, writer);
        (r.data?.addComment ? acked : refused).push(`реплика ${i}`);
        await sleep(25);
      }
    })();
    const killAfter = (async () => {
      while (acked.length < 20) await sleep(20);
      a.kill('SIGKILL');
      return a.exited;
    })();
    await writes;
    expect((await killAfter).signal).toBe('SIGKILL');
    expect(refused).toEqual([]); // B never noticed

    const expected = (await query<{ seq: string }>(dbUrl, 'select seq::text from case_event where case_id = $1 order by seq', [kase.id])).map((r) => r.seq);
    expect(expected.length).toBeGreaterThanOrEqual(61);
    await Promise.all(feeds.map((f) => f.until((e) => e.length >= expected.length, 20_000)));
    await sleep(300); // nothing more (no duplicate) arrives late
    for (const f of feeds) {
      expect(exactlyOnceInOrder(f.events, expected), `${f.events.length} of ${expected.length}; losses ${f.losses.join(' | ')}`).toBe(true);
      expect(f.resubscribes).toBeGreaterThanOrEqual(1);
      expect(f.events.filter((e) => e.kind === 'COMMENT_ADDED').map((e) => e.comment!.body)).toEqual(acked);
    }
    console.info(`instance kill: ${K} subscribers, ${expected.length} events, resubscribes ${feeds.map((f) => f.resubscribes).join(',')}, losses ${[...new Set(feeds.flatMap((f) => f.losses))].join(' | ')}`);
    await Promise.all(feeds.map((f) => f.stop()));
  }, 90_000);
});
