import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { MikroORM } from '@mikro-orm/postgresql';
import busboy from 'busboy';
import { Router, type Request } from 'express';
import { sendError, viewerContext } from '../../app/authenticated-route.js';
import type { AppDeps } from '../../app/context.js';
import { badInput, type DomainError, msg } from '../../shared/domain-error.js';
import { cleanFileName, isAcceptedType, matchesSignature, ACCEPTED_TYPES } from './file-types.js';
import { EvidenceService, type ReceivedFile } from './evidence.service.js';

interface Upload {
  fields: Record<string, string>;
  file?: Omit<ReceivedFile, 'caseId' | 'episodeId'>;
  problem?: DomainError;
}

/** Streams the one file of a multipart request to storage while hashing it; never buffers it whole. */
function receive(req: Request, deps: AppDeps): Promise<Upload> {
  const max = deps.env.evidenceMaxBytes;
  return new Promise((resolve, reject) => {
    const upload: Upload = { fields: {} };
    const pending: Promise<void>[] = [];
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fileSize: max, files: 1, fields: 4, fieldSize: 200, parts: 6 } });
    } catch {
      return resolve({ fields: {}, problem: badInput(msg('Send the file as multipart/form-data with the fields caseId, episodeId and file.', 'Отправьте файл как multipart/form-data с полями caseId, episodeId и file.', 'Файлды caseId, episodeId және file өрістері бар multipart/form-data ретінде жіберіңіз.')) });
    }
    bb.on('field', (name, value) => { upload.fields[name] = value; });
    bb.on('file', (_name, stream, info) => {
      const mimeType = info.mimeType.toLowerCase();
      if (upload.file || !isAcceptedType(mimeType)) {
        upload.problem ??= badInput(msg(`Files of type ${mimeType} are not accepted; accepted: ${ACCEPTED_TYPES.join(', ')}.`, `Файлы типа ${mimeType} не принимаются; допустимы: ${ACCEPTED_TYPES.join(', ')}.`, `${mimeType} түріндегі файлдар қабылданбайды; рұқсат етілгендер: ${ACCEPTED_TYPES.join(', ')}.`));
        stream.resume();
        return;
      }
      const target = deps.storage.incoming();
      const hash = createHash('sha256');
      let size = 0;
      let head = Buffer.alloc(0);
      stream.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        size += chunk.length;
        if (head.length < 16) head = Buffer.concat([head, chunk]).subarray(0, 16);
      });
      stream.on('limit', () => {
        const mb = Math.max(1, Math.floor(max / (1024 * 1024)));
        upload.problem = badInput(msg(`The file is larger than the limit of ${mb} MB.`, `Файл больше допустимых ${mb} МБ.`, `Файл рұқсат етілген ${mb} МБ-тан үлкен.`));
      });
      stream.pipe(target.stream);
      pending.push(new Promise((done, fail) => { target.stream.on('close', done); target.stream.on('error', fail); }));
      upload.file = { fileName: cleanFileName(info.filename ?? ''), mimeType, size: 0, sha256: '', tempPath: target.path };
      stream.on('end', () => {
        if (!upload.file) return;
        upload.file.size = size;
        upload.file.sha256 = hash.digest('hex');
        if (!upload.problem && !matchesSignature(mimeType, head)) {
          upload.problem = badInput(msg(`The file's content is not ${mimeType} as declared.`, `Содержимое файла не соответствует заявленному типу ${mimeType}.`, `Файлдың мазмұны мәлімделген ${mimeType} түріне сәйкес келмейді.`));
        }
        if (!upload.problem && size === 0) upload.problem = badInput(msg('The file is empty.', 'Файл пустой.', 'Файл бос.'));
      });
    });
    bb.on('close', () => Promise.all(pending).then(() => resolve(upload), reject));
    bb.on('error', reject);
    req.pipe(bb);
  });
}

/** POST /files/evidence (multipart: caseId, episodeId, file) and GET /files/evidence/:id. */
export function evidenceRouter(orm: MikroORM, deps: AppDeps): Router {
  const router = Router();
  router.post('/files/evidence', async (req, res) => {
    let upload: Upload | undefined;
    try {
      const ctx = await viewerContext(orm, deps, req);
      upload = await receive(req, deps);
      if (upload.problem) throw upload.problem;
      const { caseId, episodeId } = upload.fields;
      if (!upload.file || !caseId || !episodeId) throw badInput(msg('Send the fields caseId, episodeId and one file.', 'Отправьте поля caseId, episodeId и один файл.', 'caseId, episodeId өрістерін және бір файлды жіберіңіз.'));
      const evidence = await new EvidenceService(ctx.em, ctx.viewer!, deps.storage).attach({ ...upload.file, caseId, episodeId });
      upload.file = undefined;
      const { id, fileName, mimeType, size, sha256, uploadedAt } = evidence;
      res.status(201).json({ evidence: { id, fileName, mimeType, size, sha256, uploadedAt } });
    } catch (e) {
      req.unpipe();
      sendError(res, deps, e);
    } finally {
      if (upload?.file) await deps.storage.discard(upload.file.tempPath);
    }
  });
  router.get('/files/evidence/:id', async (req, res) => {
    try {
      const ctx = await viewerContext(orm, deps, req);
      const evidence = await new EvidenceService(ctx.em, ctx.viewer!, deps.storage).forDownload(String(req.params.id));
      res.setHeader('Content-Type', evidence.mimeType);
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(evidence.fileName)}`);
      res.setHeader('X-Content-SHA256', evidence.sha256);
      res.setHeader('Cache-Control', 'no-store');
      createReadStream(deps.storage.pathOf(evidence.storageKey)).on('error', (e) => sendError(res, deps, e)).pipe(res);
    } catch (e) {
      sendError(res, deps, e);
    }
  });
  return router;
}
