import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Readable, Transform } from 'node:stream';
import { PostgresStore } from './postgres.store.js';
import { Storage } from './storage.js';

/**
 * Where evidence bytes live (EVIDENCE_STORE): files under STORAGE_DIR (`Storage`), or chunked rows
 * in PostgreSQL (`PostgresStore`), so replicas share nothing on disk and one dump holds the record.
 * Either way an upload is first spooled to a local `.part` file while it is hashed and metered.
 */
export interface EvidenceStore {
  /** Creates what the store needs (folders); once, at boot. */
  init(): Promise<void>;
  /** Streams an upload in progress through `through` to a temporary file and returns its path; on any failure nothing is left. */
  receive(source: Readable, through: Transform, signal: AbortSignal): Promise<string>;
  /** Removes a temporary file that `receive` wrote (one already gone is fine). */
  discard(tempPath: string): Promise<void>;
  /**
   * Keeps a finished upload under `key` and removes the temporary file; never overwrites. `em` is
   * the evidence row's transaction: a store in the database writes there, so bytes and row commit together.
   */
  keep(tempPath: string, key: string, em: EntityManager): Promise<void>;
  /** The kept bytes, streamed; rejects before anything is read when there are none. */
  open(key: string): Promise<Readable>;
  /**
   * Deletes kept bytes for good (retention, or an attach that did not commit); already gone is fine.
   * With `em` in a transaction, a store in the database deletes in it: bytes and row change together.
   */
  remove(key: string, em?: EntityManager): Promise<void>;
}

export type EvidenceStoreKind = 'disk' | 'postgres';

/** The store EVIDENCE_STORE names; uploads in progress are spooled under `storageDir` for both. */
export function createEvidenceStore(kind: EvidenceStoreKind, storageDir: string, orm: MikroORM): EvidenceStore {
  return kind === 'postgres' ? new PostgresStore(orm, storageDir) : new Storage(storageDir);
}

declare module '../../shared/context.js' {
  interface AppDeps {
    /** Evidence files: on disk or in PostgreSQL (EVIDENCE_STORE). */
    storage: EvidenceStore;
  }
}
