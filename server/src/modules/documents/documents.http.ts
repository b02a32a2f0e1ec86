import type { MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request, type Response } from 'express';
import { sendError, viewerContext } from '../../app/authenticated-route.js';
import type { AppDeps } from '../../app/context.js';
import { DocumentsService, type PdfFile } from './documents.service.js';

/** GET /documents/prescriptions/:id.pdf, /documents/decisions/:id/protocol.pdf and …/answer.pdf (bearer token). */
export function documentsRouter(orm: MikroORM, deps: AppDeps): Router {
  const router = Router();
  const serve = (make: (s: DocumentsService, id: string) => Promise<PdfFile>) => async (req: Request, res: Response) => {
    try {
      const ctx = await viewerContext(orm, deps, req);
      const file = await make(new DocumentsService(ctx.em, ctx.viewer!), String(req.params.id));
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
      res.setHeader('Cache-Control', 'no-store');
      res.end(file.bytes);
    } catch (e) {
      sendError(res, deps, e);
    }
  };
  router.get('/documents/prescriptions/:id.pdf', serve((s, id) => s.prescription(id)));
  router.get('/documents/decisions/:id/protocol.pdf', serve((s, id) => s.protocol(id)));
  router.get('/documents/decisions/:id/answer.pdf', serve((s, id) => s.answer(id)));
  return router;
}
