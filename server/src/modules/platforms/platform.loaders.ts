import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../../shared/loaders.js';
import { Platform } from './platform.entity.js';

/** Registry entries by id: the platform of episodes, resources and prescriptions, one query per batch. */
export const platformLoaders = (em: EntityManager) => ({
  platform: byIdLoader(em, Platform),
});

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof platformLoaders> {}
}
