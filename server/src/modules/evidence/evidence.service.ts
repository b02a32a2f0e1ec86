import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, forbidden, msg, notFound } from '../../shared/domain-error.js';
import { emit, write } from '../../shared/write.js';
import { isUuid } from '../../shared/ids.js';
import { lockCase } from '../../shared/locks.js';
import type { Viewer } from '../../shared/viewer.js';
import { recordPiiView } from '../../shared/privacy/reads-log.js';
import { isRecused, recusedRefusal } from '../../shared/recusal.js';
import { Case } from '../cases/case.entity.js';
import { mayReadCase, maySeeIdentity, mayUploadEvidence } from '../cases/case.policy.js';
import { Episode } from '../cases/episode.entity.js';
import { Member } from '../members/member.entity.js';
import { Evidence } from './evidence.entity.js';
import type { EvidenceStore } from './evidence.store.js';

export interface ReceivedFile {
  caseId: string;
  episodeId: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  tempPath: string;
}

const day = (at: Date) => at.toISOString().slice(0, 10);

const erasedFile = (at: Date) => new DomainError('NOT_FOUND', msg(
  `The file was erased under the retention rule on ${day(at)}; its SHA-256, size and type are kept for the record.`,
  `Файл удалён по правилу хранения ${day(at)}; его SHA-256, размер и тип сохранены для учёта.`,
  `Файл сақтау ережесі бойынша ${day(at)} жойылды; оның SHA-256, өлшемі мен түрі есеп үшін сақталды.`,
), { erasedAt: at.toISOString() });

// A case whose identity was erased gets no new files: they could bring back what was erased.
const erasedCase = (at: Date) => forbidden(msg(
  `The identity of this case was erased under the retention rule on ${day(at)}; no evidence can be added.`,
  `Личные данные по этому делу удалены по правилу хранения ${day(at)}; добавлять доказательства нельзя.`,
  `Бұл істің жеке деректері сақтау ережесі бойынша ${day(at)} жойылды; дәлел қосуға болмайды.`,
));

export class EvidenceService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer, private readonly storage: EvidenceStore) {}

  /** Records an uploaded file against its episode; the bytes are kept only if the row commits. */
  async attach(file: ReceivedFile): Promise<Evidence> {
    let kept: string | null = null;
    try {
      return await write(this.em, async (em) => {
        const kase = mayReadCase(this.viewer) && isUuid(file.caseId) ? await lockCase(em, Case, file.caseId) : null;
        if (!kase) throw notFound('case');
        if (kase.identityErasedAt) throw erasedCase(kase.identityErasedAt);
        if (!mayUploadEvidence(this.viewer, { recused: await isRecused(em, kase.id, this.viewer.id) })) throw forbidden(msg('Your role may not add evidence.', 'Ваша роль не позволяет добавлять доказательства.', 'Сіздің рөліңіз дәлел қосуға рұқсат бермейді.'));
        const episode = isUuid(file.episodeId) ? await em.findOne(Episode, { id: file.episodeId, case: kase }) : null;
        if (!episode) throw new DomainError('NOT_FOUND', msg('The episode was not found in this case.', 'В этом деле нет такого эпизода.', 'Бұл істе мұндай эпизод жоқ.'));
        const evidence = em.create(Evidence, {
          case: kase,
          episode,
          fileName: file.fileName,
          mimeType: file.mimeType,
          size: file.size,
          sha256: file.sha256,
          storageKey: '',
          uploadedBy: em.getReference(Member, this.viewer.id),
        });
        evidence.storageKey = evidence.id;
        await em.flush();
        // In the database store the bytes are written in this transaction; on disk they are undone below.
        await this.storage.keep(file.tempPath, evidence.storageKey, em);
        kept = evidence.storageKey;
        emit(em, {
          caseId: kase.id,
          kind: 'evidence.uploaded',
          actorId: this.viewer.id,
          payload: { evidenceId: evidence.id, episodeId: episode.id, fileName: file.fileName, sha256: file.sha256, size: file.size },
        });
        return evidence;
      });
    } catch (e) {
      if (kept) await this.storage.remove(kept).catch(() => undefined);
      throw e;
    }
  }

  /** The evidence row for a download: only for roles that may see identity; the read is logged. */
  async forDownload(id: string): Promise<Evidence> {
    // The role first, before any lookup: a refused role learns nothing about the id.
    if (!maySeeIdentity(this.viewer, { recused: false })) throw forbidden(msg('Your role may not open evidence files.', 'Ваша роль не позволяет открывать файлы доказательств.', 'Сіздің рөліңіз дәлел файлдарын ашуға рұқсат бермейді.'));
    const evidence = isUuid(id) ? await this.em.findOne(Evidence, { id }) : null;
    if (!evidence) throw notFound('file');
    if (await isRecused(this.em, evidence.case.id, this.viewer.id)) throw recusedRefusal();
    if (evidence.erasedAt) throw erasedFile(evidence.erasedAt);
    await recordPiiView(this.em, this.viewer.id, evidence.case.id, 'evidence', { evidenceId: evidence.id });
    return evidence;
  }
}
