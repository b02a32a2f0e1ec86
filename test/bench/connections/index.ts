import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applicationInput, REGISTER } from '../../../server/src/test-support/factories.js';
import { startChild } from '../lib/child.js';
import type { Cleanup } from '../lib/cleanup.js';
import { progress } from '../lib/clock.js';
import { startBenchDatabase, type BenchDatabase } from '../lib/database.js';
import { gqlData, signIn } from '../../../server/src/test-support/graphql-http.js';
import { describeMachine } from '../lib/machine.js';
import { SERVER_DIR } from '../../support/platform-process.js';
import { startServerProcess } from '../lib/server-process.js';
import type { Benchmark } from '../types.js';
import { inspectorUrl, MemoryProbe } from './memory.js';
import { BareConnections, GqlConnections } from './open.js';
import { medianPair } from '../lib/pairs.js';
import { summarize } from '../lib/stats.js';
import { combinePairs, distribution } from '../report/paired.js';
import { connectionsResult, connectionsTargets, perConnKb, whole, type ConnectionsPair, type SideMeasurement } from './result.js';
import { CONNECTIONS_DEFAULTS, CONNECTIONS_SMOKE, connectionsSizes, type ConnectionsSizes } from './sizes.js';

const BARE_SERVER = fileURLToPath(new URL('./bare-server.ts', import.meta.url));
/** Both sides' children start with the inspector on a free port: the memory probe talks to it. */
const INSPECT = '--inspect=127.0.0.1:0';
const FD_MARGIN = 256;

/** The soft limit on open files of this process (children inherit it). */
function openFilesLimit(): number {
  const m = /^Max open files\s+(\d+|unlimited)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
  return !m || m[1] === 'unlimited' ? Number.POSITIVE_INFINITY : Number(m[1]);
}

const CASE_EVENTS = 'query($id: ID!) { case(id: $id) { events { seq } } }';

async function measurePlatform(cleanup: Cleanup, db: BenchDatabase, sizes: ConnectionsSizes, label: string): Promise<{ side: SideMeasurement; subscribed: number }> {
  progress('connections', `${label}: starting the server (child process, with the inspector)`);
  // Every socket is member1's here; in use they are many members', each under the per-member quota.
  const server = await startServerProcess(cleanup, db.url, { nodeArgs: [INSPECT], env: { LIMIT_WS_SOCKETS_PER_MEMBER: String(sizes.connections + 10) } });
  const [member, secretary] = await Promise.all([signIn(server.url, 'member1@demo.kz'), signIn(server.url, 'secretary@demo.kz')]);
  const { registerApplication: kase } = await gqlData<{ registerApplication: { id: string } }>(server.url, REGISTER, { input: applicationInput() }, secretary);
  const { case: { events } } = await gqlData<{ case: { events: { seq: string }[] } }>(server.url, CASE_EVENTS, { id: kase.id }, secretary);
  // From just before the case's last event: each subscription replays exactly that one, then idles.
  const after = String(BigInt(events[events.length - 1].seq) - 1n);

  const probe = await MemoryProbe.open(inspectorUrl(server.lines), server.pid);
  cleanup.defer('close the platform inspector', () => probe.close());
  const conns = new GqlConnections(`${server.url.replace(/^http/, 'ws')}/graphql`, member);
  cleanup.defer('close the graphql-ws connections', () => conns.close());

  const before = await probe.read(sizes.settleMs);
  progress('connections', `${label}: opening ${sizes.connections} authenticated graphql-ws connections`);
  await conns.connect(sizes.connections, sizes.batch);
  const connected = await probe.read(sizes.settleMs);
  progress('connections', `${label}: one caseEvents subscription on each`);
  await conns.subscribe(kase.id, after, sizes.batch);
  const subscribed = await probe.read(sizes.settleMs);
  progress('connections', `${label}: heap ${Math.round(before.heapUsedBytes / 2 ** 20)} → ${Math.round(connected.heapUsedBytes / 2 ** 20)} → ${Math.round(subscribed.heapUsedBytes / 2 ** 20)} MB`);

  const failed = conns.failed.size;
  const errors = [...conns.errors];
  await conns.close();
  probe.close();
  const exitCode = await server.stop();
  return {
    side: {
      stages: [{ open: sizes.connections, before, after: connected }, { open: sizes.connections, before: connected, after: subscribed }],
      connectLatency: summarize(Float64Array.from(conns.connectMs)),
      failed,
      errors,
      exitCode,
      warnings: server.warnings(),
    },
    subscribed: conns.subscribed,
  };
}

async function measureBaseline(cleanup: Cleanup, sizes: ConnectionsSizes, label: string): Promise<SideMeasurement> {
  progress('connections', `${label}: starting the bare ws server (child process, with the inspector)`);
  // Through tsx from server/ like the server itself, so both children start the same way.
  const child = startChild(cleanup, 'bare ws', [INSPECT, '--import', 'tsx', BARE_SERVER], {
    cwd: SERVER_DIR,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root' },
  });
  const url = (await child.waitFor(/"url":"(ws:\/\/127\.0\.0\.1:\d+)"/, 30_000))[1];
  const probe = await MemoryProbe.open(inspectorUrl(child.lines), child.pid);
  cleanup.defer('close the baseline inspector', () => probe.close());
  const conns = new BareConnections(url);
  cleanup.defer('close the bare ws sockets', () => conns.close());

  const before = await probe.read(sizes.settleMs);
  progress('connections', `${label}: opening ${sizes.connections} bare ws connections`);
  await conns.connect(sizes.connections, sizes.batch);
  const after = await probe.read(sizes.settleMs);
  const failed = conns.failed.size;
  const errors = [...conns.errors];
  await conns.close();
  probe.close();
  const exitCode = await child.stop();
  return { stages: [{ open: sizes.connections, before, after }], connectLatency: summarize(Float64Array.from(conns.connectMs)), failed, errors, exitCode, warnings: child.warnings() };
}

/** Budget B4: the server's memory per idle authenticated WebSocket, against bare `ws` sockets. */
export const connections: Benchmark = {
  name: 'connections',
  budget: 'B4',
  summary: 'N idle graphql-ws connections (token in connection_init, one caseEvents subscription each) against N bare ws sockets: memory per connection',
  defaults: CONNECTIONS_DEFAULTS,
  smoke: CONNECTIONS_SMOKE,
  glossary: [
    '**platform**: the real server (a child process, started with `--inspect=127.0.0.1:0`) on a throwaway PostgreSQL with the demo panel. The benchmark opens N graphql-ws clients (one socket each) with member1\'s bearer token in `connection_init`, waits for every `connection_ack`, reads memory; then starts one `caseEvents(caseId, after)` subscription on each socket, on one case, with `after` just before its last event, and waits until each received that one replayed event (proof the subscription is live on the server); reads memory again. Then nothing is sent: the connections are idle. **baseline**: a bare `ws` server (a child process started the same way) that accepts N sockets and keeps them; no GraphQL, no token, no subscription.',
    '**heap**: V8 heap in use (`Runtime.getHeapUsage`) after two full collections (`HeapProfiler.collectGarbage`) through the inspector, after a quiet time (settleSeconds). **RSS**: VmRSS of /proc/<pid>/status at the same moment; it includes socket buffers and native memory the heap does not, and what the allocator keeps after GC. **KB/conn**: (after − before) / N, in KB of 1 024 bytes. **fds after**: open file descriptors of the process (one per socket).',
    '**whole**: from the reading before the first connection to the reading after the subscriptions: the cost of one idle authenticated, subscribed connection, which the budget (≤ 40 KB) is read against; both RSS and heap are given as targets.',
    '**pairs**: one throwaway PostgreSQL; then `pairs` times a fresh server (its memory measured as above, then stopped) and a fresh bare `ws` process. The targets are the medians over the pairs; the table is the median pair\'s (by RSS); failed or dropped sockets in any pair fail the run. **connect latency** (the plot): per socket, from creating it to `connection_ack` (platform: token check in `connection_init`) or to the open upgrade (baseline), `batch` sockets at a time.',
    '**limits**: every socket needs a file descriptor in the benchmark and in the server (`ulimit -n` must exceed N + 256, checked before the run) and an ephemeral port on 127.0.0.1; sockets are opened in batches, each after the previous one was acknowledged.',
  ],
  run: async (params, cleanup, { smoke }) => {
    const started = performance.now();
    const sizes = connectionsSizes(params);
    const limit = openFilesLimit();
    if (limit < sizes.connections + FD_MARGIN) {
      throw new Error(`connections: ${sizes.connections} sockets need more open files than the limit ${limit}: raise it (ulimit -n ${sizes.connections * 2 + FD_MARGIN}) or --set connections=${Math.max(1, limit - FD_MARGIN)}`);
    }
    progress('connections', 'starting a throwaway PostgreSQL');
    const db = await startBenchDatabase(cleanup);
    const pairs: ConnectionsPair[] = [];
    const subscribed: number[] = [];
    for (let k = 1; k <= sizes.pairs; k++) {
      const tag = `pair ${k}/${sizes.pairs}`;
      const platform = await measurePlatform(cleanup, db, sizes, `${tag} platform`);
      const baseline = await measureBaseline(cleanup, sizes, `${tag} baseline`);
      pairs.push({ platform: platform.side, baseline });
      subscribed.push(platform.subscribed);
    }
    const machine = describeMachine(db.version);
    const durationS = (performance.now() - started) / 1000;
    const perPair = pairs.map((x, i) => connectionsResult({ sizes, params, smoke, machine, durationS, platform: x.platform, baseline: x.baseline, subscribed: subscribed[i] }));
    const primary = pairs.map((x) => perConnKb(whole(x.platform.stages), 'rssBytes'));
    return combinePairs({
      pairs: perPair,
      primary,
      targets: connectionsTargets(pairs),
      durationS,
      distributions: [distribution('connect', `time to an acknowledged socket, ${sizes.batch} opened at a time (graphql-ws with connection_init vs bare ws)`, 'ms', medianPair(primary), pairs.map((x) => [x.platform.connectLatency, x.baseline.connectLatency]))],
    });
  },
};
