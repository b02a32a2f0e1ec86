import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { MANIFEST_FILE, persistedDocuments, sha256 } from '../../client/build/persisted-documents.js';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { launchChromium, openCaseRoom } from './browser.js';

// The client's documents by hash, end to end: the manifest the client's build writes (from
// src/gql/graphql.ts) holds the text Apollo Client sends, the server runs it by hash alone, and the
// browser sends the hashes the server knows.
const generated = readFileSync(new URL('../../client/src/gql/graphql.ts', import.meta.url), 'utf8');
// The case room's operations as the browser sends them; imported by URL as the openroom benchmark does
// (the module's imports follow the client's own resolution, not this folder's).
const ROOM_OPERATIONS_MODULE = pathToFileURL(fileURLToPath(new URL('../../client/build/room-operations.ts', import.meta.url))).href;
type RoomOperation = { operationName: string; query: string; byCase: boolean };

describe('the manifest of the client build', () => {
  let tp: TestPlatform;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'panel-manifest-'));
    await writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify(persistedDocuments(generated)));
    tp = await startTestPlatform({ env: { CLIENT_DIST: dir } });
  });
  afterAll(async () => {
    await tp?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('has every operation of the client, keyed by the sha256 of its text', () => {
    const manifest = persistedDocuments(generated);
    const operations = [...generated.matchAll(/^export const \w+Document = /gm)].length;
    expect(Object.keys(manifest)).toHaveLength(operations);
    for (const [hash, text] of Object.entries(manifest)) expect(sha256(text)).toBe(hash);
  });

  it('lets the server run the case room\'s operations, as the browser sends them, by hash alone', async () => {
    const token = await tp.login('secretary@demo.kz');
    const caseId = (await tp.gql(REGISTER, { input: applicationInput() }, token)).data!.registerApplication.id as string;
    const { ROOM_OPERATIONS } = (await import(ROOM_OPERATIONS_MODULE)) as { ROOM_OPERATIONS: readonly RoomOperation[] };
    expect(ROOM_OPERATIONS.length).toBeGreaterThan(0);
    for (const op of ROOM_OPERATIONS) {
      // Raw fetch on purpose: the persisted-query wire format (no query, a hash in extensions) is what is under test.
      const res = await fetch(`${tp.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ operationName: op.operationName, variables: op.byCase ? { id: caseId } : {}, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(op.query) } } }),
      });
      const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect(body.errors, op.operationName).toBeUndefined();
      expect(body.data, op.operationName).toBeTruthy();
    }
  });
});

describe('the browser', () => {
  let tp: TestPlatform;
  let browser: Browser;
  beforeAll(async () => { [tp, browser] = await Promise.all([startTestPlatform(), launchChromium()]); });
  afterAll(async () => {
    await browser?.close();
    await tp?.close();
  });

  it('opens a case room sending its documents by hash, none unknown to the server', async () => {
    const caseId = (await tp.gql(REGISTER, { input: applicationInput() }, await tp.login('secretary@demo.kz'))).data!.registerApplication.id as string;
    const page = await openCaseRoom(browser, tp.url, caseId, 'member1@demo.kz');
    // From a fresh load of the room on: every GraphQL POST and whether any answer said the hash was unknown.
    const sent: { query?: string; hash?: string }[] = [];
    const unknown: string[] = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      const body = request.postDataJSON() as { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
      sent.push({ query: body.query, hash: body.extensions?.persistedQuery?.sha256Hash });
    });
    page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql')) return;
      const text = await response.text().catch(() => '');
      if (text.includes('PersistedQueryNotFound')) unknown.push(text);
    });
    await page.reload();
    await page.waitForSelector('[data-testid="case-room"] [data-testid="connection-state"][data-state="live"]');
    await page.waitForLoadState('networkidle');
    await page.context().close();
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((s) => s.hash && s.query === undefined)).toBe(true);
    expect(unknown).toEqual([]);
  });
});
