import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/** Loads rows by id in one query per batch, through the request's EntityManager (asked for when a batch runs); null for an id that has no row. */
export function byIdLoader<T extends { id: string }>(em: () => EntityManager, entity: new () => T): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await em().find(entity, { id: { $in: [...ids] } } as never);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A request's batch loader that also answers, without a promise, the keys it already has (loaded or primed). */
export type KnownLoader<V> = DataLoader<string, V> & { known(key: string): V | undefined };

/**
 * A batch loader over a reader that answers a map with every key. What it has read or been primed
 * with is also `known`: a field of a long list (a thread's comments) resolves from it without a
 * promise per item. Loaders live for one request (or one event) and are never cleared.
 */
export function mapLoader<V>(read: (keys: readonly string[]) => Promise<Map<string, V>>): KnownLoader<V> {
  const values = new Map<string, V>();
  const loader = new DataLoader<string, V>(async (keys) => {
    const found = await read(keys);
    return keys.map((k) => {
      const v = found.get(k)!;
      values.set(k, v);
      return v;
    });
  });
  const prime = loader.prime.bind(loader);
  return Object.assign(loader, {
    known: (key: string) => values.get(key),
    prime: (key: string, value: V | PromiseLike<V> | Error) => {
      if (!values.has(key) && !(value instanceof Error) && !isPromiseLike(value)) values.set(key, value);
      return prime(key, value);
    },
  });
}

const isPromiseLike = (v: unknown): v is PromiseLike<unknown> => typeof (v as PromiseLike<unknown> | null)?.then === 'function';
