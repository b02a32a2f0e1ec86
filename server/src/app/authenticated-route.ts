import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { signInRequired } from '../shared/domain-error.js';
import type { AppDeps, Context } from '../shared/context.js';
import type { RouteKit } from '../shared/http-route.js';
import { httpError } from './errors.js';
import { buildContext } from './request-context.js';

/** The context of a plain HTTP route (files, documents) for a signed-in viewer; UNAUTHENTICATED otherwise. */
async function viewerContext(orm: MikroORM, deps: AppDeps, req: Request): Promise<Context> {
  const ctx = await buildContext(orm, deps, req.headers.authorization, req.id);
  if (!ctx.viewer) throw ctx.authError ?? signInRequired();
  return ctx;
}

/** Answers a plain HTTP route's error as JSON { error: { code, message, messages } }; logs the unexpected ones. */
function sendError(res: Response, deps: AppDeps, error: unknown): void {
  const { status, body } = httpError(error);
  if (status >= 500) deps.log.error({ err: error }, 'request failed');
  if (!res.headersSent) res.status(status).json(body);
  else res.destroy();
}

/** The transport's part of the modules' plain HTTP routes. */
export const routeKit = (orm: MikroORM, deps: AppDeps): RouteKit => ({
  viewerContext: (req) => viewerContext(orm, deps, req),
  sendError: (res, error) => sendError(res, deps, error),
});
