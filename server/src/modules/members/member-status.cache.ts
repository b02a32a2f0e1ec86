import type { MikroORM } from '@mikro-orm/postgresql';
import { LOG_TOPIC } from '../../shared/events/event-log.js';
import type { LiveFeed } from '../../shared/events/live-feed.js';
import { Member } from './member.entity.js';
import type { Role } from '../../shared/role.js';

export interface MemberStatus {
  active: boolean;
  role: Role;
  name: string;
  agencyId: string;
}

/**
 * Whether members are active, and their roles, for every request's token check and the per-event
 * checks of live streams: one read per member rather than one per request, event and subscriber. Account changes are logged under the `log`
 * topic, whose notification arrives before any later event; it clears the cache.
 */
export class MemberStatusCache {
  private readonly known = new Map<string, Promise<MemberStatus | null>>();
  /**
   * Grows whenever anything is dropped. A live stream that checked its viewer at version v needs no
   * new check while the version is still v: no status can have changed on this instance since.
   */
  version = 0;

  constructor(private readonly orm: MikroORM, feed: LiveFeed) {
    feed.onTopic(LOG_TOPIC, () => this.clear());
    feed.onReconnect(() => this.clear());
  }

  /** Drops one member at once (this instance); the others drop everything on the `log` notification. */
  forget(memberId: string): void {
    this.version += 1;
    this.known.delete(memberId);
  }

  private clear(): void {
    this.version += 1;
    this.known.clear();
  }

  get(memberId: string): Promise<MemberStatus | null> {
    let status = this.known.get(memberId);
    if (!status) {
      status = this.orm.em.fork().findOne(Member, { id: memberId }).then((m) => (m ? { active: m.active, role: m.role, name: m.name, agencyId: m.agency.id } : null));
      status.catch(() => this.known.delete(memberId));
      this.known.set(memberId, status);
    }
    return status;
  }
}

declare module '../../shared/context.js' {
  interface AppDeps {
    /** Whether a member is still active, checked on every request. */
    memberStatus: MemberStatusCache;
  }
}
