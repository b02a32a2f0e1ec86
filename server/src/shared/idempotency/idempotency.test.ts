import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../../test-support/databases.js';
import { applicationInput, REGISTER } from '../../test-support/factories.js';
import type { GqlResult } from '../../test-support/graphql-http.js';
import { codeOf, startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { ALL_MET, caseInReview, confirmedCase, demoTokens, signDecisionByBoth } from '../../test-support/scenarios.js';
import { ensureRecurring } from '../../modules/jobs/recurring.js';
import { once, purgeExpiredKeys } from './idempotency.js';

let tp: TestPlatform;
let t: Record<string, string>;

const ADD = 'mutation($c: ID!, $b: String!, $k: String) { addComment(caseId: $c, body: $b, idempotencyKey: $k) { id } }';
const VOTE = 'mutation($r: ID!, $ch: VoteChoice!, $f: [FindingInput!], $k: String) { castVote(roundId: $r, choice: $ch, findings: $f, idempotencyKey: $k) { id } }';
const DELIVER = 'mutation($p: ID!, $at: DateTimeISO, $k: String) { deliverPrescription(prescriptionId: $p, deliveredAt: $at, idempotencyKey: $k) { id status } }';
const COMPLY = 'mutation($p: ID!, $s: PrescriptionStatus!, $k: String) { recordCompliance(prescriptionId: $p, status: $s, idempotencyKey: $k) { id status } }';
const ESCALATE = 'mutation($p: ID!, $k: String) { escalatePrescription(prescriptionId: $p, idempotencyKey: $k) { id } }';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

type Variant = 'a' | 'b';
/** What an operation acts on: the case, and what its operation needs (the application to register, the round, the prescriptions). */
interface Target { caseId: string; input?: ReturnType<typeof applicationInput>; roundId?: string; p?: string[] }
interface Operation {
  who: string;
  /** Another member allowed to do the same. */
  other: string;
  /** The event the write appends (once per write): its kind and, for a status change, the status reached. */
  event: { kind: string; to?: string };
  /** A fresh thing to act on. */
  target(): Promise<Target>;
  /** The mutation on a target; `b` is a different input. */
  send(target: Target, key: string | null, variant: Variant, who: string): Promise<GqlResult<Mutated>>;
}

/** The answer of one mutation: its root field, an object with an id. */
type Mutated = Record<string, { id: string } | null>;

const resultId = (r: GqlResult<Mutated>) => {
  expect(r.errors).toBeUndefined();
  return Object.values(r.data!)[0]!.id;
};

/** Two prescriptions of a confirmed case signed by both 31 h ago, delivered `deliveredHoursAgo` ago (none when null). */
async function prescriptions(deliveredHoursAgo: number | null, status?: string): Promise<Target> {
  const c = await confirmedCase(tp, t);
  expect(c.prescriptions.length).toBeGreaterThanOrEqual(2);
  await signDecisionByBoth(tp, t, c.decision.id);
  await query(tp.dbUrl, `update decision set chair_signed_at = now() - interval '31 hours', secretary_signed_at = now() - interval '31 hours' where id = $1`, [c.decision.id]);
  const ids = c.prescriptions.map((p) => p.id);
  for (const p of ids) {
    if (deliveredHoursAgo !== null) expect(codeOf(await tp.gql(DELIVER, { p, at: hoursAgo(deliveredHoursAgo) }, t.secretary))).toBeUndefined();
    if (status) expect(codeOf(await tp.gql(COMPLY, { p, s: status }, t.secretary))).toBeUndefined();
  }
  return { caseId: c.id, p: ids };
}

const OPERATIONS: Record<string, Operation> = {
  registerApplication: {
    who: 'secretary', other: 'chair', event: { kind: 'case.registered' },
    async target() {
      const input = applicationInput();
      return { caseId: '', input };
    },
    send: (x, k, v, who) => tp.gql(REGISTER, { input: { ...x.input, ...(v === 'b' ? { eotinishNumber: `${x.input?.eotinishNumber}-B` } : {}), idempotencyKey: k } }, t[who]),
  },
  addComment: {
    who: 'member1', other: 'member2', event: { kind: 'comment.added' },
    async target() {
      return { caseId: (await tp.gql<{ registerApplication: { id: string } }>(REGISTER, { input: applicationInput() }, t.secretary)).data!.registerApplication.id };
    },
    send: (x, k, v, who) => tp.gql(ADD, { c: x.caseId, b: v === 'a' ? 'Эпизоды систематические.' : 'Другой текст.', k }, t[who]),
  },
  castVote: {
    who: 'member1', other: 'member2', event: { kind: 'vote.cast' },
    async target() {
      const c = await caseInReview(tp, t);
      const round = (await tp.gql('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: c.id }, t.chair)).data!.openVoting;
      return { caseId: c.id, roundId: round.id };
    },
    send: (x, k, v, who) => tp.gql(VOTE, v === 'a' ? { r: x.roundId, ch: 'CONFIRMED', f: ALL_MET, k } : { r: x.roundId, ch: 'ABSTAIN', f: [], k }, t[who]),
  },
  deliverPrescription: {
    who: 'secretary', other: 'chair', event: { kind: 'prescription.delivered' },
    target: () => prescriptions(null),
    send: (x, k, v, who) => tp.gql(DELIVER, { p: x.p?.[0], at: v === 'a' ? null : hoursAgo(1), k }, t[who]),
  },
  recordCompliance: {
    who: 'secretary', other: 'deputy', event: { kind: 'prescription.status_changed', to: 'COMPLIED' },
    target: () => prescriptions(1),
    send: (x, k, v, who) => tp.gql(COMPLY, { p: x.p?.[0], s: v === 'a' ? 'COMPLIED' : 'NOT_COMPLIED', k }, t[who]),
  },
  escalatePrescription: {
    who: 'chair', other: 'deputy', event: { kind: 'prescription.status_changed', to: 'ESCALATED' },
    target: () => prescriptions(30, 'NOT_COMPLIED'),
    send: (x, k, v, who) => tp.gql(ESCALATE, { p: x.p?.[v === 'a' ? 0 : 1], k }, t[who]),
  },
};

/** How many times the operation's event was appended for the target. */
async function events(op: Operation, x: Target): Promise<number> {
  const caseId = x.caseId || (await query<{ id: string }>(tp.dbUrl, 'select id from "case" where application_number = $1', [x.input?.eotinishNumber]))[0]?.id;
  if (!caseId) return 0;
  const { kind, to = null } = op.event;
  const rows = await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from case_event where case_id = $1 and kind = $2 and ($3::text is null or payload->>'to' = $3)`, [caseId, kind, to]);
  return rows[0].n;
}

const keyRows = async (memberKey: string) =>
  (await query<{ n: number }>(tp.dbUrl, 'select count(*)::int as n from idempotency_key where "key" = $1', [memberKey]))[0].n;

beforeAll(async () => {
  tp = await startTestPlatform({ env: { RECHECK_ALLOW_PRIVATE: '1', RECHECK_TIMEOUT_MS: '500' } });
  t = await demoTokens(tp);
});
afterAll(() => tp?.close());

describe.each(Object.entries(OPERATIONS))('%s with an idempotency key', (_name, op) => {
  it('does the work once: a retry with the same key and input returns the same result and changes nothing', async () => {
    const x = await op.target();
    const key = randomUUID();
    const first = resultId(await op.send(x, key, 'a', op.who));
    expect(await events(op, x)).toBe(1);
    const before = await tp.snapshot();
    const again = await op.send(x, key, 'a', op.who);
    expect(resultId(again)).toBe(first);
    expect(await tp.snapshot()).toEqual(before); // no second row, no event, no job
  });

  it('refuses the same key with a different input (CONFLICT, in three languages) and changes nothing', async () => {
    const x = await op.target();
    const key = randomUUID();
    resultId(await op.send(x, key, 'a', op.who));
    const before = await tp.snapshot();
    const r = await op.send(x, key, 'b', op.who);
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].extensions!.messages).toMatchObject({ en: expect.stringMatching(/already used/), ru: expect.stringMatching(/уже использован/), kk: expect.stringMatching(/қолданылған/) });
    expect(await tp.snapshot()).toEqual(before);
  });

  it('does the work once when the same request arrives twice at the same instant', async () => {
    const x = await op.target();
    const key = randomUUID();
    const [a, b] = await Promise.all([op.send(x, key, 'a', op.who), op.send(x, key, 'a', op.who)]);
    expect(resultId(a)).toBe(resultId(b));
    expect(await events(op, x)).toBe(1);
    expect(await keyRows(key)).toBe(1);
  });

  it('keeps keys per member: another member sending the same key string acts independently', async () => {
    const [x, y] = [await op.target(), await op.target()];
    const key = randomUUID();
    const mine = resultId(await op.send(x, key, 'a', op.who));
    const theirs = resultId(await op.send(y, key, 'a', op.other));
    expect(theirs).not.toBe(mine);
    expect(await events(op, y)).toBe(1);
    expect(await keyRows(key)).toBe(2);
  });
});

describe('idempotency keys', () => {
  it('without a key, a repeated comment is two comments (the key is what makes a retry safe)', async () => {
    const x = await OPERATIONS.addComment.target();
    resultId(await OPERATIONS.addComment.send(x, null, 'a', 'member1'));
    resultId(await OPERATIONS.addComment.send(x, null, 'a', 'member1'));
    expect(await events(OPERATIONS.addComment, x)).toBe(2);
  });

  it('refuses a key used for another operation and changes nothing', async () => {
    const c = await OPERATIONS.castVote.target();
    const key = randomUUID();
    resultId(await OPERATIONS.addComment.send(c, key, 'a', 'member1'));
    const before = await tp.snapshot();
    expect(codeOf(await OPERATIONS.castVote.send(c, key, 'a', 'member1'))).toBe('CONFLICT');
    expect(await tp.snapshot()).toEqual(before);
  });

  it.each([
    ['too short, at the edge (an argument of an input type)', 'addComment', 'short'],
    ['with a space, at the edge', 'registerApplication', 'key with space'],
    ['too long, in the service (a plain argument)', 'deliverPrescription', 'k'.repeat(65)],
    ['with a quote, in the service', 'escalatePrescription', "abcd'efgh"],
  ])('refuses a key %s: BAD_USER_INPUT, nothing changes', async (_what, name, key) => {
    const op = OPERATIONS[name];
    const x = await op.target();
    const before = await tp.snapshot();
    const r = await op.send(x, key, 'a', op.who);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/idempotencyKey/);
    expect(await tp.snapshot()).toEqual(before);
  });

  it('forgets a refused request: the same key may be sent again once the input is right', async () => {
    const x = await OPERATIONS.addComment.target();
    const key = randomUUID();
    expect(codeOf(await tp.gql(ADD, { c: x.caseId, b: '   ', k: key }, t.member1))).toBe('BAD_USER_INPUT');
    expect(codeOf(await tp.gql(ADD, { c: '00000000-0000-4000-8000-000000000000', b: 'Текст', k: key }, t.member1))).toBe('NOT_FOUND');
    expect(await keyRows(key)).toBe(0);
    resultId(await OPERATIONS.addComment.send(x, key, 'b', 'member1'));
    expect(await events(OPERATIONS.addComment, x)).toBe(1);
  });

  it('takes over a key older than 24 hours as a new request', async () => {
    const x = await OPERATIONS.addComment.target();
    const key = randomUUID();
    const first = resultId(await OPERATIONS.addComment.send(x, key, 'a', 'member1'));
    await query(tp.dbUrl, `update idempotency_key set created_at = now() - interval '25 hours' where "key" = $1`, [key]);
    const second = resultId(await OPERATIONS.addComment.send(x, key, 'b', 'member1'));
    expect(second).not.toBe(first);
    expect(await events(OPERATIONS.addComment, x)).toBe(2);
    // …and remembers the new one.
    expect(resultId(await OPERATIONS.addComment.send(x, key, 'b', 'member1'))).toBe(second);
    expect(await keyRows(key)).toBe(1);
  });

  it('a registration retried with its key and the same E-otinish number under another key both return the one case', async () => {
    const input = applicationInput();
    const first = resultId(await tp.gql(REGISTER, { input: { ...input, idempotencyKey: randomUUID() } }, t.secretary));
    expect(resultId(await tp.gql(REGISTER, { input: { ...input, idempotencyKey: randomUUID() } }, t.secretary))).toBe(first);
    expect(resultId(await tp.gql(REGISTER, { input }, t.secretary))).toBe(first);
    expect(await events(OPERATIONS.registerApplication, { caseId: first })).toBe(1);
  });
});

describe('once() with two transactions at the same instant', () => {
  const spec = (key: string) => ({ operation: 'addComment' as const, key, request: { body: 'x' }, reread: async (_em: unknown, id: string) => ({ id }) });
  const fork = () => tp.platform.orm.em.fork();

  /** Resolves once some session of the test database waits for a lock (the duplicate on the key). */
  async function someoneWaitsOnALock() {
    for (let i = 0; i < 100; i += 1) {
      const [{ n }] = await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
      if (n > 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the duplicate never waited');
  }

  /** Starts a first request that claims the key and holds its transaction open until `finish` is called. */
  async function firstHeldOpen(member: string, key: string, outcome: 'commit' | 'rollback') {
    const id = randomUUID();
    let finish!: () => void;
    const gate = new Promise<void>((r) => (finish = r));
    let claimed!: () => void;
    const working = new Promise<void>((r) => (claimed = r));
    const done = fork().transactional((em) => once(em, member, spec(key), async () => {
      claimed();
      await gate;
      if (outcome === 'rollback') throw new Error('the first request failed');
      return { id };
    }));
    await working;
    return { id, finish, done };
  }

  it('makes the duplicate wait for the first to commit, then return its result without doing the work', async () => {
    const [member, key] = [randomUUID(), randomUUID()];
    const first = await firstHeldOpen(member, key, 'commit');
    let duplicateWorked = false;
    const duplicate = fork().transactional((em) => once(em, member, spec(key), async () => { duplicateWorked = true; return { id: randomUUID() }; }));
    await someoneWaitsOnALock();
    first.finish();
    expect(await first.done).toEqual({ id: first.id });
    expect(await duplicate).toEqual({ id: first.id });
    expect(duplicateWorked).toBe(false);
  });

  it('lets the duplicate do the work when the first rolls back', async () => {
    const [member, key] = [randomUUID(), randomUUID()];
    const first = await firstHeldOpen(member, key, 'rollback');
    const id = randomUUID();
    const duplicate = fork().transactional((em) => once(em, member, spec(key), async () => ({ id })));
    await someoneWaitsOnALock();
    first.finish();
    await expect(first.done).rejects.toThrow('the first request failed');
    expect(await duplicate).toEqual({ id });
    const rows = await query<{ result_id: string }>(tp.dbUrl, 'select result_id from idempotency_key where member_id = $1 and "key" = $2', [member, key]);
    expect(rows).toEqual([{ result_id: id }]);
  });

  it('refuses to run outside a transaction (a key claimed outside one would outlive a failed write)', async () => {
    await expect(once(fork(), randomUUID(), spec(randomUUID()), async () => ({ id: randomUUID() }))).rejects.toThrow(/inside the service transaction/);
  });

  it('purges keys past their lifetime and keeps the others', async () => {
    const [member, old, fresh] = [randomUUID(), randomUUID(), randomUUID()];
    for (const key of [old, fresh]) await fork().transactional((em) => once(em, member, spec(key), async () => ({ id: randomUUID() })));
    await query(tp.dbUrl, `update idempotency_key set created_at = now() - interval '25 hours' where "key" = $1`, [old]);
    expect(await purgeExpiredKeys(fork())).toBeGreaterThanOrEqual(1);
    const left = await query<{ key: string }>(tp.dbUrl, 'select "key" from idempotency_key where member_id = $1', [member]);
    expect(left).toEqual([{ key: fresh }]);
  });

  it('purges expired keys once a day: one pending run, which schedules the next when it runs', async () => {
    const pending = () => query<{ run_at: Date }>(tp.dbUrl, `select run_at from scheduled_job where kind = 'idempotency.purge' and done_at is null`);
    await ensureRecurring(fork());
    expect(await pending()).toHaveLength(1); // the platform's start scheduled it; a second start adds none
    const [member, old] = [randomUUID(), randomUUID()];
    await fork().transactional((em) => once(em, member, spec(old), async () => ({ id: randomUUID() })));
    await query(tp.dbUrl, `update idempotency_key set created_at = now() - interval '25 hours' where "key" = $1`, [old]);
    await query(tp.dbUrl, `update scheduled_job set run_at = now() where kind = 'idempotency.purge' and done_at is null`);
    await tp.platform.jobs.tick();
    expect(await query(tp.dbUrl, 'select 1 from idempotency_key where member_id = $1', [member])).toEqual([]);
    const [next] = await pending();
    expect(next.run_at.getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
  });
});
