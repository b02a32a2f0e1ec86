import type { EntityManager } from '@mikro-orm/postgresql';
import { badField, DomainError, forbidden, msg, notFound } from '../../shared/domain-error.js';
import { isUuid } from '../../shared/ids.js';
import { lockCase } from '../../shared/locks.js';
import type { Viewer } from '../../shared/viewer.js';
import { emit, write } from '../../shared/write.js';
import { Case } from './case.entity.js';
import { readEpisodes, readResources } from './case-file.reader.js';
import type { EpisodeRow } from './episode.entity.js';
import type { ResourceRow } from './resource.entity.js';
import { mayChoosePrescriptionUrls, mayReadCase, prescriptionUrlsOpen } from './case.policy.js';
import { prescriptionUrls, type PrescriptionUrlChoice } from './prescription-urls.rules.js';
import { isRecused } from '../../shared/recusal.js';

/** Until the decision the panel may still change what the prescription will list; the decision drafts it. */

const M = {
  who: msg('Only the chair, the deputy chair or the secretary choose the URLs of the prescription.', 'Выбирать адреса для предписания могут только председатель, заместитель председателя или секретарь.', 'Нұсқамаға енетін мекенжайларды тек төраға, төрағаның орынбасары немесе хатшы таңдай алады.'),
  closed: msg('The URLs of the prescription are chosen only until the case is decided.', 'Адреса для предписания выбираются только до принятия решения по делу.', 'Нұсқамаға енетін мекенжайлар тек іс бойынша шешім қабылданғанға дейін таңдалады.'),
  unknown: msg('This URL is not among the URLs of the case.', 'Этого адреса нет среди адресов дела.', 'Бұл мекенжай іс мекенжайларының арасында жоқ.'),
};

/** The URLs of a case's file (episodes first, then resources) with their choice for the prescription. */
export const prescriptionUrlsOf = (episodes: readonly EpisodeRow[], resources: readonly ResourceRow[]): PrescriptionUrlChoice[] =>
  prescriptionUrls([...episodes, ...resources].flatMap((r) => (r.url
    ? [{ url: r.url, platformId: r.platform?.id ?? null, contentKind: 'contentKind' in r ? r.contentKind : null, inPrescription: r.inPrescription ?? null }]
    : [])));

async function readPrescriptionUrls(em: EntityManager, caseId: string): Promise<PrescriptionUrlChoice[]> {
  const [episodes, resources] = await Promise.all([readEpisodes(em, [caseId]), readResources(em, [caseId])]);
  return prescriptionUrlsOf(episodes.get(caseId) ?? [], resources.get(caseId) ?? []);
}

/**
 * Sets whether one URL of a case goes into its prescription (every row of the case with that URL:
 * one URL, one choice). The chair, deputy or secretary, until the case is decided.
 */
export async function choosePrescriptionUrl(em: EntityManager, viewer: Viewer, caseId: string, url: string, included: boolean): Promise<PrescriptionUrlChoice> {
  return write(em, async (tx) => {
    const kase = mayReadCase(viewer) && isUuid(caseId) ? await lockCase(tx, Case, caseId) : null;
    if (!kase) throw notFound('case');
    if (!mayChoosePrescriptionUrls(viewer, { recused: await isRecused(tx, kase.id, viewer.id) })) throw forbidden(M.who);
    if (!prescriptionUrlsOpen(kase.status)) throw new DomainError('INVALID_TRANSITION', M.closed, { status: kase.status });
    const current = (await readPrescriptionUrls(tx, kase.id)).find((u) => u.url === url);
    if (!current) throw badField('url', 'INVALID', M.unknown, { field: 'url' });
    await tx.execute(`update episode set in_prescription = ? where case_id = ? and url = ?`, [included, kase.id, url]);
    await tx.execute(`update resource set in_prescription = ? where case_id = ? and url = ?`, [included, kase.id, url]);
    emit(tx, { caseId: kase.id, kind: 'case.prescription_url_set', actorId: viewer.id, payload: { url, included, accountRoot: current.accountRoot } });
    return { ...current, choice: included, included };
  });
}
