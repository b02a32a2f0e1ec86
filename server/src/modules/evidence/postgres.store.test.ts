import { createHash, randomUUID } from 'node:crypto';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { CHUNK_BYTES, PostgresStore } from './postgres.store.js';

// EVIDENCE_STORE=postgres: the bytes are rows of evidence_chunk, written with the evidence row and
// read back chunk by chunk; nothing but uploads in flight touches the replica's disk.
let tp: TestPlatform;
let secretary: string;
let kase: { id: string; episodes: { id: string }[] };

const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A PNG-headed file of `size` bytes whose every byte depends on its place, so a misordered chunk shows. */
const pngOf = (size: number) => {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = (i * 31 + (i >> 8)) & 0xff;
  PNG_HEAD.copy(b);
  return b;
};
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function upload(fields: Record<string, string>, bytes: Buffer) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'shot.png');
  return fetch(`${tp.url}/files/evidence`, { method: 'POST', body: form, headers: { authorization: `Bearer ${secretary}` } });
}
const chunksOf = (key: string) => query<{ n: number; size: number }>(tp.dbUrl, 'select n, length(bytes) as size from evidence_chunk where key = $1 order by n', [key]);
const store = () => new PostgresStore(tp.platform.orm, tp.storageDir);

beforeAll(async () => {
  tp = await startTestPlatform({ env: { EVIDENCE_STORE: 'postgres' } });
  secretary = await tp.login('secretary@demo.kz');
  kase = (await tp.gql(REGISTER, { input: applicationInput() }, secretary)).data!.registerApplication;
});
afterAll(() => tp.close());

describe('the postgres evidence store', () => {
  it('keeps an upload as 256 KiB rows in order and serves the same bytes back, with nothing on disk', async () => {
    const bytes = pngOf(2 * CHUNK_BYTES + 12_345);
    const res = await upload({ caseId: kase.id, episodeId: kase.episodes[0].id }, bytes);
    expect(res.status).toBe(201);
    const { evidence } = (await res.json()) as { evidence: { id: string; sha256: string } };
    expect(evidence.sha256).toBe(sha(bytes));
    expect(await chunksOf(evidence.id)).toEqual([{ n: 0, size: CHUNK_BYTES }, { n: 1, size: CHUNK_BYTES }, { n: 2, size: 12_345 }]);
    expect(await readdir(path.join(tp.storageDir, 'incoming'))).toEqual([]);
    expect(await readdir(tp.storageDir)).toEqual(['incoming']);

    const download = await fetch(`${tp.url}/files/evidence/${evidence.id}`, { headers: { authorization: `Bearer ${secretary}` } });
    expect(download.status).toBe(200);
    const got = Buffer.from(await download.arrayBuffer());
    expect(got.length).toBe(bytes.length);
    expect(sha(got)).toBe(sha(bytes));
  });

  it('reads a file one chunk per read, not whole', async () => {
    const bytes = pngOf(3 * CHUNK_BYTES);
    const res = await upload({ caseId: kase.id, episodeId: kase.episodes[0].id }, bytes);
    const { evidence } = (await res.json()) as { evidence: { id: string } };
    const stream = await store().open(evidence.id);
    const sizes: number[] = [];
    for await (const chunk of stream) sizes.push((chunk as Buffer).length);
    expect(sizes).toEqual([CHUNK_BYTES, CHUNK_BYTES, CHUNK_BYTES]);
  });

  it('keeps no rows for an upload the service refuses (an episode of another case)', async () => {
    const before = await tp.snapshot();
    const res = await upload({ caseId: kase.id, episodeId: '00000000-0000-4000-8000-000000000000' }, pngOf(CHUNK_BYTES + 1));
    expect(res.status).toBe(404);
    expect(await tp.snapshot()).toEqual(before);
    expect(await readdir(path.join(tp.storageDir, 'incoming'))).toEqual([]);
  });

  it('writes in the caller\'s transaction: a rollback leaves no rows; a second keep of a key fails instead of overwriting', async () => {
    const key = randomUUID();
    const temp = async (b: Buffer) => { const p = path.join(tp.storageDir, 'incoming', `${randomUUID()}.part`); await writeFile(p, b); return p; };
    const em = tp.platform.orm.em.fork();
    await expect(em.transactional(async (tx) => {
      await store().keep(await temp(pngOf(CHUNK_BYTES + 10)), key, tx);
      expect((await tx.execute(`select count(*)::int as n from evidence_chunk where key = '${key}'`))[0].n).toBe(2);
      throw new Error('rolled back on purpose');
    })).rejects.toThrow(/on purpose/);
    expect(await chunksOf(key)).toEqual([]);

    await store().keep(await temp(pngOf(100)), key, em);
    await expect(store().keep(await temp(pngOf(50)), key, em)).rejects.toThrow(/duplicate key|evidence_chunk_pkey/);
    expect(await chunksOf(key)).toEqual([{ n: 0, size: 100 }]);
    expect(await readdir(path.join(tp.storageDir, 'incoming'))).toHaveLength(1); // the refused one's file, for its caller to discard
  });

  it('removes a file for good (retention), in the caller\'s transaction when given one, and refuses to open one that is gone', async () => {
    const res = await upload({ caseId: kase.id, episodeId: kase.episodes[0].id }, pngOf(CHUNK_BYTES + 1000));
    const { evidence } = (await res.json()) as { evidence: { id: string } };
    await expect(tp.platform.orm.em.fork().transactional(async (tx) => {
      await store().remove(evidence.id, tx);
      throw new Error('rolled back on purpose');
    })).rejects.toThrow(/on purpose/);
    expect(await chunksOf(evidence.id)).toHaveLength(2); // the erasure did not commit: the bytes stay with their row
    await tp.platform.orm.em.fork().transactional((tx) => store().remove(evidence.id, tx));
    expect(await chunksOf(evidence.id)).toEqual([]);
    await store().remove(evidence.id); // already gone is fine
    expect(await chunksOf(evidence.id)).toEqual([]);
    await expect(store().open(evidence.id)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(store().open('../../etc/passwd')).rejects.toThrow(/bad storage key/);
  });
});
