import { progress, sleep } from '../lib/clock.js';
import { startBenchDatabase } from '../lib/database.js';
import { describeMachine } from '../lib/machine.js';
import { connectPg, type PgClient } from '../lib/pg.js';
import { startServerProcess } from '../lib/server-process.js';
import type { Benchmark } from '../types.js';
import { medianPair } from '../lib/pairs.js';
import type { Summary } from '../lib/stats.js';
import { combinePairs, distribution } from '../report/paired.js';
import { baselineAddComment, baselineCastVote } from './baseline-ops.js';
import { KeepAliveGraphql } from './keep-alive-client.js';
import { runLoad, type WriteOp } from './load.js';
import { caseInReview, casesInReview, openRound, signInPanel } from './panel.js';
import { platformAddComment, platformCastVote } from './platform-ops.js';
import { openPool } from './pool.js';
import { postgresCpuReader } from './postgres-cpu.js';
import { shareOf, writesResult, writesTargets, type OpMeasurement, type Side, type SpreadMeasurement, type WritesPair } from './result.js';
import { WRITES_DEFAULTS, WRITES_SMOKE, writesSizes, type WritesSizes } from './sizes.js';
import { commentsIn, votesIn, type StoredCounter } from './stored.js';

const SETTLE_MS = 1_000;

/**
 * Every side starts from the same database state: the previous side's dead rows vacuumed, its
 * statistics fresh and its dirty pages written, so that neither autovacuum nor a checkpoint owes
 * work that would land in the next window (both still may, as they would in production).
 */
async function settle(db: PgClient): Promise<void> {
  await db.query('vacuum analyze');
  await db.query('checkpoint');
  await sleep(SETTLE_MS);
}

interface Meter {
  sizes: WritesSizes;
  db: PgClient;
  postgresCpuMs: () => number;
}

/** One side of one op: warm-up, the measured window, then the count of what the database kept. */
async function measureSide(m: Meter, label: string, op: WriteOp, serverPid: number | null, store: StoredCounter): Promise<Side> {
  await settle(m.db);
  const before = await store.totals();
  progress('writes', `${label}: ${m.sizes.clients} clients, ${m.sizes.warmUpMs / 1000} s warm-up + ${m.sizes.measureMs / 1000} s`);
  const load = await runLoad({ clients: m.sizes.clients, warmUpMs: m.sizes.warmUpMs, measureMs: m.sizes.measureMs, op, serverPid, postgresCpuMs: m.postgresCpuMs });
  const stored = await store.check(load.acknowledged, before);
  progress('writes', `${label}: ${Math.round(load.opsPerS)} ops/s, ${load.errors + load.warmUpErrors} errors, ${stored.lost} lost of ${stored.acknowledged}`);
  return { load, stored };
}

/**
 * Budget B2: writes through the platform (row + event + NOTIFY) against the same SQL in raw `pg`
 * transactions, in one case per side, and addComment spread over many cases; the sides alternate
 * in pairs and each throughput is read on its median over the pairs.
 */
export const writes: Benchmark = {
  name: 'writes',
  budget: 'B2',
  summary: 'addComment and castVote over HTTP from C concurrent clients, against the same SQL in raw pg transactions; addComment spread over many cases',
  defaults: WRITES_DEFAULTS,
  smoke: WRITES_SMOKE,
  glossary: [
    '**platform**: `addComment` / `castVote` as GraphQL mutations over HTTP POST /graphql on keep-alive sockets, to the real server (a child process) with the demo panel (DEMO=1); each request carries a member\'s bearer token, and only `{ id }` is selected; the document goes by the sha256 of its text, as the client sends its own (persisted documents), with the text the first time, which registers it (Apollo\'s persisted-query protocol). **baseline**: the same transaction as hand-written SQL on a `pg.Pool` in the benchmark process, as many connections as clients, on the same database; no HTTP, no GraphQL, no ORM, no token check.',
    '**the SQL** (the write path of server/src/shared/write.ts and locks.ts): addComment is `begin`; the case\'s row locked for share (`select 1 from "case" where id = $1 for share`, held to commit: comments of a case run side by side, and wait only for the case\'s serial writes — votes, recusals, status changes — which lock it `for no key update`); the case with the author\'s recusal (one `select exists …`, a statement after the lock); `insert comment`; the event appended last, one statement (`select case_event_append($1::jsonb)`: it registers the transaction\'s floor — a shared advisory lock no other write waits for — inserts the row and NOTIFYs at commit); `commit`. castVote is `begin`; the round\'s case read, then the case\'s row and the round\'s locked `for no key update` in that order (votes of one case serialise); then the round with its case\'s recusals, its current votes and the settings\' visibility flag (one select, after the locks so that it sees what the transaction it waited for committed); `update vote set superseded_at` (the member\'s previous vote); `insert vote`; the tally of the others\' votes and this one (the server\'s own `tally`); then the same append and commit. No write takes a global lock. The platform sends the same statements (plain statements on a connection of the ORM\'s pool: `sqlWrite` of server/src/shared/write.ts, since issue 18\'s last round), plus the viewer\'s member row, outside the transaction, the first time an instance sees the member (then cached).',
    '**load**: C closed loops per side, each sending its next write when the previous one is acknowledged, for the window after a warm-up; write i is by account i mod n (8 authors for comments; 6 of the 7 voting members for votes, so votes of one member overlap and none closes the round). In the first rows each side writes to its own case (and round), prepared through the platform: every write waits for the case\'s row, so these rows measure a case\'s writes in series.',
    '**addComment over K cases** (part of B2 since issue 18, K = 200): the same addComment, write i to case i mod K, each side with its own K cases in review prepared through the platform, so the C writes in flight are in different cases and share no row lock.',
    '**pairs**: the sides alternate op by op (platform, baseline) and the three ops run once per pair, `pairs` times; each throughput target is the median of its pairs\' ratios (the table is the median pair\'s, by addComment on one case); lost writes and errors of every pair fail the run.',
    '**writes / ops/s**: writes acknowledged in the measured window, divided by its length (from the first send to the last reply). The budget compares ops/s: platform / baseline ≥ 60 %, on the median over the pairs.',
    '**p50 / p99 / max ms**: per write, from sending the request (or taking a pooled connection) to the acknowledgement, on the benchmark process\'s clock; they include waiting for the locks every write takes.',
    '**errors**: failed writes, warm-up included; any fails the run. **lost**: acknowledged writes (warm-up included) minus those stored with both their row (by id) and their event (`comment.added` by commentId; `vote.cast` counted in the side\'s round), counted in PostgreSQL after each side\'s run; any fails the run.',
    '**app CPU µs/op**: user + system CPU of the application over the window, per write (`/proc/<pid>/stat`, 10 ms ticks): the server process for the platform; for the baseline the benchmark process, which is its application (pool, driver, transaction code). **PostgreSQL CPU µs/op**: the whole cluster\'s (postmaster, live backends, and exited ones through the postmaster\'s cutime). The notes give both, and the load generator\'s, as % of one core.',
    '**noise**: the server, PostgreSQL and the load generator share the machine\'s cores; the votes of one case pass one at a time through the case\'s row lock (its comments share it), and every write waits for a WAL flush at commit; other work on the machine (see the load average) moves the figures. Before each side the database is vacuumed, analysed and checkpointed, so that no side inherits the previous one\'s debts; autovacuum and checkpoints may still fall in a window. Rerun before reading much into one ratio.',
  ],
  run: async (params, cleanup, { smoke }) => {
    const started = performance.now();
    const sizes = writesSizes(params);
    progress('writes', 'starting a throwaway PostgreSQL and migrating it');
    const database = await startBenchDatabase(cleanup);
    const machine = describeMachine(database.version);
    progress('writes', 'starting the server (child process) and preparing the panel');
    const server = await startServerProcess(cleanup, database.url);
    const panel = await signInPanel(server.url);
    const cases = { platform: await caseInReview(server.url, panel), baseline: await caseInReview(server.url, panel) };
    // The votes go to cases of their own: an open round moves its case to voting.
    const rounds = { platform: await openRound(server.url, panel, await caseInReview(server.url, panel)), baseline: await openRound(server.url, panel, await caseInReview(server.url, panel)) };
    progress('writes', `preparing ${sizes.cases} cases in review per side for the spread addComment`);
    const spreadCases = { platform: await casesInReview(server.url, panel, sizes.cases), baseline: await casesInReview(server.url, panel, sizes.cases) };

    const db = await connectPg(database.url);
    cleanup.defer('close the checking connection', () => db.end());
    const http = new KeepAliveGraphql(server.url, sizes.clients);
    cleanup.defer('close the HTTP sockets', () => http.close());
    const { pool, close: closePool } = openPool(database.url, sizes.clients);
    cleanup.defer('close the baseline pool', closePool);
    const meter: Meter = { sizes, db, postgresCpuMs: await postgresCpuReader(db) };

    // Each pair runs every op's platform side, then its baseline side; the comments of an op's
    // case (and the votes of its round) accumulate over the pairs, as in a case under discussion.
    const pairs: WritesPair[] = [];
    const spreadLabel = `addComment over ${sizes.cases} cases`;
    for (let k = 1; k <= sizes.pairs; k++) {
      const tag = `pair ${k}/${sizes.pairs}`;
      const ops: OpMeasurement[] = [
        {
          op: 'addComment',
          platform: await measureSide(meter, `${tag} addComment platform`, platformAddComment(http, panel, [cases.platform]), server.pid, commentsIn(db, [cases.platform])),
          baseline: await measureSide(meter, `${tag} addComment baseline`, baselineAddComment(pool, panel, [cases.baseline]), null, commentsIn(db, [cases.baseline])),
        },
        {
          op: 'castVote',
          platform: await measureSide(meter, `${tag} castVote platform`, platformCastVote(http, panel, rounds.platform), server.pid, votesIn(db, rounds.platform)),
          baseline: await measureSide(meter, `${tag} castVote baseline`, baselineCastVote(pool, panel, rounds.baseline), null, votesIn(db, rounds.baseline)),
        },
      ];
      const spread: SpreadMeasurement = {
        cases: sizes.cases,
        platform: await measureSide(meter, `${tag} ${spreadLabel} platform`, platformAddComment(http, panel, spreadCases.platform), server.pid, commentsIn(db, spreadCases.platform)),
        baseline: await measureSide(meter, `${tag} ${spreadLabel} baseline`, baselineAddComment(pool, panel, spreadCases.baseline), null, commentsIn(db, spreadCases.baseline)),
      };
      pairs.push({ ops, spread });
    }

    http.close();
    await closePool();
    const serverExitCode = await server.stop();
    const durationS = (performance.now() - started) / 1000;
    const perPair = pairs.map((p) => writesResult({ sizes, params, smoke, machine, durationS, ops: p.ops, spread: p.spread, serverWarnings: server.warnings(), serverExitCode }));
    // The median pair by the first op's share (its tables are shown); every target is on its own median.
    const primary = pairs.map((p) => shareOf(p.ops[0].platform, p.ops[0].baseline));
    const m = medianPair(primary);
    const latencies = (pick: (p: WritesPair) => { platform: Side; baseline: Side }) => pairs.map((p): [Summary | null, Summary | null] => [pick(p).platform.load.latency, pick(p).baseline.load.latency]);
    return combinePairs({
      pairs: perPair,
      primary,
      targets: writesTargets(pairs),
      durationS,
      distributions: [
        distribution('addComment', 'addComment latency, one case (closed loops)', 'ms', m, latencies((p) => p.ops[0])),
        distribution('castVote', 'castVote latency, one round (closed loops)', 'ms', m, latencies((p) => p.ops[1])),
        distribution('addComment-spread', `${spreadLabel}: latency (closed loops)`, 'ms', m, latencies((p) => p.spread)),
      ],
    });
  },
};
