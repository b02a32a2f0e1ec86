import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type ErrorRequestHandler } from 'express';
import { evidenceRouter } from '../modules/evidence/evidence.http.js';
import { documentsRouter } from '../modules/documents/documents.http.js';
import { statsRouter } from '../modules/stats/stats.http.js';
import type { AppDeps, Context } from '../shared/context.js';
import { routeKit } from './authenticated-route.js';
import { httpError, notJson, tooLarge } from './errors.js';
import type { MetricsHandler } from './metrics-http.js';
import { buildContext } from './request-context.js';
import { securityHeaders } from './security-headers.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      id: string;
    }
  }
}

export const JSON_BODY_LIMIT = '1mb';

/** Express app: health, GraphQL over HTTP, evidence files, and the built client. */
export function createHttpApp(orm: MikroORM, deps: AppDeps, apollo: ApolloServer<Context>, metrics?: MetricsHandler) {
  const app = express();
  app.disable('x-powered-by');
  // No ETag on answers sent by res.send (GraphQL, health): they are never stored (no-store), and
  // hashing every body costs CPU on each request. Static files keep theirs (express.static's own).
  app.set('etag', false);
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names (none by default).
  app.set('trust proxy', deps.env.trustProxy.length > 0 ? deps.env.trustProxy : false);
  app.use(securityHeaders());
  app.use((req, res, next) => {
    const given = req.header('x-request-id');
    req.id = given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', req.id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      deps.log.info({ requestId: req.id, method: req.method, url: req.path, status: res.statusCode, ms: Math.round(ms) }, 'request');
    });
    next();
  });

  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  // Prometheus, behind METRICS_TOKEN (metrics-http.ts); absent when metrics are off or on their own port.
  if (metrics) app.get('/metrics', metrics);

  app.use(
    '/graphql',
    // Answers carry case data: never stored by a browser or a proxy.
    (_req, res, next) => { res.setHeader('Cache-Control', 'no-store'); next(); },
    express.json({ limit: JSON_BODY_LIMIT }),
    expressMiddleware(apollo, { context: async ({ req }) => buildContext(orm, deps, req.headers.authorization, req.id, req.ip ?? '') }),
  );
  const kit = routeKit(orm, deps);
  app.use(evidenceRouter(deps, kit));
  app.use(documentsRouter(deps, kit));
  app.use(statsRouter(deps, kit));

  if (existsSync(path.join(deps.env.clientDist, 'index.html'))) {
    app.use(express.static(deps.env.clientDist, { index: false, maxAge: '1h' }));
    // The client routes in the browser: every other GET gets its shell.
    app.get(/^\/(?!graphql|files|documents|stats\.csv|healthz|readyz).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(deps.env.clientDist, 'index.html'));
    });
  }

  // Body too large or not JSON: answered in the GraphQL error shape, with a stable code.
  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    const status = typeof err?.status === 'number' ? err.status : 500;
    if (status >= 500) {
      deps.log.error({ err, requestId: req.id }, 'unhandled error');
      const { body } = httpError(err);
      res.status(500).json({ errors: [{ message: body.error.message, extensions: { code: 'INTERNAL', messages: body.error.messages, requestId: req.id } }] });
      return;
    }
    const messages = status === 413 ? tooLarge(JSON_BODY_LIMIT) : notJson;
    res.status(status).json({ errors: [{ message: messages.en, extensions: { code: 'BAD_USER_INPUT', messages, requestId: req.id } }] });
  };
  app.use(onError);
  return app;
}
