import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../shared/context.js';
import type { RouteKit } from '../../shared/http-route.js';
import { badInput, DomainError, msg } from '../../shared/domain-error.js';
import { EvidenceService } from './evidence.service.js';
import { receiveUpload, type Upload } from './evidence.upload.js';
import { UploadBudget } from './upload-budget.js';

/** Answers a refused upload; nobody is left to answer when the client went away mid-body. */
function refuse(req: Request, res: Response, kit: RouteKit, error: unknown): void {
  if (req.socket.destroyed) return;
  if (error instanceof DomainError && typeof error.extensions.retryAfter === 'number') res.setHeader('Retry-After', String(error.extensions.retryAfter));
  if (!req.complete) {
    // The rest of the body is read and dropped so the answer can reach a client still sending, then the connection ends.
    res.setHeader('Connection', 'close');
    req.unpipe();
    req.resume();
  }
  kit.sendError(res, error);
}

/** POST /files/evidence (multipart: caseId, episodeId, file) and GET /files/evidence/:id. */
export function evidenceRouter(deps: AppDeps, kit: RouteKit): Router {
  const router = Router();
  const budget = new UploadBudget(deps.env.limits);
  router.post('/files/evidence', async (req, res) => {
    let upload: Upload | undefined;
    try {
      const ctx = await kit.viewerContext(req);
      const memberId = ctx.viewer!.id;
      // The count is checked before the body is read; the bytes as they arrive.
      const refused = budget.admit(memberId);
      if (refused) throw refused;
      upload = await receiveUpload(req, deps.storage, { maxBytes: deps.env.evidenceMaxBytes, spend: (bytes) => budget.spend(memberId, bytes) });
      if (upload.problem) throw upload.problem;
      const { caseId, episodeId } = upload.fields;
      if (!upload.file || !caseId || !episodeId) throw badInput(msg('Send the fields caseId, episodeId and one file.', 'Отправьте поля caseId, episodeId и один файл.', 'caseId, episodeId өрістерін және бір файлды жіберіңіз.'));
      const evidence = await new EvidenceService(ctx.em, ctx.viewer!, deps.storage).attach({ ...upload.file, caseId, episodeId });
      upload.file = undefined;
      const { id, fileName, mimeType, size, sha256, uploadedAt } = evidence;
      res.status(201).json({ evidence: { id, fileName, mimeType, size, sha256, uploadedAt } });
    } catch (e) {
      refuse(req, res, kit, e);
    } finally {
      if (upload?.file) await deps.storage.discard(upload.file.tempPath);
    }
  });
  router.get('/files/evidence/:id', async (req, res) => {
    try {
      const ctx = await kit.viewerContext(req);
      const evidence = await new EvidenceService(ctx.em, ctx.viewer!, deps.storage).forDownload(String(req.params.id));
      const bytes = await deps.storage.open(evidence.storageKey);
      res.setHeader('Content-Type', evidence.mimeType);
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(evidence.fileName)}`);
      res.setHeader('X-Content-SHA256', evidence.sha256);
      res.setHeader('Cache-Control', 'no-store');
      // A client gone mid-download stops the reading (a file descriptor, or the next chunk's query).
      res.on('close', () => bytes.destroy());
      bytes.on('error', (e) => kit.sendError(res, e)).pipe(res);
    } catch (e) {
      kit.sendError(res, e);
    }
  });
  return router;
}
