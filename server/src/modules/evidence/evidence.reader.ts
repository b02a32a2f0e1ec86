import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, timestamp } from '../../shared/rows.js';
import type { MemberCard, MemberDirectory } from '../members/member-directory.js';

export interface EvidenceView {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  uploadedBy: MemberCard;
  uploadedAt: Date;
}

/** The evidence files of episodes, oldest first. */
export async function readEvidence(em: EntityManager, members: MemberDirectory, episodeIds: readonly string[]): Promise<Map<string, EvidenceView[]>> {
  const rows = await em.execute<{ id: string; episode_id: string; file_name: string; mime_type: string; size: number; sha256: string; uploaded_by_id: string; uploaded_at: string }[]>(
    `select id, episode_id, file_name, mime_type, size, sha256, uploaded_by_id, uploaded_at
       from evidence where episode_id in (?) order by uploaded_at, id`, [[...episodeIds]]);
  const cards = await members.many([...new Set(rows.map((r) => r.uploaded_by_id))]);
  const card = new Map(cards.filter((c) => c !== null).map((c) => [c.id, c]));
  return groupBy(episodeIds, rows, (r) => r.episode_id, (r) => ({
    id: r.id, fileName: r.file_name, mimeType: r.mime_type, size: r.size, sha256: r.sha256, uploadedBy: card.get(r.uploaded_by_id)!, uploadedAt: timestamp(r.uploaded_at),
  }));
}
