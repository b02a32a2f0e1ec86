import DataLoader from 'dataloader';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { LiveFeed } from '../../shared/events/live-feed.js';
import { ReferenceCache } from '../../shared/reference-cache.js';
import type { Platform } from './platform.entity.js';

/** A registry entry as the `Platform` type resolves it: the entity, or the copy the registry holds. */
export type PlatformCard = Readonly<Omit<Platform, 'createdAt'>>;

/** A read is one small query; this only bounds staleness should a `log` notification be missed. */
const REGISTRY_TTL_MS = 60_000;

/**
 * The platform registry, read in one query and kept per instance: the episodes, resources,
 * prescription URLs and prescriptions of every case name their platform by id and take it from
 * here. It changes only through `updatePlatform`, logged under the `log` topic, whose notification
 * (on every instance) drops the copy; the instance that made the change drops it at once.
 */
export class PlatformRegistry {
  private readonly cache: ReferenceCache<Map<string, PlatformCard>>;

  constructor(orm: MikroORM, feed: LiveFeed) {
    this.cache = new ReferenceCache(() => readRegistry(orm), feed, REGISTRY_TTL_MS);
  }

  /** Entries for ids, in their order; null for an id that names none. */
  many(ids: readonly string[]): Promise<(PlatformCard | null)[]> {
    return this.cache.many(ids, (byId) => byId);
  }

  /** Drops the copy at once, on the instance that changed an entry. */
  invalidate(): void {
    this.cache.invalidate();
  }
}

interface PlatformColumns {
  id: string; code: string; name: string; name_kk: string | null; hosts: string[]; representative: string; representative_contact: string | null;
  representative_kk: string | null; legal_name_kk: string | null; legal_name_ru: string | null; bin: string | null; registration: string | null;
  address_kk: string | null; address_ru: string | null;
}

async function readRegistry(orm: MikroORM): Promise<Map<string, PlatformCard>> {
  const rows: PlatformColumns[] = await orm.em.getConnection().execute(
    `select id, code, name, name_kk, hosts, representative, representative_contact, representative_kk, legal_name_kk, legal_name_ru, bin, registration, address_kk, address_ru
       from platform`);
  return new Map(rows.map((r) => [r.id, Object.freeze({
    id: r.id, code: r.code, name: r.name, nameKk: r.name_kk, hosts: Object.freeze([...r.hosts]) as string[], representative: r.representative,
    representativeContact: r.representative_contact, representativeKk: r.representative_kk, legalNameKk: r.legal_name_kk, legalNameRu: r.legal_name_ru,
    bin: r.bin, registration: r.registration, addressKk: r.address_kk, addressRu: r.address_ru,
  })]));
}

/** Registry entries by id for a request: the platform of episodes, resources and prescriptions, from the instance's copy. */
export const platformLoaders = (registry: PlatformRegistry) => ({
  platform: new DataLoader((ids: readonly string[]) => registry.many(ids)),
});

declare module '../../shared/context.js' {
  interface AppDeps {
    /** The platform registry, per instance. */
    platforms: PlatformRegistry;
  }
  interface Loaders extends ReturnType<typeof platformLoaders> {}
}
