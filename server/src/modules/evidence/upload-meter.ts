import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import type { DomainError } from '../../shared/domain-error.js';

/** What the meter learned once the whole file went through it. */
export interface Metered {
  size: number;
  sha256: string;
  /** The first bytes, for the type check by signature. */
  head: Buffer;
}

const HEAD_BYTES = 16;

/**
 * Passes a file's bytes through while hashing (SHA-256) and counting them; fails the stream (and so
 * the whole pipeline) as soon as `check` refuses the size so far or the chunk's cost.
 */
export class UploadMeter extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private size = 0;
  private head: Buffer = Buffer.alloc(0);
  private digest: string | null = null;

  constructor(private readonly check: (sizeSoFar: number, chunkBytes: number) => DomainError | null) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const refused = this.check(this.size + chunk.length, chunk.length);
    if (refused) return done(refused);
    this.size += chunk.length;
    this.hash.update(chunk);
    if (this.head.length < HEAD_BYTES) this.head = Buffer.concat([this.head, chunk]).subarray(0, HEAD_BYTES);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    done();
  }

  /** The result; only once the stream has ended. */
  result(): Metered {
    if (this.digest === null) throw new Error('the upload meter has not finished');
    return { size: this.size, sha256: this.digest, head: this.head };
  }
}
