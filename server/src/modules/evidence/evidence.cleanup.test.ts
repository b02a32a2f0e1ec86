import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';

// Uploads the network drops halfway, and uploads over the size limit: each must leave no file
// descriptor, no file and no row behind, in either evidence store (files on disk, or chunk rows in
// PostgreSQL; both spool uploads in flight to .part files). The platform runs in this process, so
// /proc/self/fd is its.
const MAX = 64 * 1024;
const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let tp: TestPlatform;
let store: 'disk' | 'postgres';
let secretary: string;
let fields: { caseId: string; episodeId: string };

const openFds = async () => (await readdir('/proc/self/fd')).length;
const partFiles = async () => (await readdir(path.join(tp.storageDir, 'incoming'))).length;
const keptFiles = async () => store === 'disk'
  ? (await readdir(path.join(tp.storageDir, 'evidence'))).length
  : Number((await query<{ n: string }>(tp.dbUrl, 'select count(distinct key) as n from evidence_chunk'))[0].n);
const storedFiles = async () => (await keptFiles()) + (await partFiles());
const evidenceRows = async () => Number((await query<{ n: string }>(tp.dbUrl, 'select count(*) as n from evidence'))[0].n);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `ok` holds or `ms` pass; returns the last value either way, for the assertion to show. */
async function settle<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 5_000): Promise<T> {
  const until = Date.now() + ms;
  let v = await read();
  while (!ok(v) && Date.now() < until) {
    await sleep(25);
    v = await read();
  }
  return v;
}

/** A raw multipart request for a PNG of `size` bytes: the head up to the file's bytes, the file, the tail. */
function multipart(size: number): { head: Buffer; file: Buffer; tail: Buffer } {
  const b = `----panel${randomUUID()}`;
  const parts = Object.entries(fields).map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('');
  const body = Buffer.from(`${parts}--${b}\r\nContent-Disposition: form-data; name="file"; filename="shot.png"\r\nContent-Type: image/png\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${b}--\r\n`);
  const { port } = new URL(tp.url);
  const head = Buffer.concat([Buffer.from([
    'POST /files/evidence HTTP/1.1', `Host: 127.0.0.1:${port}`, `Authorization: Bearer ${secretary}`,
    `Content-Type: multipart/form-data; boundary=${b}`, `Content-Length: ${body.length + size + tail.length}`, '', '',
  ].join('\r\n')), body]);
  return { head, file: Buffer.concat([PNG_HEAD, Buffer.alloc(size - PNG_HEAD.length, 7)]), tail };
}

const connect = () => new Promise<net.Socket>((resolve, reject) => {
  const { port } = new URL(tp.url);
  const s = net.connect(Number(port), '127.0.0.1', () => resolve(s)).on('error', reject);
});

/** Opens an upload and sends half of its file, then leaves the socket open for the caller to cut. */
async function halfUpload(): Promise<net.Socket> {
  const { head, file } = multipart(MAX - 1024);
  const socket = await connect();
  socket.on('error', () => undefined);
  socket.write(Buffer.concat([head, file.subarray(0, file.length / 2)]));
  return socket;
}

describe.each(['disk', 'postgres'] as const)('the %s evidence store', (kind) => {
  beforeAll(async () => {
    store = kind;
    tp = await startTestPlatform({ env: { EVIDENCE_MAX_BYTES: String(MAX), EVIDENCE_STORE: kind } });
    secretary = await tp.login('secretary@demo.kz');
    const kase = (await tp.gql(REGISTER, { input: applicationInput() }, secretary)).data!.registerApplication;
    fields = { caseId: kase.id, episodeId: kase.episodes[0].id };
    // One complete upload first, so the pools and caches it opens are open before anything is counted.
    const { head, file, tail } = multipart(1024);
    const socket = await connect();
    const answer = new Promise<string>((r) => { let t = ''; socket.on('data', (d) => { t += d; if (t.includes('"evidence"')) r(t); }); });
    socket.write(Buffer.concat([head, file, tail]));
    expect(await answer).toMatch(/^HTTP\/1\.1 201/);
    socket.destroy();
    expect(await keptFiles()).toBe(1); // kept where this store keeps files
  });
  afterAll(() => tp.close());

  describe('evidence uploads cut off or over the limit', () => {
    it('200 uploads cut off mid-file leave no open file, no .part file and no row', async () => {
      const TOTAL = 200;
      const BATCH = 20;
      const before = { fds: await settle(openFds, () => true), files: await storedFiles(), rows: await evidenceRows(), db: await tp.snapshot() };
      let peak = { fds: 0, parts: 0 };
      for (let done = 0; done < TOTAL; done += BATCH) {
        const sockets = await Promise.all(Array.from({ length: BATCH }, halfUpload));
        // Cut only once the server is writing every one of them, so each abort hits an open .part file.
        const parts = await settle(partFiles, (n) => n >= BATCH);
        expect(parts).toBe(BATCH);
        const fds = await openFds();
        if (fds > peak.fds) peak = { fds, parts };
        for (const s of sockets) s.destroy();
        expect(await settle(partFiles, (n) => n === 0)).toBe(0);
      }
      const fds = await settle(openFds, (n) => n <= before.fds + 3);
      const after = { fds, files: await storedFiles(), rows: await evidenceRows() };
      console.info(`aborted ${TOTAL} uploads: fds ${before.fds} before, ${peak.fds} at the peak (${peak.parts} .part files), ${after.fds} after; files ${before.files} -> ${after.files}; rows ${before.rows} -> ${after.rows}`);
      expect(peak.fds).toBeGreaterThanOrEqual(before.fds + 2 * BATCH); // a socket and a file each while in flight
      expect(after.fds - before.fds).toBeLessThanOrEqual(3); // unrelated sockets (the database pool) may come and go
      expect(after.files).toBe(before.files);
      expect(after.rows).toBe(before.rows);
      expect(await tp.snapshot()).toEqual(before.db);
    });

    it('refuses an upload over EVIDENCE_MAX_BYTES as soon as it passes the limit, and keeps nothing', async () => {
      const before = { fds: await openFds(), files: await storedFiles(), db: await tp.snapshot() };
      const { head, file, tail } = multipart(16 * MAX);
      const socket = await connect();
      socket.on('error', () => undefined); // the server closes after answering: the rest of the body may meet a reset
      let answer = '';
      const closed = new Promise<void>((r) => socket.on('data', (d) => { answer += d; }).on('close', () => r()));
      socket.write(Buffer.concat([head, file.subarray(0, 2 * MAX)]));
      // The answer comes with most of the body still unsent: the server does not wait for it.
      expect(await settle(async () => answer, (a) => a.includes('larger than the limit'))).toMatch(/^HTTP\/1\.1 400[\s\S]*connection: close[\s\S]*"code":"BAD_USER_INPUT"/i);
      socket.end(Buffer.concat([file.subarray(2 * MAX), tail]));
      await closed;
      expect(await settle(storedFiles, (n) => n === before.files)).toBe(before.files);
      expect(await settle(openFds, (n) => n <= before.fds + 3) - before.fds).toBeLessThanOrEqual(3);
      expect(await tp.snapshot()).toEqual(before.db);
    });
  });
});
