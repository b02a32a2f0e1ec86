import { wrap } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { LiveFeed } from '../../shared/events/live-feed.js';
import { ReferenceCache } from '../../shared/reference-cache.js';
import type { PanelSettings } from './panel-settings.entity.js';
import { loadSettings } from './settings.service.js';

/** Bounds staleness should a `log` notification be missed; a change drops the copy at once. */
const SETTINGS_TTL_MS = 60_000;

/**
 * The panel's settings for reads (the voting panel, the tally's visibility), kept per instance: one
 * row that only the admin changes, and every change is logged under the `log` topic. Writes that
 * depend on the settings (opening a round, deciding) read them in their own transaction instead.
 */
export class SettingsCache {
  private readonly cache: ReferenceCache<Readonly<PanelSettings>>;

  constructor(orm: MikroORM, feed: LiveFeed) {
    this.cache = new ReferenceCache(async () => Object.freeze(wrap(await loadSettings(orm.em.fork())).toPOJO() as PanelSettings), feed, SETTINGS_TTL_MS);
  }

  get(): Promise<Readonly<PanelSettings>> {
    return this.cache.get();
  }

  /** Drops the copy at once, on the instance that changed the settings. */
  invalidate(): void {
    this.cache.invalidate();
  }
}

declare module '../../shared/context.js' {
  interface AppDeps {
    /** The panel's settings for reads, per instance. */
    settings: SettingsCache;
  }
}
