import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Env } from '../config/env.js';
import type { Clock } from './clock.js';
import type { DomainError } from './domain-error.js';
import type { LiveFeed } from './events/live-feed.js';
import type { LogTails } from './events/log-tail.js';
import type { Sql } from './sql.js';
import type { Viewer } from './viewer.js';

/**
 * What lives for the whole process and is shared by every request. The parts every module uses are
 * here; a module that owns a process-wide part (evidence storage, presence, the member directory,
 * settings, URL checks, PDF delivery) declares it beside its class with
 * `declare module '…/shared/context.js' { interface AppDeps { … } }`, and `app/` composes them all.
 */
export interface AppDeps {
  env: Env;
  log: Logger;
  orm: MikroORM;
  feed: LiveFeed;
  tails: LogTails;
  /** The domain's time (deadlines, due jobs, decision times); a TestClock in tests. See shared/clock.ts. */
  clock: Clock;
  /**
   * Statements outside any transaction — reads and the records of reads — on connections the
   * instance keeps from the ORM's pool, without the ORM (shared/reads.ts).
   */
  reads: Sql;
  /**
   * A request's loaders, composed by `app/` from the modules'. The few that read through the ORM
   * ask for the request's EntityManager fork when they first run (`em`), so a request that reads
   * only through `reads` (a room's) never forks one.
   */
  loadersFor(em: () => EntityManager, viewerId: string | null): Loaders;
}

/**
 * Request-scoped batch loaders, one per kind of row. Each module declares its own (beside their
 * factory, e.g. `cases/case.loaders.ts`) by augmenting this interface; `app/loaders.ts` composes them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the modules' declarations
export interface Loaders {}

/** Per request (HTTP) or per operation (WS): its own EntityManager fork, viewer and loaders. */
export interface Context {
  requestId: string;
  /** The client's address (behind a proxy on this machine, the one it forwarded): rate limits count by it. */
  clientIp: string;
  viewer: Viewer | null;
  /** Why the presented token was refused, raised by the first operation that needs a viewer. */
  authError: DomainError | null;
  em: EntityManager;
  loaders: Loaders;
  deps: AppDeps;
  log: Logger;
  /**
   * Set while an event of one case's feed is executed: the case whose stream admitted this viewer
   * to the event (case-feed.service.ts: the feed refuses a recused viewer, and ends after the
   * viewer's own recusal), so the recusal guard needs no look-up for it.
   */
  admittedCase?: string | null;
}

/**
 * A subscription's context lives as long as the subscription: each event gets its own fork and
 * loaders, made only if a resolver asks for them (most events need neither).
 */
export function refreshForEvent(ctx: Context, admittedCase: string | null = null): void {
  ctx.admittedCase = admittedCase;
  let em: EntityManager | undefined;
  let loaders: Loaders | undefined;
  Object.defineProperty(ctx, 'em', { configurable: true, enumerable: true, get: () => (em ??= ctx.deps.orm.em.fork()) });
  Object.defineProperty(ctx, 'loaders', { configurable: true, enumerable: true, get: () => (loaders ??= ctx.deps.loadersFor(() => ctx.em, ctx.viewer?.id ?? null)) });
}
