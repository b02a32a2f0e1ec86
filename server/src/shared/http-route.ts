import type { Request, Response } from 'express';
import type { Context } from './context.js';

/** What a module's plain HTTP route (files, documents, CSV) needs from the transport; `app/` gives it. */
export interface RouteKit {
  /** The context of a signed-in viewer; UNAUTHENTICATED otherwise. */
  viewerContext(req: Request): Promise<Context>;
  /** Answers an error as JSON { error: { code, message, messages } }; logs the unexpected ones. */
  sendError(res: Response, error: unknown): void;
}
