import type { MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request, type Response } from 'express';
import { sendError, viewerContext } from '../../app/authenticated-route.js';
import type { AppDeps } from '../../app/context.js';
import { DomainError } from '../../shared/domain-error.js';
import { DocumentsService, type PreparedDocument } from './documents.service.js';
import { prepareExtensionNotice } from './extension-notice.service.js';

/** GET /documents/prescriptions/:id.pdf, /documents/decisions/:id/protocol.pdf, …/answer.pdf and /documents/cases/:id/extension-notice.pdf (bearer token). */
export function documentsRouter(orm: MikroORM, deps: AppDeps): Router {
  const router = Router();
  const delivery = deps.documents;
  const serve = (prepare: (s: DocumentsService, id: string, ctx: Awaited<ReturnType<typeof viewerContext>>) => Promise<PreparedDocument>) => async (req: Request, res: Response) => {
    let spentBy: string | null = null;
    try {
      // Signed in and within budget before queuing: a flood without a token or past its budget never waits in line.
      const ctx = await viewerContext(orm, deps, req);
      delivery.spend(ctx.viewer!.id);
      spentBy = ctx.viewer!.id;
      const { fileName, job } = await delivery.admit(() => prepare(new DocumentsService(ctx.em, ctx.viewer!, deps), String(req.params.id), ctx));
      const bytes = await delivery.pdf(job);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
      res.setHeader('Cache-Control', 'no-store');
      res.end(bytes);
    } catch (e) {
      // Refused for the instance's load (the render queue is full): the member's budget is given back.
      if (spentBy && e instanceof DomainError && e.code === 'RATE_LIMITED') delivery.refund(spentBy);
      if (e instanceof DomainError && typeof e.extensions.retryAfter === 'number') res.setHeader('Retry-After', String(e.extensions.retryAfter));
      sendError(res, deps, e);
    }
  };
  router.get('/documents/prescriptions/:id.pdf', serve((s, id) => s.prescription(id)));
  router.get('/documents/decisions/:id/protocol.pdf', serve((s, id) => s.protocol(id)));
  router.get('/documents/decisions/:id/answer.pdf', serve((s, id) => s.answer(id)));
  router.get('/documents/cases/:id/extension-notice.pdf', serve((_s, id, ctx) => prepareExtensionNotice(ctx.em, ctx.viewer!, deps, id)));
  return router;
}
