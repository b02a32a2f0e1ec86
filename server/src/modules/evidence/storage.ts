import { createWriteStream } from 'node:fs';
import { link, mkdir, open, unlink } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EvidenceStore } from './evidence.store.js';

/**
 * Writes an upload in progress to a new temporary `.part` file in `dir` through `through` (the hash
 * and the limits) and returns its path. One pipeline: an error or an abort anywhere destroys every
 * stream, which closes the file descriptor, and the `.part` file is removed before this rejects.
 */
export async function spool(dir: string, source: Readable, through: Transform, signal: AbortSignal): Promise<string> {
  const p = path.join(dir, `${randomUUID()}.part`);
  try {
    await pipeline(source, through, createWriteStream(p, { flags: 'wx' }), { signal });
    return p;
  } catch (e) {
    await discardFile(p);
    throw e;
  }
}

export const discardFile = (filePath: string): Promise<void> => unlink(filePath).catch(() => undefined);

/** A storage key is the evidence row's uuid: anything else never reaches a path or a query. */
export function checkKey(key: string): string {
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('bad storage key');
  return key;
}

/** Evidence bytes on disk, outside the database. Files are written once and never replaced; retention deletes them. */
export class Storage implements EvidenceStore {
  constructor(readonly root: string) {}

  async init(): Promise<void> {
    await mkdir(path.join(this.root, 'evidence'), { recursive: true });
    await mkdir(path.join(this.root, 'incoming'), { recursive: true });
  }

  /** Streams an upload in progress to a `.part` file in `incoming/` (see `spool`). */
  receive(source: Readable, through: Transform, signal: AbortSignal): Promise<string> {
    return spool(path.join(this.root, 'incoming'), source, through, signal);
  }

  pathOf(key: string): string {
    return path.join(this.root, 'evidence', checkKey(key));
  }

  /** The kept file's bytes; rejects (ENOENT) before anything is sent when it is not there. */
  async open(key: string): Promise<Readable> {
    const file = await open(this.pathOf(key), 'r');
    return file.createReadStream();
  }

  /** Moves a finished upload to its final name; fails rather than overwrite an existing file. */
  async keep(tempPath: string, key: string): Promise<void> {
    await link(tempPath, this.pathOf(key));
    await unlink(tempPath);
  }

  discard(filePath: string): Promise<void> {
    return discardFile(filePath);
  }

  /** Deletes a kept file for good (retention); a file already gone is fine, any other failure throws. */
  async remove(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }
}
