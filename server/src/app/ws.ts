import type { Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { getOperationAST, GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { AppDeps } from '../shared/context.js';
import { watchBackpressure } from './backpressure.js';
import { isDatabaseUnavailable } from './database-outage.js';
import { formatError } from './errors.js';
import { withoutSuggestions, wsRules } from './limits.js';
import { PendingLogins } from './login-guard.js';
import type { WsMetrics } from './metrics-ws.js';
import { OperationLimiter } from './operation-limits.js';
import { PersistedDocuments } from './persisted/persisted-documents.js';
import { WsDocuments } from './persisted/ws-documents.js';
import { buildContext } from './request-context.js';
import { deliverDirectly } from './room-broadcast/direct-delivery.js';
import { sharedSubscribe } from './shared-execution.js';
import { sendSharedFrames, sharedPayload } from './shared-frames.js';
import { unsafeText } from './text-guard.js';
import { refuseServerOnlyMessages } from './ws-guard.js';
import { OperationIds, SocketQuota, SubscriptionSlots, TOO_MANY_SOCKETS, upgradeClientIp } from './ws-quotas.js';

export const WS_MAX_PAYLOAD = 64 * 1024;

/**
 * graphql-ws on the same server and path. graphql-ws runs no Apollo plugin, so the token is checked
 * in connection_init and the HTTP limits are applied again here, in onSubscribe.
 */
export function attachWebSocket(server: Server, schema: GraphQLSchema, orm: MikroORM, deps: AppDeps, limiter = new OperationLimiter(deps.env.limits), metrics?: WsMetrics, persisted = new PersistedDocuments(new Map())) {
  const clientIp = upgradeClientIp(deps.env.trustProxy);
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
  refuseServerOnlyMessages(wss);
  sendSharedFrames(wss); // before useServer: its sends go through the socket's send as wrapped here
  const production = deps.env.nodeEnv === 'production';
  const documents = new WsDocuments(schema, wsRules(production), persisted);
  const sockets = new SocketQuota(deps.env.limits.socketsPerMember);
  const counted = new WeakMap<object, string>(); // socket → the member it is counted for in `sockets`
  const slots = new SubscriptionSlots(deps.env.limits.subscriptionsPerSocket);
  const requestIds = new OperationIds();
  const logins = new PendingLogins(); // settled from the operation's result, as the HTTP plugin does
  const format = (errors: readonly GraphQLError[], requestId: string) => {
    const sent = errors.map((e) => {
      const out = formatError(e.toJSON(), e);
      if (out.extensions?.code === 'INTERNAL') deps.log.error({ err: e.originalError ?? e, requestId }, 'internal error');
      return { ...out, message: production ? withoutSuggestions(out.message) : out.message, extensions: { ...out.extensions, requestId } };
    });
    metrics?.errors(sent);
    return sent;
  };
  const cleanup = useServer(
    {
      schema,
      subscribe: sharedSubscribe,
      connectionInitWaitTimeout: 5_000,
      onConnect: async (ctx) => {
        try {
          const c = await buildContext(orm, deps, ctx.connectionParams?.authorization);
          // false closes the socket with 4403 Forbidden; one that closed while the token was checked is not counted.
          if (!c.viewer || ctx.extra.socket.readyState !== WebSocket.OPEN) return false;
          if (!sockets.acquire(c.viewer.id)) {
            ctx.extra.socket.close(TOO_MANY_SOCKETS.code, TOO_MANY_SOCKETS.reason);
            return false;
          }
          counted.set(ctx, c.viewer.id);
          metrics?.connected(ctx);
          return true;
        } catch (e) {
          if (!isDatabaseUnavailable(e)) throw e;
          // 1013 Try Again Later: clients retry it, where graphql-ws's own 4500 would be final.
          ctx.extra.socket.close(1013, 'Try again later');
          return false;
        }
      },
      onClose: (ctx) => {
        const memberId = counted.get(ctx);
        counted.delete(ctx);
        if (memberId) sockets.release(memberId);
        metrics?.closed(ctx);
      },
      onSubscribe: async (ctx, id, payload) => {
        const started = performance.now();
        const requestId = requestIds.start(ctx, id);
        // Parsed and validated once per text while it is in use; errors are formatted by onError.
        const document = documents.resolve(payload);
        if (Array.isArray(document)) return document;
        const unsafe = unsafeText(document, payload.variables);
        if (unsafe) return [unsafe];
        const operation = getOperationAST(document, payload.operationName);
        const noSlot = operation?.operation === 'subscription' ? slots.admit(ctx, id) : null;
        if (noSlot) return [noSlot];
        const contextValue = await buildContext(orm, deps, ctx.connectionParams?.authorization, requestId, clientIp(ctx.extra.request));
        const caller = { memberId: contextValue.viewer?.id ?? null, ip: contextValue.clientIp };
        const admitted = operation ? limiter.admit(document, operation, payload.variables, caller) : null;
        if (admitted?.refused) return [admitted.refused];
        if (admitted) logins.hold(ctx, id, admitted.logins);
        if (operation) metrics?.admitted(ctx, id, operation.name?.value, operation.operation, started);
        // A feed of the log writes its frames to this socket itself (room-broadcast/); errors formatted as onNext does.
        if (operation?.operation === 'subscription') deliverDirectly(contextValue, { socket: ctx.extra.socket, id, errorPayload: (result) => ({ ...result, errors: format(result.errors ?? [], requestIds.get(ctx, id)) }) });
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      onError: (ctx, id, _payload, errors) => format(errors, requestIds.end(ctx, id)),
      // A result without errors is the same object for every subscriber that shares its execution,
      // and its JSON holds nothing of the socket: serialized once (shared-frames.ts). Errors carry
      // the operation's request id, so they are formatted per subscriber.
      onNext: (ctx, id, _payload, _args, result) => {
        limiter.settle(logins.take(ctx, id), result);
        return result.errors ? { ...result, errors: format(result.errors, requestIds.get(ctx, id)) } : sharedPayload(result);
      },
      onComplete: (ctx, id) => { requestIds.end(ctx, id); logins.take(ctx, id); metrics?.ended(ctx, id); },
    },
    wss,
  );
  const backpressure = watchBackpressure(wss, deps.env.ws, deps.log);
  return { wss, close: () => { backpressure.stop(); return cleanup.dispose(); } };
}
