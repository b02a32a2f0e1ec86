// The exit status of every command a person or a script runs tells the truth: the test runner (with
// its embedded PostgreSQL or TEST_DATABASE_URL), the server, `pnpm soak`, `pnpm bench`, `pnpm generate`,
// and any process that starts an embedded cluster. Each is run as its own process, as the scripts
// of package.json run it, and only its exit status and output are read.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../../server/src/test-support/provided.js';
import { databaseUrl, dropDatabase, recreateDatabase } from '../../server/src/test-support/databases.js';
import { spawnPlatform } from '../support/platform-process.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER = path.join(ROOT, 'server');
const VITEST = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
const FIXTURES_CONFIG = 'test/process/exit-status/vitest.config.ts';

interface Exit { code: number | null; output: string }

/** Runs node with `args` in `cwd` and a clean environment (nothing of this test run's own leaks in). */
function run(cwd: string, args: string[], env: Record<string, string> = {}, ms = 120_000): Promise<Exit> {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c));
  child.stderr.on('data', (c: Buffer) => (output += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  return new Promise((resolve) => child.once('close', (code) => {
    clearTimeout(timer);
    resolve({ code, output });
  }));
}

/** `vitest run` with the suite's configuration and global setup, on one fixture file. */
const vitest = (fixture: string, env: Record<string, string> = {}) => run(ROOT, [VITEST, 'run', '--config', FIXTURES_CONFIG, fixture], env);
const tsx = (script: string, args: string[], env: Record<string, string> = {}, ms?: number) => run(SERVER, ['--import', 'tsx', script, ...args], env, ms);

describe('the test command', () => {
  it('exits 0 when every test passes (on the embedded PostgreSQL)', async () => {
    const r = await vitest('passes.fixture');
    expect(r.output).toMatch(/Tests\s+1 passed/);
    expect(r.code, r.output).toBe(0);
  });

  it.each([
    ['a test fails', 'fails.fixture', /Tests\s+1 failed/],
    ['a hook fails', 'failing-hook.fixture', /a hook failed on purpose/],
    ['a test file cannot be loaded', 'failing-import.fixture', /the file failed to load on purpose/],
  ])('exits non-zero when %s (on the embedded PostgreSQL)', async (_what, fixture, shown) => {
    const r = await vitest(fixture);
    expect(r.output).toMatch(shown);
    expect(r.code, r.output).toBe(1);
  });

  it('exits non-zero when a test fails on TEST_DATABASE_URL', async () => {
    const r = await vitest('fails.fixture', { TEST_DATABASE_URL: inject('dbServerUrl') });
    expect(r.output).toMatch(/Tests\s+1 failed/);
    expect(r.code, r.output).toBe(1);
  });

  it('exits non-zero when its global setup fails', async () => {
    const r = await vitest('passes.fixture', { FIXTURE_FAIL_SETUP: '1' });
    expect(r.output).toMatch(/the global setup failed on purpose/);
    expect(r.code, r.output).not.toBe(0);
  });
});

describe('a process that starts an embedded PostgreSQL', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(path.join(tmpdir(), 'panel-exit-')); });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps the exit code it set, and PostgreSQL stops when it is gone, stopped or not', async () => {
    for (const stop of ['stop', 'leave running']) {
      const r = await tsx('../test/process/exit-status/embedded-exit.ts', [path.join(dir, 'pg'), stop]);
      expect(r.code, r.output).toBe(3);
      // The helper process stops PostgreSQL by itself once its parent is gone.
      const pid = path.join(dir, 'pg', 'postmaster.pid');
      const end = Date.now() + 15_000;
      while (await stat(pid).then(() => true, () => false)) {
        if (Date.now() > end) throw new Error('PostgreSQL still runs after its parent exited');
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
});

describe('the server', () => {
  let blocker: Server;
  let db: string;
  beforeAll(async () => {
    db = `t_exit_${process.pid}`;
    await recreateDatabase(inject('dbServerUrl'), db, inject('templateDb'));
    blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    await new Promise((r) => blocker.close(r));
    await dropDatabase(inject('dbServerUrl'), db);
  });

  it('exits 1 with a message when it cannot start (its port is taken)', async () => {
    const { port } = blocker.address() as { port: number };
    const start = spawnPlatform({ databaseUrl: databaseUrl(inject('dbServerUrl'), db), env: { DEMO: '0', PORT: String(port) }, generousLimits: false });
    // spawnPlatform rejects with the exit code and the server's last lines.
    await expect(start).rejects.toThrow(/exited \(1\) before it was ready:[\s\S]*the platform could not start/);
    await expect(start).rejects.toThrow(/EADDRINUSE/);
  });
});

describe('the tools', () => {
  it('pnpm soak exits 1 when writes fail', async () => {
    const r = await tsx('../test/soak/run.ts', [
      '--minutes', '0.05', '--writers', '1', '--rate', '4', '--subscribers', '2', '--cases', '1', '--sample-seconds', '1',
      // Each member's first five writes pass (the setup's, the writer's first), the writer's next ones are refused.
      '--server-env', 'LIMIT_WRITES_PER_MEMBER=5/1h',
    ], {}, 180_000);
    expect(r.output).toMatch(/failed [1-9]\d* \(RATE_LIMITED/);
    expect(r.code, r.output).toBe(1);
  }, 200_000);

  it('pnpm bench exits 1 when a benchmark cannot write', async () => {
    const r = await tsx('../test/bench/run.ts', ['writes', '--smoke', '--server-env', 'LIMIT_WRITES_PER_MEMBER=2/1h'], {}, 180_000);
    expect(r.output).toMatch(/RATE_LIMITED/);
    expect(r.code, r.output).toBe(1);
  }, 200_000);

  it.each([
    ['without a database', [], 2],
    ['on a database that does not answer', ['--cases', '10', '--database-url', 'postgresql://nobody@127.0.0.1:1/none'], 1],
  ])('pnpm generate exits non-zero %s', async (_what, args, code) => {
    const r = await tsx('src/db/generate/cli.ts', args as string[]);
    expect(r.code, r.output).toBe(code);
  });
});
