import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../config/env.js';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { UploadBudget } from './upload-budget.js';

const HOUR = 3_600_000;

describe('UploadBudget', () => {
  const limits = parseEnv({ LIMIT_UPLOADS_PER_MEMBER: '2/1h', LIMIT_UPLOAD_BYTES_PER_MEMBER: '1000/1h' }).limits;

  it('counts uploads per member and refuses the one over, with the wait until the next', () => {
    let now = 0;
    const budget = new UploadBudget(limits, () => now);
    expect(budget.admit('a')).toBeNull();
    expect(budget.admit('a')).toBeNull();
    const refused = budget.admit('a');
    expect(refused?.code).toBe('RATE_LIMITED');
    expect(refused?.extensions.retryAfter).toBe(HOUR / 2 / 1000);
    expect(budget.admit('b')).toBeNull();
    now = HOUR / 2;
    expect(budget.admit('a')).toBeNull();
  });

  it('spends bytes as they come; a refused chunk spends nothing; no byte left refuses before the body', () => {
    let now = 0;
    const budget = new UploadBudget(limits, () => now);
    expect(budget.spend('a', 900)).toBeNull();
    expect(budget.spend('a', 200)?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 360 });
    expect(budget.spend('a', 100)).toBeNull();
    expect(budget.admit('a')?.code).toBe('RATE_LIMITED');
    expect(budget.spend('b', 1000)).toBeNull();
    now = HOUR;
    expect(budget.admit('a')).toBeNull();
  });
});

describe('the upload budget over HTTP', () => {
  let tp: TestPlatform;
  let fields: { caseId: string; episodeId: string };
  const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size - 8, 3)]);
  const upload = (token: string, bytes: Buffer) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'shot.png');
    return fetch(`${tp.url}/files/evidence`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  };
  const storedFiles = async () => (await readdir(path.join(tp.storageDir, 'evidence'))).length + (await readdir(path.join(tp.storageDir, 'incoming'))).length;

  beforeAll(async () => {
    tp = await startTestPlatform({ env: { EVIDENCE_MAX_BYTES: String(64 * 1024), LIMIT_UPLOADS_PER_MEMBER: '2/1h', LIMIT_UPLOAD_BYTES_PER_MEMBER: '48KiB/1h' } });
    const secretary = await tp.login('secretary@demo.kz');
    const kase = (await tp.gql(REGISTER, { input: applicationInput() }, secretary)).data!.registerApplication;
    fields = { caseId: kase.id, episodeId: kase.episodes[0].id };
  });
  afterAll(() => tp.close());

  /** Sends `bytes` with `token` and expects 429 RATE_LIMITED with Retry-After; nothing changes. */
  async function expectRefused(token: string, bytes: Buffer, message: RegExp): Promise<void> {
    const before = { db: await tp.snapshot(), files: await storedFiles() };
    const res = await upload(token, bytes);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await res.json()) as { error: { code: string; message: string; messages: Record<string, string> } };
    expect(body.error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(message) });
    expect(Object.keys(body.error.messages).sort()).toEqual(['en', 'kk', 'ru']);
    expect(await tp.snapshot()).toEqual(before.db);
    expect(await storedFiles()).toBe(before.files);
  }

  it('refuses the upload over the count with 429 and Retry-After, stores nothing, and leaves another member alone', async () => {
    const secretary = await tp.login('secretary@demo.kz');
    for (let i = 0; i < 2; i++) expect((await upload(secretary, png(1024))).status).toBe(201);
    await expectRefused(secretary, png(1024), /Too many file uploads/);
    const chair = await tp.login('chair@demo.kz');
    expect((await upload(chair, png(1024))).status).toBe(201);
  });

  it('refuses the upload that runs past the bytes mid-file with 429 and Retry-After, stores nothing, and leaves another member alone', async () => {
    const member1 = await tp.login('member1@demo.kz');
    expect((await upload(member1, png(40 * 1024))).status).toBe(201);
    await expectRefused(member1, png(40 * 1024), /uploaded too much data/);
    const member2 = await tp.login('member2@demo.kz');
    expect((await upload(member2, png(40 * 1024))).status).toBe(201);
  });
});
