import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';

let tp: TestPlatform;
let secretary: string;
let kase: { id: string; episodes: { id: string }[] };

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('screenshot-bytes')]);

function upload(token: string | null, fields: Record<string, string>, file?: { bytes: Buffer; type: string; name: string }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  return fetch(`${tp.url}/files/evidence`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

const storedFiles = async () => (await readdir(path.join(tp.storageDir, 'evidence'))).length + (await readdir(path.join(tp.storageDir, 'incoming'))).length;

beforeAll(async () => {
  tp = await startTestPlatform({ env: { EVIDENCE_MAX_BYTES: String(64 * 1024) } });
  secretary = await tp.login('secretary@demo.kz');
  kase = (await tp.gql(REGISTER, { input: applicationInput() }, secretary)).data!.registerApplication;
});
afterAll(() => tp.close());

describe('evidence upload', () => {
  it('stores the file outside the database with its SHA-256, size, type and uploader, and logs it', async () => {
    const res = await upload(secretary, { caseId: kase.id, episodeId: kase.episodes[0].id }, { bytes: PNG, type: 'image/png', name: '../../скриншот.png' });
    expect(res.status).toBe(201);
    const { evidence } = (await res.json()) as { evidence: { id: string; fileName: string; mimeType: string; size: number; sha256: string } };
    const sha = createHash('sha256').update(PNG).digest('hex');
    expect(evidence).toMatchObject({ fileName: 'скриншот.png', mimeType: 'image/png', size: PNG.length, sha256: sha });
    expect(await readFile(path.join(tp.storageDir, 'evidence', evidence.id))).toEqual(PNG);
    const [row] = await query<{ uploaded_by_id: string }>(tp.dbUrl, 'select uploaded_by_id from evidence where id = $1', [evidence.id]);
    expect(row.uploaded_by_id).toBeTruthy();
    const events = await query(tp.dbUrl, `select 1 from case_event where case_id = $1 and kind = 'evidence.uploaded'`, [kase.id]);
    expect(events).toHaveLength(1);

    const listed = await tp.gql('query($id: ID!) { case(id: $id) { episodes { evidence { sha256 uploadedBy { email } } } } }', { id: kase.id }, secretary);
    expect(listed.data!.case.episodes[0].evidence).toEqual([{ sha256: sha, uploadedBy: { email: 'secretary@demo.kz' } }]);

    const download = await fetch(`${tp.url}/files/evidence/${evidence.id}`, { headers: { authorization: `Bearer ${secretary}` } });
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PNG);
    expect(download.headers.get('x-content-sha256')).toBe(sha);
    const advisor = await tp.login('advisor@demo.kz');
    const refused = await fetch(`${tp.url}/files/evidence/${evidence.id}`, { headers: { authorization: `Bearer ${advisor}` } });
    expect(refused.status).toBe(403);
  });

  const big = Buffer.concat([PNG, Buffer.alloc(70 * 1024, 1)]);
  it.each([
    ['a file over the limit', () => secretary, { bytes: big, type: 'image/png', name: 'big.png' }, 400, 'BAD_USER_INPUT', /larger than the limit/],
    ['a refused type', () => secretary, { bytes: Buffer.from('MZ\x90\x00'), type: 'application/x-msdownload', name: 'a.exe' }, 400, 'BAD_USER_INPUT', /not accepted/],
    ['a file that is not what it declares', () => secretary, { bytes: Buffer.from('MZ\x90\x00 not a png'), type: 'image/png', name: 'a.png' }, 400, 'BAD_USER_INPUT', /not image\/png/],
    ['an empty file', () => secretary, { bytes: Buffer.alloc(0), type: 'text/plain', name: 'a.txt' }, 400, 'BAD_USER_INPUT', /empty/],
    ['no token', () => null, { bytes: PNG, type: 'image/png', name: 'a.png' }, 401, 'UNAUTHENTICATED', /sign in/],
  ])('refuses %s; the database and the storage stay as they were', async (_w, token, file, status, code, message) => {
    const before = await tp.snapshot();
    const files = await storedFiles();
    const res = await upload(token(), { caseId: kase.id, episodeId: kase.episodes[0].id }, file);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
    expect(await tp.snapshot()).toEqual(before);
    expect(await storedFiles()).toBe(files);
  });

  it.each([
    ['an advisor', 'advisor@demo.kz', () => ({ caseId: kase.id, episodeId: kase.episodes[0].id }), 403],
    ['an episode of another case', 'secretary@demo.kz', () => ({ caseId: kase.id, episodeId: '00000000-0000-4000-8000-000000000000' }), 404],
    ['an unknown case', 'secretary@demo.kz', () => ({ caseId: 'nope', episodeId: kase.episodes[0].id }), 404],
  ])('refuses an upload by or to %s; nothing is kept', async (_w, email, fields, status) => {
    const token = await tp.login(email);
    const before = await tp.snapshot();
    const files = await storedFiles();
    const res = await upload(token, fields(), { bytes: PNG, type: 'image/png', name: 'a.png' });
    expect(res.status).toBe(status);
    expect(await tp.snapshot()).toEqual(before);
    expect(await storedFiles()).toBe(files);
  });
});
