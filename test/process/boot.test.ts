import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));
let dataDir: string;

interface Run { lines: string[]; url: Promise<string>; exit: Promise<number | null>; stop: () => void }

/** Runs the real server process (server/src/main.ts under tsx) with the given environment. */
function runServer(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/root', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let onUrl: (u: string) => void;
  const url = new Promise<string>((resolve) => { onUrl = resolve; });
  const take = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      lines.push(line);
      const m = /"url":"(http:[^"]+)".*platform ready/.exec(line);
      if (m) onUrl(m[1]);
    }
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { lines, url, exit, stop: () => child.kill('SIGTERM') };
}

beforeAll(async () => { dataDir = await mkdtemp(path.join(tmpdir(), 'panel-boot-')); });
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('the server process', () => {
  it('starts on an embedded PostgreSQL with the demo panel, reuses the data on a second start, and shuts down cleanly on SIGTERM', async () => {
    const first = runServer({ DATA_DIR: dataDir });
    const url = await first.url;
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready' });
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "chair@demo.kz", password: "panel-demo") { member { role } } }' }),
    });
    expect(((await login.json()) as { data: { login: { member: { role: string } } } }).data.login.member.role).toBe('CHAIR');
    first.stop();
    expect(await first.exit).toBe(0);
    expect(first.lines.join('\n')).toMatch(/demo panel seeded/);
    expect(first.lines.at(-1)).toMatch(/stopped/);

    const second = runServer({ DATA_DIR: dataDir });
    const url2 = await second.url;
    const cases = await fetch(`${url2}/readyz`);
    expect(cases.status).toBe(200);
    second.stop();
    expect(await second.exit).toBe(0);
    expect(second.lines.join('\n')).not.toMatch(/demo panel seeded/);
  }, 60_000);

  it('refuses to start on a bad environment, naming the variable', async () => {
    const run = runServer({ PORT: 'eighty', DATA_DIR: dataDir });
    expect(await run.exit).toBe(1);
    expect(run.lines.join('\n')).toMatch(/PORT/);
  });
});

