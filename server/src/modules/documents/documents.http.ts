import { Router, type Request, type Response } from 'express';
import type { AppDeps, Context } from '../../shared/context.js';
import type { RouteKit } from '../../shared/http-route.js';
import { DomainError } from '../../shared/domain-error.js';
import { DocumentsService, type PreparedDocument } from './documents.service.js';
import { prepareAnswer } from './answer.service.js';
import { prepareExtensionNotice } from './extension-notice.service.js';

/** GET /documents/prescriptions/:id.pdf, /documents/decisions/:id/protocol.pdf, /documents/cases/:id/answer.pdf and …/extension-notice.pdf (bearer token). */
export function documentsRouter(deps: AppDeps, kit: RouteKit): Router {
  const router = Router();
  const delivery = deps.documents;
  const serve = (prepare: (s: DocumentsService, id: string, ctx: Context) => Promise<PreparedDocument>) => async (req: Request, res: Response) => {
    let spentBy: string | null = null;
    try {
      // Signed in and within budget before queuing: a flood without a token or past its budget never waits in line.
      const ctx = await kit.viewerContext(req);
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
      kit.sendError(res, e);
    }
  };
  router.get('/documents/prescriptions/:id.pdf', serve((s, id) => s.prescription(id)));
  router.get('/documents/decisions/:id/protocol.pdf', serve((s, id) => s.protocol(id)));
  router.get('/documents/cases/:id/answer.pdf', serve((_s, id, ctx) => prepareAnswer(ctx.em, ctx.viewer!, deps, id)));
  router.get('/documents/cases/:id/extension-notice.pdf', serve((_s, id, ctx) => prepareExtensionNotice(ctx.em, ctx.viewer!, deps, id)));
  return router;
}
