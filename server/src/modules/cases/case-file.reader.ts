import type { Sql } from '../../shared/sql.js';
import { groupBy, timestamp, refOrNull } from '../../shared/rows.js';
import type { ContentKind, EpisodeChannel } from './case.enums.js';
import type { EpisodeRow } from './episode.entity.js';
import type { ResourceRow } from './resource.entity.js';

// The case file's lists as plain rows with the entities' shape (the platform by id, resolved by
// CaseFileFieldsResolver through the `platform` loader), read-only: nothing hydrated or tracked.

/** The episodes of cases, oldest first. */
export async function readEpisodes(db: Sql, caseIds: readonly string[]): Promise<Map<string, EpisodeRow[]>> {
  const rows = await db.execute<{ id: string; case_id: string; created_at: string; occurred_at: string; channel: EpisodeChannel; url: string | null; evidence_description: string | null; platform_id: string | null; content_kind: ContentKind; excerpt: string | null; in_prescription: boolean | null }[]>(
    `select id, case_id, created_at, occurred_at, channel, url, evidence_description, platform_id, content_kind, excerpt, in_prescription
       from episode where case_id in (?) order by occurred_at, id`, [[...caseIds]]);
  return groupBy(caseIds, rows, (r) => r.case_id, (r): EpisodeRow => ({
    id: r.id, case: { id: r.case_id }, createdAt: timestamp(r.created_at), occurredAt: timestamp(r.occurred_at), channel: r.channel, url: r.url,
    evidenceDescription: r.evidence_description, platform: refOrNull(r.platform_id), contentKind: r.content_kind, excerpt: r.excerpt, inPrescription: r.in_prescription,
  }));
}

/** The internet resources of cases, in the order they were recorded. */
export async function readResources(db: Sql, caseIds: readonly string[]): Promise<Map<string, ResourceRow[]>> {
  const rows = await db.execute<{ id: string; case_id: string; created_at: string; url: string; platform_id: string | null; description: string | null; in_prescription: boolean | null }[]>(
    `select id, case_id, created_at, url, platform_id, description, in_prescription
       from resource where case_id in (?) order by created_at, id`, [[...caseIds]]);
  return groupBy(caseIds, rows, (r) => r.case_id, (r): ResourceRow => ({
    id: r.id, case: { id: r.case_id }, createdAt: timestamp(r.created_at), url: r.url, platform: refOrNull(r.platform_id), description: r.description, inPrescription: r.in_prescription,
  }));
}
