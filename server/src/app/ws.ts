import type { Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { AppDeps } from './context.js';
import { formatError } from './errors.js';
import { allRules, PARSE_OPTIONS } from './limits.js';
import { buildContext } from './request-context.js';
import { sharedSubscribe } from './shared-execution.js';

export const WS_MAX_PAYLOAD = 64 * 1024;

/**
 * graphql-ws on the same server and path. graphql-ws runs no Apollo plugin, so the token is checked
 * in connection_init and the HTTP limits are applied again here, in onSubscribe.
 */
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
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  const cleanup = useServer(
    {
      schema,
      subscribe: sharedSubscribe,
      connectionInitWaitTimeout: 5_000,
      onConnect: async (ctx) => {
        const c = await buildContext(orm, deps, ctx.connectionParams?.authorization);
        return !!c.viewer; // false closes the socket with 4403 Forbidden
      },
      onSubscribe: async (ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query, PARSE_OPTIONS);
        } catch (e) {
          return [e instanceof GraphQLError ? e : new GraphQLError('The operation could not be parsed.')];
        }
        const errors = validate(schema, document, allRules);
        if (errors.length > 0) return errors; // formatted by onError
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await buildContext(orm, deps, ctx.connectionParams?.authorization),
        };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
    },
    wss,
  );
  return { wss, close: () => cleanup.dispose() };
}
