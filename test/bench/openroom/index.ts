import { fileURLToPath, pathToFileURL } from 'node:url';
import { startChild } from '../lib/child.js';
import type { Cleanup } from '../lib/cleanup.js';
import { progress, sleep } from '../lib/clock.js';
import { processCpuMs } from '../lib/cpu.js';
import { startBenchDatabase } from '../lib/database.js';
import { describeMachine } from '../lib/machine.js';
import { connectPg, type PgClient } from '../lib/pg.js';
import { SERVER_DIR } from '../../support/platform-process.js';
import { startServerProcess } from '../lib/server-process.js';
import type { Benchmark } from '../types.js';
import { KeepAliveGraphql } from '../writes/keep-alive-client.js';
import { signInPanel } from '../writes/panel.js';
import { postgresCpuReader } from '../writes/postgres-cpu.js';
import { differences } from './agreement.js';
import { cloneRoom } from './clone.js';
import { measureOpenCost } from './diagnose.js';
import { RoomClient, runPhase, type RoomOperation } from './load.js';
import { medianPair } from '../lib/pairs.js';
import { combinePairs, distribution } from '../report/paired.js';
import { openroomResult, openroomTargets, throughputShare, type OpenroomPair, type PhaseWithPg, type SideWithPg } from './result.js';
import { seedRoom } from './seed.js';
import { OPENROOM_DEFAULTS, OPENROOM_SMOKE, openroomSizes, type OpenroomSizes } from './sizes.js';

const BASELINE_SERVER = fileURLToPath(new URL('./baseline-server.ts', import.meta.url));
// Loaded at run time from client/, where graphql and @apollo/client resolve (and outside this package's type check).
const ROOM_OPERATIONS_MODULE = pathToFileURL(fileURLToPath(new URL('../../../client/build/room-operations.ts', import.meta.url))).href;
const VIEWER = 'member1';
/** The platform's own pool size (db/mikro-orm.config.ts): the baseline gets the same. */
const POOL = 20;

/** Fresh rooms for one side of one pair: warm-up, fixed rate, max and the diagnosis each open their own, so no phase inherits another's timeline growth. */
interface Rooms {
  warmUp: string[];
  fixed: string[];
  max: string[];
  diagnose: string;
}

async function roomsFor(db: PgClient, source: string, n: number): Promise<Rooms> {
  const ids = await cloneRoom(db, source, 3 * n + 1);
  return { warmUp: ids.slice(0, n), fixed: ids.slice(n, 2 * n), max: ids.slice(2 * n, 3 * n), diagnose: ids[3 * n] };
}

async function settle(db: PgClient): Promise<void> {
  await db.query('vacuum analyze');
  await db.query('checkpoint');
  await sleep(1_000);
}

interface SideContext {
  label: string;
  url: string;
  pid: number;
  token: string;
  operations: RoomOperation[];
  sizes: OpenroomSizes;
  db: PgClient;
  pgCpuMs: () => number;
  cleanup: Cleanup;
}

/** One phase on one side, with the cluster's CPU read at its edges. */
async function phaseOf(o: SideContext, client: RoomClient, mode: 'fixed' | 'max', cases: string[], level: number, ms: number): Promise<PhaseWithPg> {
  const pg0 = o.pgCpuMs();
  const m = await runPhase({ mode, client, cases, level, ms, appCpuMs: () => processCpuMs(o.pid) });
  return { ...m, pgCpuMs: o.pgCpuMs() - pg0 };
}

const clientFor = (o: SideContext) => {
  const client = new RoomClient(o.url, Math.max(o.sizes.clients, 8) * o.operations.length, o.token, o.operations);
  o.cleanup.defer(`close the ${o.label} HTTP sockets`, () => client.close());
  return client;
};

/** The baseline's maximum before the pairs, which sets their fixed rate: a warm-up, then `clients` closed loops. */
async function calibrate(o: SideContext, rooms: Rooms): Promise<number> {
  const client = clientFor(o);
  await settle(o.db);
  progress('openroom', `${o.label}: warm-up ${o.sizes.warmUpMs / 1000} s, then its maximum for ${o.sizes.measureMs / 1000} s`);
  await phaseOf(o, client, 'max', rooms.warmUp, o.sizes.clients, o.sizes.warmUpMs);
  const max = await phaseOf(o, client, 'max', rooms.max, o.sizes.clients, o.sizes.measureMs);
  client.close();
  if (max.errors || max.opens === 0) throw new Error(`openroom: the baseline's calibration opened ${max.opens} rooms with ${max.errors} errors, e.g. ${max.errorSamples.slice(0, 2).join(' | ')}`);
  progress('openroom', `${o.label}: ${max.opensPerS.toFixed(1)} room opens/s`);
  return max.opensPerS;
}

/** One side of one pair: warm-up, the fixed rate, the maximum (and, when asked, its diagnosis). */
async function measureSide(o: SideContext & { rooms: Rooms; opensPerS: number; diagnose: boolean }): Promise<SideWithPg> {
  const { sizes } = o;
  const client = clientFor(o);
  await settle(o.db);
  progress('openroom', `${o.label}: warm-up ${sizes.warmUpMs / 1000} s`);
  const warmUp = await phaseOf(o, client, 'max', o.rooms.warmUp, sizes.clients, sizes.warmUpMs);
  progress('openroom', `${o.label}: ${o.opensPerS.toFixed(1)} opens/s for ${sizes.measureMs / 1000} s`);
  const fixed = await phaseOf(o, client, 'fixed', o.rooms.fixed, o.opensPerS, sizes.measureMs);
  progress('openroom', `${o.label}: p99 ${fixed.openLatency?.p99.toFixed(1)} ms per open; max throughput with ${sizes.clients} concurrent opens for ${sizes.measureMs / 1000} s`);
  const max = await phaseOf(o, client, 'max', o.rooms.max, sizes.clients, sizes.measureMs);
  progress('openroom', `${o.label}: ${max.opensPerS.toFixed(1)} room opens/s`);
  const cost = o.diagnose ? await measureOpenCost(o.db, client, o.rooms.diagnose) : null;
  client.close();
  return { warmUp, fixed, max, cost };
}

/** Budget B1: opening a case room over HTTP, against raw `pg` + `node:http` returning the same JSON. */
export const openroom: Benchmark = {
  name: 'openroom',
  budget: 'B1',
  summary: 'a member opening case rooms (the client\'s 4 queries: case file, thread of 50 comments, members, votes) over HTTP, against node:http + raw pg returning the same JSON',
  defaults: OPENROOM_DEFAULTS,
  smoke: OPENROOM_SMOKE,
  glossary: [
    '**room open**: the four queries the client sends when /cases/:id mounts — `CaseFile` (the case with its timeline, identity, episodes, resources), `CaseThread` (the comments with replies, revisions, mentions), `RoomDirectory` (the members, for @mentions) and `CaseVoting` (rounds, votes, the viewer\'s history, settings) — taken from client/src and prepared as Apollo Client sends them (with `__typename`, client/build/room-operations.ts), sent by the sha256 of their text as the client sends them (persisted documents: the check before the load sends the text as well, as the client does after PersistedQueryNotFound, so the server knows every hash), POSTed together on keep-alive sockets with member1\'s bearer token. The room is open when the last answer arrived. As member1 may see identity, each `CaseFile` appends two `pii.viewed` events (child, applicant) to the case\'s log, both in one transaction; those reads are on the timeline of the chair and the deputy only, so member1\'s timeline does not grow with them (both sides leave them out).',
    '**rooms**: one room is built through the platform\'s mutations (a case in review; `comments` comments by 8 accounts with a reply every 5th, a mention every 10th and 2 edits; an open round with 6 votes), then copied in SQL: every phase of every side opens its own `cases` copies in turn, so the timelines (which grow by two events per open) stay comparable. **baseline**: a `node:http` server in its own process with a `pg.Pool` of 20 (the platform\'s pool size) that answers the same four operations by name with the same JSON (checked field by field against the platform before the load), from hand-written SQL (joins instead of an ORM and GraphQL execution); it loads the viewer, checks access and logs the same two identity reads; it does not verify the token\'s signature.',
    '**calibration**: before the pairs, the baseline alone: a warm-up, then `clients` closed loops for `seconds`; its room opens/s × `rateShare` (0.5, the budget\'s half) is the fixed rate of every pair, so the p99 is measured at a rate both sides can hold rather than on a queue. **pairs**: the sides alternate (platform, baseline) `pairs` times; each side, after a vacuum, analyze and checkpoint: a warm-up (not reported); **fixed rate**: an open loop sending room opens at that rate (each on its own due time; latency counts from the due time, so a load generator or server that falls behind is not hidden; at most max(16, opens/s) opens outstanding; the phase ends `seconds` after the last due time, and opens not answered by then count with their wait so far, as *unfinished*); **max**: `clients` closed loops, each opening the next room when the previous one is open. The budget: room opens/s at max ≥ 60 % of the baseline and the platform\'s p99 per room open at the fixed rate ≤ 50 ms (a pair with failed or unfinished opens counts as a miss), each on the median over the pairs; the table is the median pair\'s (by throughput).',
    '**KB/open**: bytes of the four answers. **app CPU ms/open**: user + system CPU of the server process (or the baseline\'s) over the window, per open; **PostgreSQL CPU ms/open**: the whole cluster\'s. **transactions per open / scans per table** (notes): from PostgreSQL\'s cumulative statistics around 20 opens one after the other; reads outside a transaction count one each, so this is the number of round trips to the database.',
    '**noise**: everything shares the machine\'s cores; other work on the machine (see the load average) moves the figures, p99 above all. Rerun before reading much into one figure.',
  ],
  run: async (params, cleanup, { smoke }) => {
    const started = performance.now();
    const sizes = openroomSizes(params);
    const { ROOM_OPERATIONS } = (await import(ROOM_OPERATIONS_MODULE)) as { ROOM_OPERATIONS: RoomOperation[] };
    progress('openroom', 'starting a throwaway PostgreSQL and the server (child process)');
    const database = await startBenchDatabase(cleanup);
    const machine = describeMachine(database.version);
    // Seeding writes hundreds of comments as a few accounts; the scheduler's polling would blur the query counts.
    const server = await startServerProcess(cleanup, database.url, { env: { LIMIT_WRITES_PER_MEMBER: '100000/1m', LIMIT_WRITES_PER_IP: '100000/1m', JOBS_EVERY_MS: '86400000' } });
    const panel = await signInPanel(server.url);
    const token = panel.authors.find((a) => a.email.startsWith(`${VIEWER}@`))!.token;
    progress('openroom', `building one room (${sizes.comments} comments, votes) through the platform`);
    const seeding = new KeepAliveGraphql(server.url, 4);
    cleanup.defer('close the seeding sockets', () => seeding.close());
    const source = await seedRoom(server.url, seeding, panel, sizes.comments);
    seeding.close();
    const db = await connectPg(database.url);
    cleanup.defer('close the checking connection', () => db.end());
    const roomCount = (2 * sizes.pairs + 1) * (3 * sizes.cases + 1);
    progress('openroom', `copying it into ${roomCount} rooms`);
    const calibrationRooms = await roomsFor(db, source, sizes.cases);
    const rooms: { platform: Rooms; baseline: Rooms }[] = [];
    for (let k = 0; k < sizes.pairs; k++) rooms.push({ platform: await roomsFor(db, source, sizes.cases), baseline: await roomsFor(db, source, sizes.cases) });

    progress('openroom', 'starting the baseline (node:http + pg, child process)');
    const baselineChild = startChild(cleanup, 'baseline', ['--import', 'tsx', BASELINE_SERVER], {
      cwd: SERVER_DIR,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', DATABASE_URL: database.url, POOL: String(POOL) },
    });
    const baselineUrl = (await baselineChild.waitFor(/"url":"(http:\/\/127\.0\.0\.1:\d+)"/, 60_000))[1];

    // The same JSON: the platform's answer first, then the baseline's, for the same room.
    const check = new RoomClient(server.url, 1, token, ROOM_OPERATIONS);
    const checkBaseline = new RoomClient(baselineUrl, 1, token, ROOM_OPERATIONS);
    const disagreements = differences(await check.fetchAll(source), await checkBaseline.fetchAll(source));
    check.close();
    checkBaseline.close();

    const pgCpuMs = await postgresCpuReader(db);
    const common = { token, operations: ROOM_OPERATIONS, sizes, db, pgCpuMs, cleanup };
    const platformSide = { ...common, url: server.url, pid: server.pid };
    const baselineSide = { ...common, url: baselineUrl, pid: baselineChild.pid };
    // The budget's fixed rate: a share (half) of what the baseline sustains here, now.
    const calibration = await calibrate({ ...baselineSide, label: 'calibration: baseline' }, calibrationRooms);
    const opensPerS = calibration * sizes.rateShare;
    const pairs: OpenroomPair[] = [];
    for (let k = 0; k < sizes.pairs; k++) {
      const tag = `pair ${k + 1}/${sizes.pairs}`;
      const diagnose = sizes.diagnose && k === 0;
      const platform = await measureSide({ ...platformSide, label: `${tag} platform`, rooms: rooms[k].platform, opensPerS, diagnose });
      const baseline = await measureSide({ ...baselineSide, label: `${tag} baseline`, rooms: rooms[k].baseline, opensPerS, diagnose });
      pairs.push({ platform, baseline });
    }

    const serverExitCode = await server.stop();
    const baselineExitCode = await baselineChild.stop();
    const durationS = (performance.now() - started) / 1000;
    const perPair = pairs.map((x) => openroomResult({
      sizes, params, smoke, machine, durationS, operations: ROOM_OPERATIONS.length, opensPerS, calibration,
      platform: x.platform, baseline: x.baseline, disagreements, serverWarnings: server.warnings(), serverExitCode, baselineExitCode,
    }));
    const primary = pairs.map(throughputShare);
    const m = medianPair(primary);
    return combinePairs({
      pairs: perPair,
      primary,
      targets: openroomTargets(pairs, opensPerS),
      durationS,
      notes: [`the fixed rate, ${opensPerS.toFixed(1)} room opens/s, is ${Math.round(sizes.rateShare * 100)} % of the baseline's maximum measured before the pairs (${calibration.toFixed(1)} opens/s, ${sizes.clients} concurrent opens, after a warm-up).`],
      distributions: [
        distribution('open-at-fixed-rate', `room open latency at ${opensPerS.toFixed(1)} opens/s (half the baseline's maximum)`, 'ms', m, pairs.map((x) => [x.platform.fixed.openLatency, x.baseline.fixed.openLatency])),
        distribution('open-at-max', `room open latency at max throughput (${sizes.clients} concurrent opens)`, 'ms', m, pairs.map((x) => [x.platform.max.openLatency, x.baseline.max.openLatency])),
      ],
    });
  },
};
