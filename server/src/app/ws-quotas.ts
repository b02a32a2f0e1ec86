import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { DomainError } from '../shared/domain-error.js';
import { msg } from '../shared/domain-error.js';
import { rateLimited } from '../shared/rate-limit.js';
import proxyaddr from 'proxy-addr';

/**
 * The close code and reason of a connection_init refused because the member already has as many
 * sockets open on this instance as allowed. graphql-ws clients do not retry on 4429 (it is also
 * graphql-ws's code for a second connection_init), which is what a full quota wants.
 */
export const TOO_MANY_SOCKETS = { code: 4429, reason: 'Too many connections' } as const;

/** Authenticated sockets per member on this instance. */
export class SocketQuota {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Counts one more socket for the member, or refuses (false) when the quota is full. */
  acquire(memberId: string): boolean {
    const n = this.open.get(memberId) ?? 0;
    if (n >= this.max) return false;
    this.open.set(memberId, n + 1);
    return true;
  }

  release(memberId: string): void {
    const n = (this.open.get(memberId) ?? 0) - 1;
    if (n > 0) this.open.set(memberId, n);
    else this.open.delete(memberId);
  }

  count(memberId: string): number {
    return this.open.get(memberId) ?? 0;
  }
}

const tooManySubscriptions = (max: number) => msg(
  `Too many live updates are open on this connection (at most ${max}). Close one and try again.`,
  `На этом соединении открыто слишком много живых обновлений (не более ${max}). Закройте одно и повторите.`,
  `Бұл қосылымда тірі жаңартулар тым көп ашық (ең көбі ${max}). Біреуін жауып, қайталаңыз.`,
);

/**
 * Active subscriptions per socket. graphql-ws keeps an operation's id in `ctx.subscriptions` until it
 * ends (completed by either side, failed, or the socket closed), so a slot is free again as soon as
 * its id is gone from there: nothing has to be released by hand.
 */
export class SubscriptionSlots {
  private readonly bySocket = new WeakMap<object, Set<string>>();

  constructor(private readonly max: number) {}

  /** Takes a slot for subscription `id` on the socket, or returns the refusal. */
  admit(ctx: { subscriptions: Record<string, unknown> }, id: string): DomainError | null {
    let ids = this.bySocket.get(ctx);
    if (!ids) this.bySocket.set(ctx, (ids = new Set()));
    for (const held of ids) if (!(held in ctx.subscriptions)) ids.delete(held);
    // Refused without retryAfter: a slot frees when a subscription ends, not after a time.
    if (ids.size >= this.max) return rateLimited(tooManySubscriptions(this.max), undefined, { limit: this.max });
    ids.add(id);
    return null;
  }
}

/**
 * The client's address on an upgrade request, as Express gives `req.ip` over HTTP: X-Forwarded-For
 * is believed only from the proxies TRUST_PROXY names (none by default).
 */
export function upgradeClientIp(trustProxy: readonly string[]): (req: IncomingMessage) => string {
  if (trustProxy.length === 0) return (req) => req.socket.remoteAddress ?? '';
  const trust = proxyaddr.compile([...trustProxy]);
  return (req) => proxyaddr(req, trust);
}

/**
 * A request id per WebSocket operation, as HTTP has per request: in the operation's context (so in
 * its log lines), in `extensions.requestId` of its errors, and in the log line of a masked error.
 */
export class OperationIds {
  private readonly bySocket = new WeakMap<object, Map<string, string>>();

  start(ctx: object, id: string): string {
    let ids = this.bySocket.get(ctx);
    if (!ids) this.bySocket.set(ctx, (ids = new Map()));
    const requestId = randomUUID();
    ids.set(id, requestId);
    return requestId;
  }

  get(ctx: object, id: string): string {
    return this.bySocket.get(ctx)?.get(id) ?? this.start(ctx, id);
  }

  /** The operation's id, forgotten: it has ended. */
  end(ctx: object, id: string): string {
    const requestId = this.get(ctx, id);
    this.bySocket.get(ctx)?.delete(id);
    return requestId;
  }
}
