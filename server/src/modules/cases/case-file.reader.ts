import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, timestamp } from '../../shared/rows.js';
import type { ContentKind, EpisodeChannel } from './case.enums.js';

// The case file's lists as plain rows (each with its platform joined), read-only: what the
// `Episode`, `Resource` and `Evidence` types expose, nothing hydrated or tracked.

export interface PlatformView {
  id: string;
  code: string;
  name: string;
  hosts: string[];
  representative: string;
  representativeContact: string | null;
}

export interface EpisodeView {
  id: string;
  occurredAt: Date;
  channel: EpisodeChannel;
  url: string | null;
  evidenceDescription: string | null;
  platform: PlatformView | null;
  contentKind: ContentKind;
  excerpt: string | null;
  /** The panel's choice for the prescription; null: the default. */
  inPrescription: boolean | null;
}

export interface ResourceView {
  id: string;
  url: string;
  platform: PlatformView | null;
  description: string | null;
  /** The panel's choice for the prescription; null: the default. */
  inPrescription: boolean | null;
}

type PlatformColumns = { p_id: string | null; p_code: string; p_name: string; p_hosts: string[]; p_representative: string; p_representative_contact: string | null };
const PLATFORM_COLUMNS = 'p.id as p_id, p.code as p_code, p.name as p_name, p.hosts as p_hosts, p.representative as p_representative, p.representative_contact as p_representative_contact';
const platformOf = (r: PlatformColumns): PlatformView | null => (r.p_id
  ? { id: r.p_id, code: r.p_code, name: r.p_name, hosts: r.p_hosts, representative: r.p_representative, representativeContact: r.p_representative_contact }
  : null);

/** The episodes of cases, oldest first. */
export async function readEpisodes(em: EntityManager, caseIds: readonly string[]): Promise<Map<string, EpisodeView[]>> {
  const rows = await em.execute<(PlatformColumns & { id: string; case_id: string; occurred_at: string; channel: EpisodeChannel; url: string | null; evidence_description: string | null; content_kind: ContentKind; excerpt: string | null; in_prescription: boolean | null })[]>(
    `select e.id, e.case_id, e.occurred_at, e.channel, e.url, e.evidence_description, e.content_kind, e.excerpt, e.in_prescription, ${PLATFORM_COLUMNS}
       from episode e left join platform p on p.id = e.platform_id where e.case_id in (?) order by e.occurred_at, e.id`, [[...caseIds]]);
  return groupBy(caseIds, rows, (r) => r.case_id, (r) => ({ id: r.id, occurredAt: timestamp(r.occurred_at), channel: r.channel, url: r.url, evidenceDescription: r.evidence_description, platform: platformOf(r), contentKind: r.content_kind, excerpt: r.excerpt, inPrescription: r.in_prescription }));
}

/** The internet resources of cases, in the order they were recorded. */
export async function readResources(em: EntityManager, caseIds: readonly string[]): Promise<Map<string, ResourceView[]>> {
  const rows = await em.execute<(PlatformColumns & { id: string; case_id: string; url: string; description: string | null; in_prescription: boolean | null })[]>(
    `select r.id, r.case_id, r.url, r.description, r.in_prescription, ${PLATFORM_COLUMNS}
       from resource r left join platform p on p.id = r.platform_id where r.case_id in (?) order by r.created_at, r.id`, [[...caseIds]]);
  return groupBy(caseIds, rows, (r) => r.case_id, (r) => ({ id: r.id, url: r.url, platform: platformOf(r), description: r.description, inPrescription: r.in_prescription }));
}
