import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlPost } from '../../server/src/test-support/graphql-http.js';
import { spawnPlatform } from '../support/platform-process.js';

let dataDir: string;

/** The real server process (server/src/main.ts under tsx) on its embedded PostgreSQL, with its own limits. */
const runServer = (env: Record<string, string>) => spawnPlatform({ env, generousLimits: false });

beforeAll(async () => { dataDir = await mkdtemp(path.join(tmpdir(), 'panel-boot-')); });
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('the server process', () => {
  it('starts on an embedded PostgreSQL with the demo panel, reuses the data on a second start, and shuts down cleanly on SIGTERM', async () => {
    const first = await runServer({ DATA_DIR: dataDir });
    const url = first.url;
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready' });
    const login = await gqlPost<{ login: { member: { role: string } } }>(url, 'mutation { login(email: "chair@demo.kz", password: "panel-demo") { member { role } } }');
    expect(login.data?.login.member.role).toBe('CHAIR');
    expect(await first.stop()).toBe(0);
    expect(first.lines.join('\n')).toMatch(/demo panel seeded/);
    expect(first.lines.at(-1)).toMatch(/stopped/);

    const second = await runServer({ DATA_DIR: dataDir });
    const cases = await fetch(`${second.url}/readyz`);
    expect(cases.status).toBe(200);
    expect(await second.stop()).toBe(0);
    expect(second.lines.join('\n')).not.toMatch(/demo panel seeded/);
  }, 60_000);

  it('refuses to start on a bad environment, naming the variable', async () => {
    // spawnPlatform rejects with the exit code and the server's last lines.
    await expect(runServer({ PORT: 'eighty', DATA_DIR: dataDir })).rejects.toThrow(/exited \(1\) before it was ready:[\s\S]*PORT/);
  });
});

