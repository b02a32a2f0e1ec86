import type { Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { AppDeps } from './context.js';
import { formatError } from './errors.js';
import { buildContext } from './request-context.js';

export const WS_MAX_PAYLOAD = 64 * 1024;

/** graphql-ws on the same server and path; the token comes in connection_init and is checked there. */
export function attachWebSocket(server: Server, schema: GraphQLSchema, orm: MikroORM, deps: AppDeps) {
  const wss = new WebSocketServer({
    server,
    path: '/graphql',
    maxPayload: WS_MAX_PAYLOAD,
    verifyClient: ({ origin, req }, done) => {
      // Browsers always send Origin: accept our own host and the configured origins only.
      if (!origin) return done(true);
      const own = `//${req.headers.host}`;
      done(origin.endsWith(own) || deps.env.allowedOrigins.includes(origin), 403, 'Origin not allowed');
    },
  });
  const cleanup = useServer(
    {
      schema,
      connectionInitWaitTimeout: 5_000,
      onConnect: async (ctx) => {
        const c = await buildContext(orm, deps, ctx.connectionParams?.authorization);
        if (!c.viewer) return false; // closes with 4403 Forbidden
        (ctx.extra as { viewerId?: string }).viewerId = c.viewer.id;
        return true;
      },
      context: (ctx) => buildContext(orm, deps, ctx.connectionParams?.authorization),
      // The same error formatter as HTTP: stable codes, nothing internal leaks.
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : undefined,
    },
    wss,
  );
  return { wss, close: () => cleanup.dispose() };
}
