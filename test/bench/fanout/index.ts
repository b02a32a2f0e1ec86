import { randomUUID } from 'node:crypto';
import { progress, sleep } from '../lib/clock.js';
import { startBenchDatabase } from '../lib/database.js';
import { describeMachine } from '../lib/machine.js';
import type { Benchmark } from '../types.js';
import { measureBaseline } from './baseline-side.js';
import { eventFrame, parseFrame, TICK_WIRE_KIND } from './frame.js';
import { medianPair } from '../lib/pairs.js';
import { combinePairs, distribution } from '../report/paired.js';
import { measurePlatform, startPlatform } from './platform-side.js';
import { fanoutResult, fanoutTargets, type FanoutPair } from './result.js';
import { FANOUT_DEFAULTS, FANOUT_SMOKE, fanoutSizes } from './sizes.js';

const SETTLE_MS = 2_000;

/** The baseline's frame template from a frame the server really sent, and whether it rebuilds byte for byte. */
function templateOf(frame: string | null): { id: string; seq: number; kind: string; matches: boolean } {
  const parsed = frame ? parseFrame(frame) : null;
  if (!parsed) return { id: randomUUID(), seq: 1, kind: TICK_WIRE_KIND, matches: false };
  return { id: parsed.id, seq: Number(parsed.event.seq), kind: parsed.event.kind, matches: eventFrame(parsed.id, parsed.event) === frame };
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
    '**CPU µs/delivery**: server CPU ms × 1000 / deliveries; the budget\'s "CPU ≤ 1.5× baseline" compares this between the sides, on the median over the pairs.',
    '**load generator**: the notes give the benchmark process\'s own CPU over the burst; near 100 % of a core, its queueing inflates the latencies of both sides.',
    '**pairs**: the server starts once; each pair registers a new case, opens the platform\'s subscribers, sends its burst and closes them, then starts a bare `ws` broadcaster, opens its subscribers, sends the same number of frames and stops it (PostgreSQL stays up, idle, during the baseline). Each target is the median over the pairs; the table is the median pair\'s (by platform p99); missing, duplicated or reordered deliveries in any pair fail the run.',
    '**noise**: the server, PostgreSQL, the baseline and the load generator share the machine\'s cores, so other work on the machine (see the load average) moves the latencies most, p99 above all; late ticks in the notes are the sign. Rerun before reading much into one p99.',
  ],
  run: async (params, cleanup, { smoke }) => {
    const started = performance.now();
    const sizes = fanoutSizes(params);
    progress('fanout', 'starting a throwaway PostgreSQL and migrating it');
    const db = await startBenchDatabase(cleanup);
    const machine = describeMachine(db.version);
    const platform = await startPlatform(cleanup, db);
    const pairs: FanoutPair[] = [];
    let template: ReturnType<typeof templateOf> | null = null;
    for (let k = 1; k <= sizes.pairs; k++) {
      const tag = `pair ${k}/${sizes.pairs}`;
      const p = await measurePlatform(cleanup, db, platform, sizes, `${tag} platform`);
      // The baseline's frame is the server's first real one, the same in every pair.
      template ??= templateOf(p.frame);
      // Let the closed sockets and the garbage of the platform side go before the baseline's clock starts (and back).
      await sleep(SETTLE_MS);
      const baseline = await measureBaseline(cleanup, sizes, template, `${tag} baseline`);
      await sleep(SETTLE_MS);
      pairs.push({ platform: p.side, baseline });
    }
    const serverExitCode = await platform.server.stop();
    const durationS = (performance.now() - started) / 1000;
    const frameMatches = template?.matches ?? false;
    const perPair = pairs.map((x) => fanoutResult({ sizes, params, smoke, machine, durationS, platform: x.platform, baseline: x.baseline, frameMatches, serverWarnings: platform.server.warnings(), serverExitCode }));
    const primary = pairs.map((x) => x.platform.latency?.p99 ?? Number.NaN);
    return combinePairs({
      pairs: perPair,
      primary,
      targets: fanoutTargets(pairs),
      durationS,
      distributions: [distribution('delivery', `delivery latency, ${sizes.subscribers} subscribers at ${sizes.rate} events/s`, 'ms', medianPair(primary), pairs.map((x) => [x.platform.latency, x.baseline.latency]))],
    });
  },
};
