import type { Platform } from './platform.js';

/** One sample of the process, for the soak run's slopes. */
export interface ProbeSample {
  type: 'probe';
  at: number;
  heapUsed: number;
  rss: number;
  external: number;
  /** Open TCP connections of the HTTP server, WebSockets included. */
  connections: number;
  /** Live-feed wake-ups registered on this instance: one per open stream, plus one per shared log tail. */
  subscriptions: number;
}

/**
 * With PROBE_IPC=1, answers `{ type: 'probe' }` from the parent process (the soak run) over the IPC
 * channel it opened; there is no such channel otherwise, and nothing of this is on the network.
 */
export function answerProbes(platform: Platform): void {
  const send = process.send?.bind(process);
  if (!send) return;
  process.on('message', (m: { type?: string } | null) => {
    if (m?.type !== 'probe') return;
    platform.server.getConnections((_err, connections) => {
      // Started with --expose-gc (the soak does): measure what survives a full collection, not garbage.
      (globalThis as { gc?: () => void }).gc?.();
      const { heapUsed, rss, external } = process.memoryUsage();
      const sample: ProbeSample = { type: 'probe', at: Date.now(), heapUsed, rss, external, connections, subscriptions: platform.feed.subscriberCount };
      send(sample);
    });
  });
  // The channel must not keep the process alive on its own, nor outlive the parent.
  process.channel?.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
