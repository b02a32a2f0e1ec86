import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { mkdir, open, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Readable, type Transform } from 'node:stream';
import type { EvidenceStore } from './evidence.store.js';
import { checkKey, discardFile, spool } from './storage.js';

/** Bytes per row of `evidence_chunk`: large enough for few rows, small enough to stream. */
export const CHUNK_BYTES = 256 * 1024;

type Knex = ReturnType<EntityManager['getKnex']>;

/**
 * Evidence bytes in PostgreSQL (`evidence_chunk`, one row per 256 KiB), written in the evidence
 * row's transaction and read back chunk by chunk: nothing on a replica's disk but uploads in flight.
 */
export class PostgresStore implements EvidenceStore {
  private readonly incoming: string;

  constructor(private readonly orm: MikroORM, storageDir: string) {
    this.incoming = path.join(storageDir, 'incoming');
  }

  async init(): Promise<void> {
    await mkdir(this.incoming, { recursive: true });
  }

  receive(source: Readable, through: Transform, signal: AbortSignal): Promise<string> {
    return spool(this.incoming, source, through, signal);
  }

  discard(tempPath: string): Promise<void> {
    return discardFile(tempPath);
  }

  /** Copies the spooled file into chunk rows inside `em`'s transaction (its own if it has none), then removes the file. */
  async keep(tempPath: string, key: string, em: EntityManager): Promise<void> {
    checkKey(key);
    const trx = em.getTransactionContext();
    if (!trx) return em.transactional((tx) => this.keep(tempPath, key, tx));
    const knex = em.getKnex();
    const file = await open(tempPath, 'r');
    try {
      const buf = Buffer.alloc(CHUNK_BYTES);
      // Row 0 is written even for an empty file, so that kept-but-empty differs from missing.
      for (let n = 0, size = CHUNK_BYTES; size === CHUNK_BYTES; n++) {
        size = await readChunk(file, buf);
        if (size === 0 && n > 0) break;
        // A plain insert: a second keep of the same key fails on the primary key instead of overwriting.
        await knex.raw('insert into "evidence_chunk" ("key", "n", "bytes") values (?, ?, ?)', [key, n, buf.subarray(0, size)]).transacting(trx);
      }
    } finally {
      await file.close();
    }
    await unlink(tempPath);
  }

  /** Streams the chunks in order, one query each, fetching the next only when the reader wants more. */
  async open(key: string): Promise<Readable> {
    checkKey(key);
    const knex = this.knex();
    const { rows } = await knex.raw<{ rows: { chunks: number }[] }>('select count(*)::int as "chunks" from "evidence_chunk" where "key" = ?', [key]);
    const chunks = rows[0].chunks;
    if (chunks === 0) throw Object.assign(new Error(`no evidence bytes for ${key}`), { code: 'ENOENT' });
    let n = 0;
    return new Readable({
      read() {
        if (n === chunks) return void this.push(null);
        knex.raw<{ rows: { bytes: Buffer }[] }>('select "bytes" from "evidence_chunk" where "key" = ? and "n" = ?', [key, n]).then(
          ({ rows: [row] }) => {
            // Erased (retention) while being read: cut the stream rather than send a truncated file as complete.
            if (!row) return void this.destroy(new Error(`evidence chunk ${n} of ${key} is gone`));
            n += 1;
            this.push(row.bytes);
          },
          (e: Error) => this.destroy(e),
        );
      },
    });
  }

  async remove(key: string, em?: EntityManager): Promise<void> {
    const trx = em?.getTransactionContext();
    const del = this.knex().raw('delete from "evidence_chunk" where "key" = ?', [checkKey(key)]);
    await (trx ? del.transacting(trx) : del);
  }

  private knex(): Knex {
    return this.orm.em.getConnection().getKnex();
  }
}

/** Reads into `buf` until it is full or the file ends; returns the bytes read. */
async function readChunk(file: FileHandle, buf: Buffer): Promise<number> {
  let filled = 0;
  while (filled < buf.length) {
    const { bytesRead } = await file.read(buf, filled, buf.length - filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}
