import { applicationInput } from '../../../server/src/test-support/factories.js';
import { progress } from '../lib/clock.js';
import type { Cleanup } from '../lib/cleanup.js';
import type { BenchDatabase } from '../lib/database.js';
import { gqlData, signIn } from '../../../server/src/test-support/graphql-http.js';
import { startServerProcess, type ServerProcess } from '../lib/server-process.js';
import { measureBurst, warmUp, type SideMeasurement } from './burst.js';
import { Deliveries } from './deliveries.js';
import { openGqlSubscribers } from './gql-subscribers.js';
import type { FanoutSizes } from './sizes.js';
import { openEventWriter } from './writer.js';

const REGISTER = 'mutation($input: RegisterApplicationInput!) { registerApplication(input: $input) { id } }';

export interface PlatformMeasurement {
  side: SideMeasurement;
  /** A raw `next` frame as the server sent it, the template of the baseline's frames. */
  frame: string | null;
}

/** The server, started once for every pair, and the tokens its pairs use. */
export interface Platform {
  server: ServerProcess;
  member: string;
  secretary: string;
}

/** The real server as a child process on the database, with the member and the secretary signed in. */
export async function startPlatform(cleanup: Cleanup, db: BenchDatabase): Promise<Platform> {
  progress('fanout', 'starting the server (child process)');
  const server = await startServerProcess(cleanup, db.url);
  const [member, secretary] = await Promise.all([signIn(server.url, 'member1@demo.kz'), signIn(server.url, 'secretary@demo.kz')]);
  return { server, member, secretary };
}

/**
 * One platform side: a new case, N graphql-ws subscribers of it, and events appended to the log
 * straight in PostgreSQL; the subscribers and the writer are closed at the end.
 */
export async function measurePlatform(cleanup: Cleanup, db: BenchDatabase, platform: Platform, sizes: FanoutSizes, label: string): Promise<PlatformMeasurement> {
  const { server } = platform;
  const { registerApplication: kase } = await gqlData<{ registerApplication: { id: string } }>(server.url, REGISTER, { input: applicationInput() }, platform.secretary);

  progress('fanout', `${label}: opening ${sizes.subscribers} graphql-ws subscribers`);
  const deliveries = new Deliveries(sizes.subscribers, sizes.events);
  const subscribers = await openGqlSubscribers({
    wsUrl: `${server.url.replace(/^http/, 'ws')}/graphql`,
    token: platform.member,
    caseId: kase.id,
    count: sizes.subscribers,
    batch: sizes.batch,
    deliveries,
  });
  cleanup.defer('close the graphql-ws subscribers', subscribers.close);
  const writer = await openEventWriter(db.url, kase.id);
  cleanup.defer('close the event writer', writer.close);
  await warmUp(deliveries, writer.write);

  progress('fanout', `${label}: ${sizes.events} events at ${sizes.rate}/s to ${sizes.subscribers} subscribers`);
  const side = await measureBurst({ deliveries, pid: server.pid, rate: sizes.rate, drainMs: sizes.drainMs, send: writer.write });
  const frame = subscribers.lastFrame();
  await subscribers.close();
  await writer.close();
  return { side, frame };
}
