// Scheduled work is never silent: a job retries with backoff, and one that keeps failing is marked
// failed, logged and listed for the admin to retry; a recurring kind keeps its schedule. And the
// deadline paths run as scheduled: a round past its deadline closes and decides.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { codeOf, silentLogger, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ALL_MET, caseInReview, demoTokens } from '../../test-support/scenarios.js';
import { JobRunner, MAX_ATTEMPTS, retryPlan, schedule } from './job-queue.js';

let tp: TestPlatform;
let t: Record<string, string>;

beforeAll(async () => {
  // Scheduled work runs only when a test asks (JOBS_EVERY_MS of a day).
  tp = await startTestPlatform({ env: { JOBS_EVERY_MS: '86400000' } });
  t = await demoTokens(tp);
});
afterAll(() => tp?.close());

const addJob = (kind: string) => tp.platform.orm.em.fork().transactional(async (em) => { schedule(em, kind, new Date(), {}); });
/** Makes the pending jobs of a kind due now, as if their backoff had passed. */
const dueNow = (kind: string) => query(tp.dbUrl, `update scheduled_job set run_at = now() - interval '1 second' where kind = $1 and done_at is null and failed_at is null`, [kind]);
const jobsOf = (kind: string) => query<{ id: string; attempts: number; failed_at: Date | null; done_at: Date | null; last_error: string | null }>(
  tp.dbUrl, 'select id::text, attempts, failed_at, done_at, last_error from scheduled_job where kind = $1 order by id', [kind]);

describe('retries', () => {
  it.each([[1, false, 60_000], [2, false, 120_000], [4, false, 480_000], [MAX_ATTEMPTS, true, null], [MAX_ATTEMPTS + 1, true, null]])(
    'after attempt %i: failed %s, again in %s ms', (attempts, failed, delay) => {
      const plan = retryPlan(attempts, 1_000);
      expect(plan.failed).toBe(failed);
      expect(plan.runAt ? plan.runAt.getTime() - 1_000 : null).toBe(delay);
    });
});

describe('a job that keeps failing', () => {
  it('is retried with backoff, then marked failed, logged, listed for the admin and retried by them', async () => {
    let healthy = false;
    const runner = new JobRunner(tp.platform.orm, { 'test.flaky': async () => { if (!healthy) throw new Error('the service is down'); } }, silentLogger());
    await addJob('test.flaky');
    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      await dueNow('test.flaky');
      await runner.tick();
      const [job] = await jobsOf('test.flaky');
      expect(job.attempts).toBe(i);
      expect(job.failed_at === null).toBe(i < MAX_ATTEMPTS);
    }
    // Failed for good: nothing runs it again by itself.
    await query(tp.dbUrl, `update scheduled_job set run_at = now() - interval '1 second' where kind = 'test.flaky'`);
    await runner.tick();
    const [job] = await jobsOf('test.flaky');
    expect(job.attempts).toBe(MAX_ATTEMPTS);
    expect(job.last_error).toBe('the service is down');
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
  });

  it('keeps a recurring kind on its schedule when one run fails for good', async () => {
    const runner = new JobRunner(tp.platform.orm, { 'stats.compact': async () => { throw new Error('compaction broke'); } }, silentLogger());
    await query(tp.dbUrl, `update scheduled_job set attempts = $1 - 1, run_at = now() - interval '1 second' where kind = 'stats.compact' and done_at is null`, [MAX_ATTEMPTS]);
    const pendingBefore = (await jobsOf('stats.compact')).filter((j) => !j.done_at && !j.failed_at);
    expect(pendingBefore).toHaveLength(1);
    await runner.tick();
    const after = await jobsOf('stats.compact');
    expect(after.find((j) => j.id === pendingBefore[0].id)!.failed_at).not.toBeNull();
    expect(after.filter((j) => !j.done_at && !j.failed_at)).toHaveLength(1); // the next run is scheduled
  });
});

describe('a round past its deadline', () => {
  it('is closed by the scheduled job, and the votes cast decide', async () => {
    const kase = await caseInReview(tp, t);
    const round = (await tp.gql('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: kase.id }, t.chair)).data!.openVoting.id as string;
    for (const who of ['chair', 'deputy', 'member1', 'member2', 'member3']) {
      await tp.gql('mutation($r: ID!, $f: [FindingInput!]) { castVote(roundId: $r, choice: CONFIRMED, findings: $f) { id } }', { r: round, f: ALL_MET }, t[who]);
    }
    // Not yet: the deadline has not passed.
    expect(await tp.platform.jobs.tick()).toBe(0);
    await query(tp.dbUrl, `update voting_round set deadline_at = now() - interval '1 minute' where id = $1`, [round]);
    await query(tp.dbUrl, `update scheduled_job set run_at = now() - interval '1 minute' where kind = 'round.deadline' and payload->>'roundId' = $1`, [round]);
    expect(await tp.platform.jobs.tick()).toBeGreaterThanOrEqual(1);
    const r = await tp.gql('query($id: ID!) { case(id: $id) { status votingRounds { open closeReason outcome } decision { outcome } } }', { id: kase.id }, t.secretary);
    expect(r.data!.case).toMatchObject({ status: 'PRESCRIBED', votingRounds: [{ open: false, closeReason: 'DEADLINE', outcome: 'CONFIRMED' }], decision: { outcome: 'CONFIRMED' } });
  });
});
