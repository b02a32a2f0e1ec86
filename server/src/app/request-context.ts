import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DomainError } from '../shared/domain-error.js';
import type { Viewer } from '../shared/viewer.js';
import { deactivated } from '../modules/members/auth.service.js';
import { bearer, verifyToken } from '../modules/members/token.js';
import type { Logger } from 'pino';
import type { AppDeps, Context, Loaders } from '../shared/context.js';

/** The viewer a token names; the member must still be active, so deactivation takes effect at once. */
async function viewerFor(deps: AppDeps, token: string): Promise<Viewer> {
  const id = await verifyToken({ secret: deps.env.tokenSecret, ttlMinutes: deps.env.tokenTtlMinutes }, token);
  const member = await deps.memberStatus.get(id);
  if (!member?.active) throw deactivated();
  return { id, name: member.name, role: member.role, agencyId: member.agencyId };
}

/**
 * Builds the context of one HTTP request or WS operation. A bad token does not fail the request
 * here (login must still work); it is kept and raised by the first operation that needs a viewer.
 */
export async function buildContext(orm: MikroORM, deps: AppDeps, authorization: unknown, requestId: string = randomUUID(), clientIp = ''): Promise<Context> {
  const token = bearer(authorization);
  let viewer: Viewer | null = null;
  let authError: DomainError | null = null;
  if (token) {
    try {
      viewer = await viewerFor(deps, token);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      authError = e;
    }
  }
  return new RequestContext(requestId, clientIp, viewer, authError, deps, orm);
}

/**
 * The EntityManager fork, the loaders and the request's logger are made when something first asks
 * for them: a write that answers with an id needs none of the loaders. They are getters of the
 * class, not of the object, because Apollo Server copies the context's own properties for every
 * operation, which would call them all.
 */
class RequestContext implements Context {
  private forked: EntityManager | undefined;
  private made: Loaders | undefined;
  private logger: Logger | undefined;

  constructor(
    readonly requestId: string,
    readonly clientIp: string,
    readonly viewer: Viewer | null,
    readonly authError: DomainError | null,
    readonly deps: AppDeps,
    private readonly orm: MikroORM,
  ) {}

  get em(): EntityManager {
    return (this.forked ??= this.orm.em.fork());
  }

  get loaders(): Loaders {
    return (this.made ??= this.deps.loadersFor(() => this.em, this.viewer?.id ?? null));
  }

  get log(): Logger {
    return (this.logger ??= this.deps.log.child({ requestId: this.requestId }));
  }
}
