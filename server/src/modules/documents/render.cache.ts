/**
 * Rendered PDFs by the version of their source, least recently used first out, bounded in bytes.
 * Per instance, in memory; a document larger than the whole budget is not kept.
 */
export class RenderCache {
  private readonly entries = new Map<string, Buffer>();
  private used = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string): Buffer | undefined {
    const bytes = this.entries.get(key);
    if (bytes) {
      // Re-inserted last: the Map's order is the order of use.
      this.entries.delete(key);
      this.entries.set(key, bytes);
    }
    return bytes;
  }

  set(key: string, bytes: Buffer): void {
    this.delete(key);
    if (bytes.byteLength > this.maxBytes) return;
    this.entries.set(key, bytes);
    this.used += bytes.byteLength;
    for (const oldest of this.entries.keys()) {
      if (this.used <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  /** Bytes held now. */
  get size(): number {
    return this.used;
  }

  private delete(key: string): void {
    const bytes = this.entries.get(key);
    if (!bytes) return;
    this.entries.delete(key);
    this.used -= bytes.byteLength;
  }
}
