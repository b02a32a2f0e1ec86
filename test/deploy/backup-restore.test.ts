// Backup and restore as README.md tells it, for real: a platform keeping evidence in PostgreSQL,
// cases with events and files, `pg_dump -Fc` of its database, `pg_restore` into a fresh one, and a
// platform started on that: every table row for row, every case, every event and every file's bytes
// are there, and the restored platform goes on writing.
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startPlatform, type Platform } from '../../server/src/app/platform.js';
import { parseEnv } from '../../server/src/config/env.js';
import '../../server/src/test-support/provided.js';
import { databaseUrl, dropDatabase, fingerprint, query, recreateDatabase } from '../../server/src/test-support/databases.js';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { gqlPost, signIn, type GqlAnswer } from '../../server/src/test-support/graphql-http.js';
import { GENEROUS_LIMITS } from '../../server/src/test-support/limits.js';
import { silentLogger } from '../../server/src/test-support/platform.js';
import { canHostCluster, findPgTools, startScratchCluster, tool, type PgTools, type ScratchCluster } from './pg-tools.js';

const exec = promisify(execFile);
const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The tools for the tests' server, or a scratch cluster of an older pg_dump's own version; null when there is no pg_dump at all. */
async function plan(): Promise<{ tools: PgTools; scratch: boolean } | { missing: string }> {
  const [{ v }] = await query<{ v: number }>(inject('dbServerUrl'), `select current_setting('server_version_num')::int as v`);
  const serverMajor = Math.floor(v / 10_000);
  const found = await findPgTools();
  const fit = found.find((t) => t.major >= serverMajor);
  if (fit) return { tools: fit, scratch: false };
  for (const t of found) if (await canHostCluster(t)) return { tools: t, scratch: true };
  return { missing: `no pg_dump/pg_restore for PostgreSQL ${serverMajor} (found: ${found.map((t) => `${t.major} in ${t.bin}`).join(', ') || 'none'}); set PG_BIN_DIR` };
}
const chosen = await plan();
if ('missing' in chosen) console.warn(`backup and restore test skipped: ${chosen.missing}`);
else console.info(`backup and restore with PostgreSQL ${chosen.tools.major} tools in ${chosen.tools.bin}${chosen.scratch ? ', on a scratch cluster of that version (the tests\' server is newer)' : ''}`);

/** A case as REGISTER answers it, as far as this test reads it. */
interface Registered { id: string; number: string; status: string; episodes: { id: string }[] }

interface Running {
  url: string;
  platform: Platform;
  gql: <T = Record<string, unknown>>(q: string, variables?: Record<string, unknown>, token?: string) => Promise<GqlAnswer<T>>;
  login: (email: string) => Promise<string>;
  close: () => Promise<void>;
}

/** The platform in this process on `dbUrl`, evidence in PostgreSQL, nothing scheduled behind the test's back. */
async function start(dbUrl: string, demo: boolean): Promise<Running> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'panel-restore-'));
  const env = parseEnv({
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: dbUrl, DATA_DIR: dataDir, DEMO: demo ? '1' : '0',
    EVIDENCE_STORE: 'postgres', LOG_LEVEL: 'silent', JOBS_EVERY_MS: '86400000', ...GENEROUS_LIMITS,
  });
  const platform = await startPlatform(env, silentLogger());
  const gql: Running['gql'] = <T,>(q: string, variables?: Record<string, unknown>, token?: string) => gqlPost<T>(platform.url, q, variables, token);
  const login = (email: string) => signIn(platform.url, email);
  return { url: platform.url, platform, gql, login, close: async () => { await platform.close(); await rm(dataDir, { recursive: true, force: true }); } };
}

async function uploadEvidence(p: Running, token: string, kase: { id: string; episodes: { id: string }[] }, bytes: Buffer): Promise<string> {
  const form = new FormData();
  form.append('caseId', kase.id);
  form.append('episodeId', kase.episodes[0].id);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'скриншот.png');
  const res = await fetch(`${p.url}/files/evidence`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { evidence: { id: string } }).evidence.id;
}

const fileOf = (size: number, seed: number) => {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = (i * seed + (i >> 9)) & 0xff;
  PNG_HEAD.copy(b);
  return b;
};

describe.skipIf('missing' in chosen)('backup with pg_dump and restore with pg_restore (evidence in PostgreSQL)', () => {
  const { tools, scratch } = chosen as { tools: PgTools; scratch: boolean };
  let dir: string;
  let cluster: ScratchCluster | null = null;
  let serverUrl: string;
  const dbs: string[] = [];
  const open: Running[] = [];

  const freshDatabase = async (prefix: string) => {
    const db = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await recreateDatabase(serverUrl, db);
    dbs.push(db);
    return databaseUrl(serverUrl, db);
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'panel-backup-'));
    if (scratch) cluster = await startScratchCluster(tools, dir);
    serverUrl = cluster?.url ?? inject('dbServerUrl');
  }, 60_000);

  afterAll(async () => {
    for (const p of open.splice(0)) await p.close().catch(() => undefined);
    for (const db of dbs) await dropDatabase(serverUrl, db).catch(() => undefined);
    await cluster?.stop();
    await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('brings back every case, every event and every evidence file, byte for byte', async () => {
    // The record: two cases, three files (one spans three chunks), their events.
    const originalUrl = await freshDatabase('backup_src');
    const original = await start(originalUrl, true);
    open.push(original);
    const secretary = await original.login('secretary@demo.kz');
    const cases = [];
    for (let i = 0; i < 2; i++) cases.push((await original.gql<{ registerApplication: Registered }>(REGISTER, { input: applicationInput() }, secretary)).data!.registerApplication);
    const files = [fileOf(600 * 1024, 31), fileOf(1000, 7), fileOf(256 * 1024, 13)];
    const uploaded = new Map<string, string>(); // evidence id -> sha256
    for (const [i, bytes] of files.entries()) uploaded.set(await uploadEvidence(original, secretary, cases[i % 2], bytes), sha(bytes));

    // Backup while the platform runs (pg_dump reads one consistent snapshot), then restore into a fresh database.
    const dump = path.join(dir, 'panel.dump');
    await exec(tool(tools, 'pg_dump'), ['-Fc', '-d', originalUrl, '-f', dump]);
    const restoredUrl = await freshDatabase('backup_dst');
    await exec(tool(tools, 'pg_restore'), ['--no-owner', '--exit-on-error', '-d', restoredUrl, dump]);
    await original.close();
    open.splice(open.indexOf(original), 1);

    // Every row of every table, evidence_chunk included, before anything starts on it.
    const before = await fingerprint(originalUrl);
    expect(before.evidence_chunk).toMatch(/^5:/); // 3 + 1 + 1 chunks
    expect(await fingerprint(restoredUrl)).toEqual(before);
    const events = (url: string) => query(url, 'select seq, case_id, kind, actor_id, payload::text, at from case_event order by seq');
    const restoredEvents = await events(restoredUrl);
    expect(restoredEvents).toEqual(await events(originalUrl));
    expect(restoredEvents.filter((e) => e.kind === 'evidence.uploaded')).toHaveLength(3);

    // The platform on the restored database: the same cases, the same files, and it goes on writing.
    const restored = await start(restoredUrl, false);
    open.push(restored);
    const token = await restored.login('secretary@demo.kz');
    for (const kase of cases) {
      const got = (await restored.gql('query($id: ID!) { case(id: $id) { id number status episodes { evidence { id sha256 } } } }', { id: kase.id }, token)).data?.case;
      expect(got).toMatchObject({ id: kase.id, number: kase.number, status: kase.status });
    }
    for (const [id, hash] of uploaded) {
      const res = await fetch(`${restored.url}/files/evidence/${id}`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-content-sha256')).toBe(hash);
      expect(sha(Buffer.from(await res.arrayBuffer()))).toBe(hash);
    }
    const next = await restored.gql(REGISTER, { input: applicationInput() }, token);
    expect(next.errors).toBeUndefined();
    expect(BigInt((await events(restoredUrl)).at(-1)!.seq)).toBeGreaterThan(BigInt(restoredEvents.at(-1)!.seq));
  }, 120_000);
});
