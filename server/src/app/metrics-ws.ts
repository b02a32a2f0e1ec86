import type { OperationKind, PlatformMetrics } from './metrics.js';

/** graphql-ws's per-socket context, as far as the counts read it. */
interface WsCtx {
  subscriptions: Record<string, unknown>;
}

/**
 * WebSocket connections and subscriptions of this instance, counted on scrape. A subscription is
 * active while its id is in `ctx.subscriptions` (graphql-ws removes it when it ends, fails, or the
 * socket closes), so nothing has to be decremented by hand and a missed hook cannot drift a gauge.
 */
export class WsMetrics {
  private readonly sockets = new Set<WsCtx>();
  private readonly subscriptionIds = new WeakMap<WsCtx, Set<string>>();
  private readonly running = new WeakMap<WsCtx, Map<string, { name: string | null | undefined; kind: OperationKind; started: number }>>();

  constructor(private readonly metrics: PlatformMetrics) {}

  /** Counts the errors sent on a socket by their extensions.code. */
  errors(sent: readonly { extensions?: Record<string, unknown> }[]): void {
    this.metrics.countErrors(sent, 'ws');
  }

  /** The socket was acknowledged (its token checked). */
  connected(ctx: WsCtx): void {
    this.sockets.add(ctx);
  }

  closed(ctx: WsCtx): void {
    this.sockets.delete(ctx);
  }

  /**
   * An operation was admitted. A subscription is timed until now (its setup) and then counted while
   * active; a query or mutation is timed until `ended`.
   */
  admitted(ctx: WsCtx, id: string, name: string | null | undefined, kind: OperationKind, started: number): void {
    if (kind === 'subscription') {
      this.metrics.observeOperation(name, kind, (performance.now() - started) / 1000);
      let ids = this.subscriptionIds.get(ctx);
      if (!ids) this.subscriptionIds.set(ctx, (ids = new Set()));
      prune(ctx, ids); // graphql-ws holds the new id already: only ended ones go
      ids.add(id);
      return;
    }
    let ops = this.running.get(ctx);
    if (!ops) this.running.set(ctx, (ops = new Map()));
    ops.set(id, { name, kind, started });
  }

  /** The operation completed (graphql-ws onComplete): a query or mutation is timed here. */
  ended(ctx: WsCtx, id: string): void {
    const op = this.running.get(ctx)?.get(id);
    if (!op) return;
    this.running.get(ctx)?.delete(id);
    this.metrics.observeOperation(op.name, op.kind, (performance.now() - op.started) / 1000);
  }

  counts(): { connections: number; subscriptions: number } {
    let subscriptions = 0;
    for (const ctx of this.sockets) {
      const ids = this.subscriptionIds.get(ctx);
      if (ids) subscriptions += prune(ctx, ids).size;
    }
    return { connections: this.sockets.size, subscriptions };
  }
}

/** Forgets the ids that graphql-ws no longer holds (ended, failed, or their socket closed). */
function prune(ctx: WsCtx, ids: Set<string>): Set<string> {
  for (const id of ids) if (!(id in ctx.subscriptions)) ids.delete(id);
  return ids;
}
