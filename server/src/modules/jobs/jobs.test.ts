// Scheduled work is never silent: a job retries with backoff, and one that keeps failing is marked
// failed, logged, counted and listed for the admin to retry; a recurring kind keeps its schedule. And the
// deadline paths run as scheduled: a round past its deadline closes and decides. Time is the test
// clock's (shared/clock.ts): a test moves it and ticks the runner, nothing waits or rewrites rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../shared/clock.js';
import { query } from '../../test-support/databases.js';
import { codeOf, silentLogger, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ALL_MET, caseInReview, demoTokens } from '../../test-support/scenarios.js';
import { HttpUrlChecker } from '../prescriptions/url-check.js';
import { jobHandlers } from '../../app/job-handlers.js';
import { JobRunner, MAX_ATTEMPTS, retryPlan, schedule, type JobHandler } from './job-queue.js';
import { RECURRING } from './recurring.js';

const METRICS_TOKEN = 'metrics-token-for-jobs-tests-0123456789';
const HOUR = 3_600_000;
const clock = new TestClock();
let tp: TestPlatform;
let t: Record<string, string>;

beforeAll(async () => {
  // Scheduled work runs only when a test asks (JOBS_EVERY_MS of a day), on the test's clock.
  tp = await startTestPlatform({ env: { JOBS_EVERY_MS: '86400000', METRICS_TOKEN }, clock });
  t = await demoTokens(tp);
});
afterAll(() => tp?.close());

const addJob = (kind: string) => tp.platform.orm.em.fork().transactional(async (em) => { schedule(em, kind, clock.now(), {}); });
const jobsOf = (kind: string) => query<{ id: string; attempts: number; run_at: Date; failed_at: Date | null; done_at: Date | null; last_error: string | null }>(
  tp.dbUrl, 'select id::text, attempts, run_at, failed_at, done_at, last_error from scheduled_job where kind = $1 order by id', [kind]);
/**
 * A runner on the test clock with the platform's handlers (housekeeping falls due as the clock moves;
 * retention, due daily, is not reached here) and the test's own.
 */
const runnerWith = (own: Record<string, JobHandler>) => new JobRunner(tp.platform.orm,
  { ...jobHandlers(new HttpUrlChecker({ timeoutMs: 1_000, allowPrivate: false }), undefined, clock), ...own }, silentLogger(), 1_000, clock);
/** The `jobs_failed` gauge as Prometheus scrapes it. */
async function failedGauge(): Promise<number> {
  const text = await (await fetch(`${tp.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  return Number(/^jobs_failed (\S+)$/m.exec(text)?.[1]);
}

describe('retries', () => {
  it.each([[1, false, 60_000], [2, false, 120_000], [4, false, 480_000], [MAX_ATTEMPTS, true, null], [MAX_ATTEMPTS + 1, true, null]])(
    'after attempt %i: failed %s, again in %s ms', (attempts, failed, delay) => {
      const plan = retryPlan(attempts, 1_000);
      expect(plan.failed).toBe(failed);
      expect(plan.runAt ? plan.runAt.getTime() - 1_000 : null).toBe(delay);
    });
});

describe('a job that keeps failing', () => {
  it('is retried with backoff on the clock, then marked failed, logged, counted, listed for the admin and retried by them', async () => {
    let healthy = false;
    const runner = runnerWith({ 'test.flaky': async () => { if (!healthy) throw new Error('the service is down'); } });
    const failedBefore = await failedGauge();
    await addJob('test.flaky');
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      await runner.tick();
      const [job] = await jobsOf('test.flaky');
      expect(job).toMatchObject({ attempts: i, failed_at: null, done_at: null });
      // Again 30 s × 2ⁱ later on the clock, not a moment before.
      const backoff = 30_000 * 2 ** i;
      expect(job.run_at.getTime()).toBe(clock.nowMs() + backoff);
      clock.advance(backoff - 1);
      await runner.tick();
      expect((await jobsOf('test.flaky'))[0].attempts).toBe(i);
      clock.advance(1);
    }
    await runner.tick();
    const failedAt = clock.now();
    // Failed for good: nothing runs it again by itself, however long the clock runs.
    clock.advance(HOUR);
    await runner.tick();
    const [job] = await jobsOf('test.flaky');
    expect(job).toMatchObject({ attempts: MAX_ATTEMPTS, last_error: 'the service is down', failed_at: failedAt, done_at: null });
    expect(await failedGauge()).toBe(failedBefore + 1);
    const events = await query<{ payload: { jobId: string; job: string; attempts: number } }>(tp.dbUrl, `select payload from case_event where kind = 'job.failed' and payload->>'jobId' = $1`, [job.id]);
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ job: 'test.flaky', attempts: MAX_ATTEMPTS });

    const listed = await tp.gql('{ failedJobs { id kind attempts lastError failedAt } }', {}, t.admin);
    expect(listed.data!.failedJobs).toContainEqual(expect.objectContaining({ id: job.id, kind: 'test.flaky', attempts: MAX_ATTEMPTS, lastError: 'the service is down' }));
    // Only the admin, and a bad id changes nothing.
    expect(codeOf(await tp.gql('{ failedJobs { id } }', {}, t.chair))).toBe('FORBIDDEN');
    const before = await tp.snapshot();
    expect(codeOf(await tp.gql('mutation { retryJob(id: "x1") { id } }', {}, t.admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await tp.gql('mutation { retryJob(id: "999999999") { id } }', {}, t.admin))).toBe('NOT_FOUND');
    expect(await tp.snapshot()).toEqual(before);

    const retried = await tp.gql('mutation($id: ID!) { retryJob(id: $id) { id attempts failedAt } }', { id: job.id }, t.admin);
    expect(retried.data!.retryJob).toEqual({ id: job.id, attempts: 0, failedAt: null });
    healthy = true;
    await runner.tick();
    expect((await jobsOf('test.flaky'))[0].done_at).not.toBeNull();
    expect((await tp.gql('{ failedJobs { id } }', {}, t.admin)).data!.failedJobs.map((j: { id: string }) => j.id)).not.toContain(job.id);
    expect(await failedGauge()).toBe(failedBefore);
  });

  it('keeps a recurring kind on its schedule when one run fails for good', async () => {
    const runner = runnerWith({ 'stats.compact': async () => { throw new Error('compaction broke'); } });
    // Its last attempt left, and due once its period has passed on the clock.
    await query(tp.dbUrl, `update scheduled_job set attempts = $1 - 1 where kind = 'stats.compact' and done_at is null`, [MAX_ATTEMPTS]);
    const pendingBefore = (await jobsOf('stats.compact')).filter((j) => !j.done_at && !j.failed_at);
    expect(pendingBefore).toHaveLength(1);
    clock.set(Math.max(clock.nowMs(), pendingBefore[0].run_at.getTime()));
    await runner.tick();
    const after = await jobsOf('stats.compact');
    expect(after.find((j) => j.id === pendingBefore[0].id)!.failed_at).toEqual(clock.now());
    const next = after.filter((j) => !j.done_at && !j.failed_at);
    expect(next).toHaveLength(1); // the next run is scheduled, one period on
    expect(next[0].run_at.getTime()).toBe(clock.nowMs() + RECURRING['stats.compact'].everyMs);
  });
});

describe('a round past its deadline', () => {
  const FIVE = ['chair', 'deputy', 'member1', 'member2', 'member3'];
  const ROUND = 'query($id: ID!) { case(id: $id) { status votingRounds { open deadlineAt closedAt closeReason outcome } decision { outcome } prescriptions { id } } }';
  // Seven voting members in the demo panel: five make the 2/3 quorum, two do not.
  it.each([
    ['five CONFIRMED votes: decided CONFIRMED, a prescription per platform (TikTok, Telegram)', FIVE, 'CONFIRMED', 'PRESCRIBED', 'CONFIRMED', 2],
    ['five NOT_CONFIRMED votes: decided NOT_CONFIRMED, no prescription', FIVE, 'NOT_CONFIRMED', 'DECIDED', 'NOT_CONFIRMED', 0],
    ['two votes, no quorum: back to review without a decision', ['chair', 'member1'], 'CONFIRMED', 'IN_REVIEW', 'QUORUM_NOT_MET', 0],
  ] as const)('is closed by the scheduled job at its deadline on the clock — %s', async (_what, voters, choice, status, outcome, prescriptions) => {
    const kase = await caseInReview(tp, t);
    const opened = (await tp.gql('mutation($c: ID!) { openVoting(caseId: $c) { id deadlineAt } }', { c: kase.id }, t.chair)).data!.openVoting as { id: string; deadlineAt: string };
    const deadline = new Date(opened.deadlineAt).getTime();
    expect(deadline).toBe(clock.nowMs() + 24 * HOUR); // the panel's round length (settings: 24 hours)
    for (const who of voters) {
      const r = await tp.gql('mutation($r: ID!, $c: VoteChoice!, $f: [FindingInput!]) { castVote(roundId: $r, choice: $c, findings: $f) { id } }', { r: opened.id, c: choice, f: choice === 'CONFIRMED' ? ALL_MET : [] }, t[who]);
      expect(r.errors).toBeUndefined();
    }
    const read = async () => (await tp.gql(ROUND, { id: kase.id }, t.secretary)).data!.case;
    // A minute before the deadline the job is not due, and the round stays open.
    clock.set(deadline - 60_000);
    await tp.platform.jobs.tick();
    expect(await read()).toMatchObject({ status: 'VOTING', votingRounds: [{ open: true }], decision: null });
    clock.set(deadline);
    await tp.platform.jobs.tick();
    expect(await read()).toMatchObject({
      status, decision: outcome === 'QUORUM_NOT_MET' ? null : { outcome },
      votingRounds: [{ open: false, closeReason: 'DEADLINE', outcome, closedAt: new Date(deadline).toISOString() }],
    });
    expect((await read()).prescriptions).toHaveLength(prescriptions);
    const [job] = await query<{ done_at: Date }>(tp.dbUrl, `select done_at from scheduled_job where kind = 'round.deadline' and payload->>'roundId' = $1`, [opened.id]);
    expect(job.done_at).toEqual(new Date(deadline));
  });
});
