import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/** Loads rows by id in one query per batch; null for an id that has no row. */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: new () => T): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A batch loader over a reader that answers a map with every key. */
export const mapLoader = <V>(read: (keys: readonly string[]) => Promise<Map<string, V>>) =>
  new DataLoader<string, V>(async (keys) => {
    const found = await read(keys);
    return keys.map((k) => found.get(k)!);
  });
