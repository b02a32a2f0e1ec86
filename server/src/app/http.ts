import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
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
import type { MetricsHandler } from './metrics-http.js';
import { graphqlPost } from './graphql-post.js';
import { graphqlRefusal, JSON_BODY_BYTES, startRequest } from './http-request.js';
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
    req.id = startRequest(req, res, deps.log, req.path);
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
    express.json({ limit: JSON_BODY_BYTES }),
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
    if (status >= 500) deps.log.error({ err, requestId: req.id }, 'unhandled error');
    const { status: code, body } = graphqlRefusal(status, req.id);
    res.status(code).json(body);
  };
  app.use(onError);
  // POST /graphql with a JSON body goes straight to Apollo Server; everything else through Express.
  const graphql = graphqlPost(orm, deps, apollo);
  const handler = (req: IncomingMessage, res: ServerResponse) => (graphql.takes(req) ? graphql.handle(req, res) : app(req, res));
  return Object.assign(handler, { express: app, takesGraphql: graphql.takes });
}

/** The server's request listener; `express` answers everything alone (as before the GraphQL route), for tests that compare. */
export type HttpHandler = ReturnType<typeof createHttpApp>;
