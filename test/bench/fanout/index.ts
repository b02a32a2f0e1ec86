import { randomUUID } from 'node:crypto';
import { progress, sleep } from '../lib/clock.js';
import { startBenchDatabase } from '../lib/database.js';
import { describeMachine } from '../lib/machine.js';
import type { Benchmark } from '../types.js';
import { measureBaseline } from './baseline-side.js';
import { eventFrame, parseFrame } from './frame.js';
import { measurePlatform } from './platform-side.js';
import { fanoutResult } from './result.js';
import { FANOUT_DEFAULTS, FANOUT_SMOKE, fanoutSizes } from './sizes.js';

const SETTLE_MS = 2_000;

/** The baseline's frame template from a frame the server really sent, and whether it rebuilds byte for byte. */
function templateOf(frame: string | null): { id: string; seq: number; matches: boolean } {
  const parsed = frame ? parseFrame(frame) : null;
  if (!parsed) return { id: randomUUID(), seq: 1, matches: false };
  return { id: parsed.id, seq: Number(parsed.event.seq), matches: eventFrame(parsed.id, parsed.event) === frame };
}

/** Budget B3: live events of one case fanned out to many subscribers, against a bare `ws` broadcast. */
export const fanout: Benchmark = {
  name: 'fanout',
  budget: 'B3',
  summary: 'N graphql-ws subscribers of one case room, events written to the log at R/s, against a bare ws broadcaster',
  defaults: FANOUT_DEFAULTS,
  smoke: FANOUT_SMOKE,
  glossary: [
    '**deliveries**: events received by subscribers / events sent × subscribers. Each subscriber has its own socket (graphql-ws client, or plain `ws` client for the baseline); all live in the benchmark process.',
    '**p50 / p99 / max ms**: delivery latency, from the `sentAt` stamped into the event just before it is inserted (platform) or sent to the publisher (baseline) to the moment the subscriber\'s handler runs, on the benchmark process\'s clock. Platform path: PostgreSQL insert + NOTIFY → the server\'s LISTEN connection → one shared read of the case\'s log tail → the subscription\'s GraphQL result and graphql-ws frame for each subscriber → socket. Baseline path: publisher socket → broadcaster → the same frame to every socket.',
    '**server CPU ms**: user + system CPU of the fan-out process alone (the server child, or the broadcaster child; not PostgreSQL, not the clients), from `/proc/<pid>/stat`, read just before the first event is written and at the last delivery. Resolution: one clock tick (10 ms).',
    '**CPU µs/delivery**: server CPU ms × 1000 / deliveries; the budget\'s "CPU ≤ 2× baseline" compares this between the sides.',
    '**load generator**: the notes give the benchmark process\'s own CPU over the burst; near 100 % of a core, its queueing inflates the latencies of both sides.',
    '**noise**: the server, PostgreSQL, the baseline and the load generator share the machine\'s cores, so other work on the machine (see the load average) moves the latencies most, p99 above all; late ticks in the notes are the sign. Rerun before reading much into one p99.',
  ],
  run: async (params, cleanup, { smoke }) => {
    const started = performance.now();
    const sizes = fanoutSizes(params);
    progress('fanout', 'starting a throwaway PostgreSQL and migrating it');
    const db = await startBenchDatabase(cleanup);
    const machine = describeMachine(db.version);
    const platform = await measurePlatform(cleanup, db, sizes);
    await db.stop(); // PostgreSQL is on the platform's path only: the baseline runs without it
    // Let the closed sockets and the garbage of the platform phase go before the baseline's clock starts.
    await sleep(SETTLE_MS);
    const template = templateOf(platform.frame);
    const baseline = await measureBaseline(cleanup, sizes, template);
    return fanoutResult({ sizes, params, smoke, machine, durationS: (performance.now() - started) / 1000, platform, baseline, frameMatches: template.matches });
  },
};
