import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { DomainError } from '../shared/domain-error.js';
import type { Env } from '../config/env.js';
import type { Loaders } from '../shared/loaders.js';
import type { Viewer } from '../shared/viewer.js';
import type { EvidenceStore } from '../modules/evidence/evidence.store.js';
import type { LiveFeed } from '../shared/events/live-feed.js';
import type { PresenceRegistry } from '../modules/presence/presence.registry.js';
import type { LogTails } from '../shared/events/log-tail.js';
import type { MemberStatusCache } from '../modules/members/member-status.cache.js';
import type { MemberDirectory } from '../modules/members/member-directory.js';
import type { SettingsCache } from '../modules/settings/settings.cache.js';
import type { UrlChecker } from '../modules/prescriptions/url-check.js';
import type { DocumentDelivery } from '../modules/documents/document-delivery.js';
import type { Clock } from '../shared/clock.js';

/** What lives for the whole process and is shared by every request. */
export interface AppDeps {
  env: Env;
  log: Logger;
  storage: EvidenceStore;
  orm: MikroORM;
  feed: LiveFeed;
  presence: PresenceRegistry;
  tails: LogTails;
  memberStatus: MemberStatusCache;
  /** Members and agencies for display, per instance. */
  members: MemberDirectory;
  /** The panel's settings for reads, per instance. */
  settings: SettingsCache;
  checker: UrlChecker;
  /** PDF downloads: render threads, cache and budgets of this instance. */
  documents: DocumentDelivery;
  /** The domain's time (deadlines, due jobs, decision times); a TestClock in tests. See shared/clock.ts. */
  clock: Clock;
}

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
  /** Cases whose personal data this request already logged as viewed (one event per case and subject). */
  piiLogged: Set<string>;
}
