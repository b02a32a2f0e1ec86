import { fileURLToPath } from 'node:url';
import { now, progress } from '../lib/clock.js';
import { startChild } from '../lib/child.js';
import type { Cleanup } from '../lib/cleanup.js';
import { SERVER_DIR } from '../../support/platform-process.js';
import { measureBurst, warmUp, type SideMeasurement } from './burst.js';
import { Deliveries } from './deliveries.js';
import { eventFrame, TICK_COMMENT_ID } from './frame.js';
import type { FanoutSizes } from './sizes.js';
import { closeSocket, openSocket, openWsSubscribers } from './ws-subscribers.js';

const BROADCASTER = fileURLToPath(new URL('./broadcaster.ts', import.meta.url));

/**
 * The baseline side: a bare `ws` broadcaster process, N plain `ws` clients and one publisher;
 * each tick the publisher sends the frame graphql-ws would send (same id, same shape, same size).
 */
export async function measureBaseline(cleanup: Cleanup, sizes: FanoutSizes, template: { id: string; seq: number; kind: string }, label = 'baseline'): Promise<SideMeasurement> {
  progress('fanout', `${label}: starting the bare ws broadcaster (child process)`);
  // Run through tsx from server/ like the server itself, so both children start the same way.
  const child = startChild(cleanup, 'broadcaster', ['--import', 'tsx', BROADCASTER], {
    cwd: SERVER_DIR,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root' },
  });
  const url = (await child.waitFor(/"url":"(ws:\/\/127\.0\.0\.1:\d+)"/, 30_000))[1];

  progress('fanout', `${label}: opening ${sizes.subscribers} ws subscribers`);
  const deliveries = new Deliveries(sizes.subscribers, sizes.events);
  const subscribers = await openWsSubscribers({ url: `${url}/subscribe`, count: sizes.subscribers, batch: sizes.batch, deliveries });
  cleanup.defer('close the ws subscribers', subscribers.close);
  const publisher = await openSocket(`${url}/publish`);
  cleanup.defer('close the publisher', () => closeSocket(publisher));
  const send = (i: number) => {
    const at = new Date().toISOString();
    publisher.send(eventFrame(template.id, { seq: String(template.seq + i), kind: template.kind, at, payload: { i, sentAt: now(), commentId: TICK_COMMENT_ID } }));
  };
  await warmUp(deliveries, send);

  progress('fanout', `${label}: ${sizes.events} frames at ${sizes.rate}/s to ${sizes.subscribers} subscribers`);
  const side = await measureBurst({ deliveries, pid: child.pid, rate: sizes.rate, drainMs: sizes.drainMs, send });
  await closeSocket(publisher);
  await subscribers.close();
  await child.stop();
  return side;
}
