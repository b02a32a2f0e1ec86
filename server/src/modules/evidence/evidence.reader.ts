import type { Sql } from '../../shared/sql.js';
import { groupBy, timestamp, timestampOrNull } from '../../shared/rows.js';
import type { EvidenceRow } from './evidence.entity.js';

/** The evidence files of episodes, oldest first, as plain rows with the entity's shape (who uploaded by id). */
export async function readEvidence(db: Sql, episodeIds: readonly string[]): Promise<Map<string, EvidenceRow[]>> {
  const rows = await db.execute<{ id: string; case_id: string; episode_id: string; created_at: string; file_name: string; mime_type: string; size: number; sha256: string; storage_key: string; uploaded_by_id: string; uploaded_at: string; erased_at: string | null }[]>(
    `select id, case_id, episode_id, created_at, file_name, mime_type, size, sha256, storage_key, uploaded_by_id, uploaded_at, erased_at
       from evidence where episode_id in (?) order by uploaded_at, id`, [[...episodeIds]]);
  return groupBy(episodeIds, rows, (r) => r.episode_id, (r): EvidenceRow => ({
    id: r.id, case: { id: r.case_id }, episode: { id: r.episode_id }, createdAt: timestamp(r.created_at), fileName: r.file_name, mimeType: r.mime_type, size: r.size,
    sha256: r.sha256, storageKey: r.storage_key, uploadedBy: { id: r.uploaded_by_id }, uploadedAt: timestamp(r.uploaded_at), erasedAt: timestampOrNull(r.erased_at),
  }));
}
