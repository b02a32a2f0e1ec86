import { createWriteStream } from 'node:fs';
import { link, mkdir, unlink } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Evidence bytes on disk, outside the database. Files are written once and never replaced; retention deletes them. */
export class Storage {
  constructor(readonly root: string) {}

  async init(): Promise<void> {
    await mkdir(path.join(this.root, 'evidence'), { recursive: true });
    await mkdir(path.join(this.root, 'incoming'), { recursive: true });
  }

  /**
   * Writes an upload in progress to a new temporary `.part` file through `through` (the hash and
   * the limits) and returns its path. One pipeline: an error or an abort anywhere destroys every
   * stream, which closes the file descriptor, and the `.part` file is removed before this rejects.
   */
  async receive(source: Readable, through: Transform, signal: AbortSignal): Promise<string> {
    const p = path.join(this.root, 'incoming', `${randomUUID()}.part`);
    try {
      await pipeline(source, through, createWriteStream(p, { flags: 'wx' }), { signal });
      return p;
    } catch (e) {
      await this.discard(p);
      throw e;
    }
  }

  pathOf(key: string): string {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('bad storage key');
    return path.join(this.root, 'evidence', key);
  }

  /** Moves a finished upload to its final name; fails rather than overwrite an existing file. */
  async keep(tempPath: string, key: string): Promise<void> {
    await link(tempPath, this.pathOf(key));
    await unlink(tempPath);
  }

  discard(filePath: string): Promise<void> {
    return unlink(filePath).catch(() => undefined);
  }

  /** Deletes a kept file for good (retention); a file already gone is fine, any other failure throws. */
  async remove(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }
}
