import type { EntityManager } from '@mikro-orm/postgresql';
import { badField, forbidden, msg, notFound } from '../../shared/domain-error.js';
import { isUuid } from '../../shared/ids.js';
import type { Viewer } from '../../shared/viewer.js';
import { emit, write } from '../../shared/write.js';
import { mayEditPlatforms } from './platform.policy.js';
import { Platform } from './platform.entity.js';
import { normalizePlatform, platformError, type PlatformDraft, type PlatformField } from './platform.rules.js';

const adminOnly = () => forbidden(msg('Only the admin edits the platform registry.', 'Реестр платформ редактирует только администратор.', 'Платформалар тізілімін тек әкімші өңдейді.'));

/** Edits a registry entry (admin): names, representative, legal entity, BIN or foreign registration, address. Logged. */
export async function updatePlatform(em: EntityManager, viewer: Viewer, id: string, input: PlatformDraft): Promise<Platform> {
  if (!mayEditPlatforms(viewer)) throw adminOnly();
  const fields = normalizePlatform(input);
  const error = platformError(fields);
  if (error) throw badField(error.field, 'INVALID', error.message, { field: error.field });
  return write(em, async (tx) => {
    const platform = isUuid(id) ? await tx.findOne(Platform, { id }) : null;
    if (!platform) throw notFound('platform');
    const changed = (Object.keys(fields) as PlatformField[]).filter((k) => (platform[k] ?? null) !== fields[k]);
    tx.assign(platform, fields);
    emit(tx, { caseId: null, kind: 'platform.updated', actorId: viewer.id, payload: { platformId: platform.id, code: platform.code, changed } });
    return platform;
  });
}
