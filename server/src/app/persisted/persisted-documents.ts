import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentNode } from 'graphql';
import { BoundedCache } from './bounded-cache.js';

/** The file the client's build writes beside its assets: { sha256 of the text: text } of every document it may send. */
export const MANIFEST_FILE = 'persisted-documents.json';

/** What clients may register by sending a hash with its text (APQ): bounded, least recently used out first. */
export const REGISTERED_MAX = { entries: 2_000, characters: 8 * 1024 * 1024 } as const;
/** Parsed and validated documents kept beyond the client's own (which stay for the process's life). */
export const VALIDATED_MAX = 2_000;

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Apollo's cache interface (@apollo/utils.keyvaluecache), as much of it as Apollo calls. */
export interface KeyValueStore<V> {
  get(key: string): Promise<V | undefined>;
  set(key: string, value: V, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

/**
 * Reads the client build's manifest. Every entry's hash is checked against its text, so a damaged
 * file fails the start instead of answering one document's hash with another's text. No file
 * (a server without a built client, as in tests): none preregistered; clients register by APQ.
 */
export function readManifest(clientDist: string): Map<string, string> {
  const file = path.join(clientDist, MANIFEST_FILE);
  if (!existsSync(file)) return new Map();
  const entries = Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
  const manifest = new Map<string, string>();
  for (const [hash, text] of entries) {
    if (typeof text !== 'string' || sha256(text) !== hash) throw new Error(`${file}: the entry ${hash} is not the sha256 of its text`);
    manifest.set(hash, text);
  }
  return manifest;
}

/** The hash in a store key: Apollo prefixes its keys ("apq:", the schema's hash and ":"). */
const hashOf = (key: string): string => key.slice(key.lastIndexOf(':') + 1);

/**
 * Operation documents known by their sha256: the client's own, from the manifest of its build, for
 * the life of the process; and those clients register by sending a hash with its text (Apollo's
 * automatic persisted queries, after Apollo checked the hash and validated the text), bounded.
 * An old client after a deploy sends hashes the manifest lacks: it is answered PersistedQueryNotFound
 * (code BAD_USER_INPUT: the closed set of codes) and sends the text, as Apollo's persisted-query protocol does.
 */
export class PersistedDocuments {
  private readonly registered = new BoundedCache<string>(REGISTERED_MAX.entries, REGISTERED_MAX.characters, (text) => text.length);
  /** Parsed and validated: the manifest's documents pinned, any other in a bounded cache. */
  private readonly pinned = new Map<string, DocumentNode>();
  private readonly validated = new BoundedCache<DocumentNode>(VALIDATED_MAX);

  constructor(private readonly manifest: ReadonlyMap<string, string>) {}

  get size(): number {
    return this.manifest.size;
  }

  /** The text of a known hash, or undefined. */
  text(hash: string): string | undefined {
    return this.manifest.get(hash) ?? this.registered.get(hash);
  }

  /** Apollo's `persistedQueries.cache`: hash → text. */
  readonly texts: KeyValueStore<string> = {
    get: async (key) => this.text(hashOf(key)),
    set: async (key, text) => {
      const hash = hashOf(key);
      if (!this.manifest.has(hash)) this.registered.set(hash, text);
    },
    delete: async (key) => this.registered.delete(hashOf(key)),
  };

  /** Apollo's `documentStore`: hash → the document parsed and validated against the schema. */
  readonly documents: KeyValueStore<DocumentNode> = {
    get: async (key) => {
      const hash = hashOf(key);
      return this.pinned.get(hash) ?? this.validated.get(hash);
    },
    set: async (key, document) => {
      const hash = hashOf(key);
      if (this.manifest.has(hash)) this.pinned.set(hash, document);
      else this.validated.set(hash, document);
    },
    delete: async (key) => {
      const hash = hashOf(key);
      this.pinned.delete(hash);
      this.validated.delete(hash);
    },
  };
}
