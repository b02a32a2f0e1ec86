// pnpm soak [--minutes 10] [--writers 4] [--rate 10] [--subscribers 40] [--cases 3] [--reconnect-seconds 60] [--sample-seconds 5] [--server-env NAME=value…]
//
// Runs the platform as a child process on its own embedded PostgreSQL under steady load (comments
// and votes, subscribers that reconnect now and then) and samples the server's memory and sockets
// over IPC; prints start and end values, least-squares slopes per minute, writes and deliveries.
// Exits 1 when a write failed or a subscriber missed, repeated or reordered an event.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ProbeSample } from '../../server/src/app/probe.js';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { ALL_MET } from '../../server/src/test-support/scenarios.js';
import { ADD_COMMENT, gqlAttempt, gqlData, signIn } from '../../server/src/test-support/graphql-http.js';
import { spawnPlatform } from '../support/platform-process.js';
import { resumableFeed, type ResumableFeed } from '../support/resumable-feed.js';
import { runMain } from '../../server/src/shared/run-main.js';
import { slope } from './slope.js';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    writers: { type: 'string', default: '4' },
    rate: { type: 'string', default: '10' }, // writes per second, all writers together
    subscribers: { type: 'string', default: '40' },
    cases: { type: 'string', default: '3' },
    'reconnect-seconds': { type: 'string', default: '60' },
    'sample-seconds': { type: 'string', default: '5' },
    // A variable of the server process over the soak's own (e.g. a limit).
    'server-env': { type: 'string', multiple: true, default: [] },
  },
});
const num = (name: keyof typeof args) => {
  const n = Number(args[name]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${args[name]}`);
  return n;
};
const MINUTES = num('minutes');
const WRITERS = Math.round(num('writers'));
const RATE = num('rate');
const SUBSCRIBERS = Math.round(num('subscribers'));
const CASES = Math.round(num('cases'));
const RECONNECT_MS = num('reconnect-seconds') * 1000;
const SAMPLE_MS = num('sample-seconds') * 1000;
const SERVER_ENV = Object.fromEntries(args['server-env'].map((pair) => {
  const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(pair);
  if (!m) throw new Error(`--server-env expects NAME=value, got "${pair}"`);
  return [m[1], m[2]];
}));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MB = 2 ** 20;
const log = (line: string) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`);

const WRITER_ACCOUNTS = ['member1', 'member2', 'member3', 'deputy', 'secretary', 'member4'];
const READER_ACCOUNTS = ['chair', 'deputy', 'member1', 'member2', 'member3', 'member4', 'member5', 'advisor', 'secretary'];
const VOTERS = ['member1', 'member2']; // never everyone, so the round stays open and votes keep changing
const CAST = 'mutation($r: ID!, $choice: VoteChoice!, $f: [FindingInput!]) { castVote(roundId: $r, choice: $choice, findings: $f, reasoning: "Пересмотр") { id } }';

async function main(): Promise<number> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'panel-soak-'));
  log(`starting the platform (embedded PostgreSQL in ${dataDir}) for ${MINUTES} min: ${WRITERS} writers at ${RATE}/s, ${SUBSCRIBERS} subscribers on ${CASES} cases`);
  const server = await spawnPlatform({ env: { ...SERVER_ENV, DATA_DIR: dataDir }, readyMs: 180_000, nodeArgs: ['--expose-gc'] });
  const feeds: ResumableFeed[] = [];
  try {
    const url = server.url;
    const tokens = Object.fromEntries(await Promise.all([...new Set([...WRITER_ACCOUNTS, ...READER_ACCOUNTS, 'chair'])].map(async (a) => [a, await signIn(url, `${a}@demo.kz`)] as const)));

    // The rooms: CASES cases, the first in review with a voting round open.
    const cases: string[] = [];
    for (let i = 0; i < CASES; i++) cases.push((await gqlData<{ registerApplication: { id: string } }>(url, REGISTER, { input: applicationInput() }, tokens.secretary)).registerApplication.id);
    await gqlAttempt(url, 'mutation($c: ID!) { startScreening(caseId: $c) { id } }', { c: cases[0] }, tokens.secretary);
    await gqlAttempt(url, 'mutation($c: ID!) { acceptForReview(caseId: $c) { id } }', { c: cases[0] }, tokens.secretary);
    const opened = await gqlAttempt<{ openVoting: { id: string } | null }>(url, 'mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: cases[0] }, tokens.chair);
    const round = opened.data?.openVoting?.id;
    if (!round) throw new Error(`could not open the voting round: ${JSON.stringify(opened.errors ?? opened.failure)}`);

    // Subscribers, each reconnecting now and then (a phone going through a tunnel) with its last seq.
    for (let i = 0; i < SUBSCRIBERS; i++) {
      feeds.push(resumableFeed({ urls: [url], token: tokens[READER_ACCOUNTS[i % READER_ACCOUNTS.length]], caseId: cases[i % CASES], after: '0', retryMs: 500 }));
    }
    const drops = feeds.map((f) => {
      const next = (): NodeJS.Timeout => setTimeout(() => { f.drop(); timer = next(); }, RECONNECT_MS * (0.5 + Math.random()));
      let timer = next();
      return () => clearTimeout(timer);
    });

    // Start measuring once every subscriber is attached and has had its replay.
    await Promise.all(feeds.map((f) => f.until((e) => e.length >= 1, 120_000)));
    const samples: ProbeSample[] = [];
    const sampler = setInterval(() => { server.probe().then((s) => samples.push(s), (e) => log(`probe failed: ${(e as Error).message}`)); }, SAMPLE_MS);
    samples.push(await server.probe());

    const writes = { ok: 0, failed: 0, codes: new Map<string, number>(), comments: 0, votes: 0, slowest: 0 };
    const endAt = Date.now() + MINUTES * 60_000;
    const gapMs = (1000 * WRITERS) / RATE;
    let lastReport = Date.now();
    const writer = async (w: number) => {
      const account = WRITER_ACCOUNTS[w % WRITER_ACCOUNTS.length];
      for (let k = 0; Date.now() < endAt; k++) {
        const started = Date.now();
        const vote = VOTERS.includes(account) && k % 5 === 4;
        const r = vote
          ? await gqlAttempt(url, CAST, k % 2 ? { r: round, choice: 'CONFIRMED', f: ALL_MET } : { r: round, choice: 'ABSTAIN', f: [] }, tokens[account])
          : await gqlAttempt(url, ADD_COMMENT, { c: cases[k % CASES], b: `${account} #${k}: ${'текст '.repeat(20)}` }, tokens[account]);
        writes.slowest = Math.max(writes.slowest, r.ms);
        if (r.data && !r.errors) {
          writes.ok += 1;
          if (vote) writes.votes += 1;
          else writes.comments += 1;
        } else {
          writes.failed += 1;
          const code = r.failure ?? r.errors?.[0]?.extensions?.code ?? String(r.status);
          writes.codes.set(code, (writes.codes.get(code) ?? 0) + 1);
        }
        if (Date.now() - lastReport > 60_000) {
          lastReport = Date.now();
          const s = samples.at(-1)!;
          log(`writes ok ${writes.ok}, failed ${writes.failed}; deliveries ${feeds.reduce((n, f) => n + f.events.length, 0)}; heap ${(s.heapUsed / MB).toFixed(1)} MB, rss ${(s.rss / MB).toFixed(1)} MB, sockets ${s.connections}, feed waiters ${s.subscriptions}`);
        }
        await sleep(Math.max(0, gapMs - (Date.now() - started)));
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    drops.forEach((stop) => stop());

    // Every subscriber must end with its case's whole log, each event once and in order.
    const expected = new Map<string, string[]>();
    for (const c of cases) {
      const r = await gqlData<{ case: { events: { seq: string }[] } }>(url, 'query($id: ID!) { case(id: $id) { events { seq } } }', { id: c }, tokens.secretary);
      expected.set(c, r.case.events.map((e) => e.seq));
    }
    const caughtUp = await Promise.all(feeds.map((f, i) => f.until((e) => e.length >= expected.get(cases[i % CASES])!.length, 30_000).then(() => true, () => false)));
    clearInterval(sampler);
    samples.push(await server.probe());

    let duplicates = 0;
    let missing = 0;
    let outOfOrder = 0;
    feeds.forEach((f, i) => {
      const want = expected.get(cases[i % CASES])!;
      const got = f.events.map((e) => e.seq);
      const seen = new Set(got);
      duplicates += got.length - seen.size;
      missing += want.filter((s) => !seen.has(s)).length;
      for (let j = 1; j < got.length; j++) if (BigInt(got[j]) <= BigInt(got[j - 1])) outOfOrder += 1;
    });
    report(samples, writes, feeds, { duplicates, missing, outOfOrder, caughtUp: caughtUp.filter(Boolean).length });
    return duplicates || missing || outOfOrder || writes.failed ? 1 : 0;
  } finally {
    await Promise.all(feeds.map((f) => f.stop()));
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function report(
  samples: ProbeSample[],
  writes: { ok: number; failed: number; codes: Map<string, number>; comments: number; votes: number; slowest: number },
  feeds: ResumableFeed[],
  feedCheck: { duplicates: number; missing: number; outOfOrder: number; caughtUp: number },
) {
  const first = samples[0];
  const last = samples.at(-1)!;
  const minutes = (last.at - first.at) / 60_000;
  const series = (pick: (s: ProbeSample) => number, from = 0) => samples.slice(from).map((s) => ({ x: (s.at - first.at) / 60_000, y: pick(s) }));
  const half = Math.floor(samples.length / 2);
  const row = (label: string, pick: (s: ProbeSample) => number, unit: string, digits: number) => {
    const all = slope(series(pick));
    const late = slope(series(pick, half));
    console.log(`  ${label.padEnd(14)} start ${pick(first).toFixed(digits).padStart(8)} ${unit.padEnd(4)} end ${pick(last).toFixed(digits).padStart(8)} ${unit.padEnd(4)} ` +
      `slope ${all.toFixed(3).padStart(8)} ${unit}/min (second half ${late.toFixed(3)} ${unit}/min)`);
  };
  console.log(`\nSoak: ${minutes.toFixed(1)} min, ${samples.length} samples (heap measured after a full GC)`);
  row('heap used', (s) => s.heapUsed / MB, 'MB', 1);
  row('rss', (s) => s.rss / MB, 'MB', 1);
  row('external', (s) => s.external / MB, 'MB', 1);
  row('sockets', (s) => s.connections, '', 0);
  row('feed waiters', (s) => s.subscriptions, '', 0);
  const codes = [...writes.codes].map(([c, n]) => `${c} ${n}`).join(', ');
  console.log(`  writes         ok ${writes.ok} (${writes.comments} comments, ${writes.votes} votes), failed ${writes.failed}${codes ? ` (${codes})` : ''}, slowest ${writes.slowest} ms`);
  console.log(`  deliveries     ${feeds.reduce((n, f) => n + f.events.length, 0)} to ${feeds.length} subscribers, ${feeds.reduce((n, f) => n + f.resubscribes, 0)} resubscribes`);
  console.log(`  feed check     caught up ${feedCheck.caughtUp}/${feeds.length}, missing ${feedCheck.missing}, duplicates ${feedCheck.duplicates}, out of order ${feedCheck.outOfOrder}`);
}

runMain(main);
