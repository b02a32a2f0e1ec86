// Races on one case and the check that what came out is what some serial order of the same calls
// would produce. Used by test/concurrency/*.race.test.ts.
//
// The check reads the case's event log after the race. The writes of one case are serial (each
// holds the case's row lock until it commits, and appends its events last: DESIGN.md §5 "one write
// path", shared/locks.ts), so within one case the events of a transaction are contiguous and their
// seq order is the commit order: the case's log IS the serial history (were it not, interleaved
// events would fit no serial order, and the check would say so). A model of the feature replays it:
// each acknowledged call must be found in it exactly once, with exactly the events a serial run
// would append at that point; a refused call must be refused, with the same code, by some state of
// that history; and the model's final state must equal the database's. Nothing else (no event, no
// row) may be left over.
import { isDeepStrictEqual } from 'node:util';
import { pino, type Logger } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { query } from './databases.js';
import type { GqlResult } from './graphql-http.js';
import { startTestPlatform, type TestPlatform } from './platform.js';
import { demoTokens } from './scenarios.js';

/** One call of a race: a GraphQL operation sent by one demo account, with what the model needs to know of it. */
export interface RaceCall<A = Record<string, unknown>> {
  /** For messages, e.g. `member1 castVote CONFIRMED`. */
  label: string;
  /** The mutation's name, e.g. `castVote`. */
  op: string;
  /** The demo account (the part of the e-mail before @demo.kz), e.g. `member1`. */
  who: string;
  doc: string;
  vars: Record<string, unknown>;
  /** What the model reads of the call. */
  args: A;
  /** The error codes a serial order can answer this call with (from the service's code); anything else is a bug. */
  allowed: readonly string[];
  result?: GqlResult;
  ms?: number;
}

export type Verdict = 'accepted' | 'refused' | 'unexpected';

/** accepted: data and no error; refused: one error with an allowed code; unexpected: anything else (INTERNAL included). */
export function verdictOf(call: RaceCall<unknown>): Verdict {
  const errors = call.result?.errors;
  if (!errors?.length) return call.result?.data ? 'accepted' : 'unexpected';
  if (errors.length === 1 && call.allowed.includes(String(errors[0].extensions?.code))) return 'refused';
  return 'unexpected';
}

export const codeOfCall = (call: RaceCall<unknown>) => (call.result?.errors?.length ? String(call.result.errors[0].extensions?.code) : undefined);

const describeErrors = (call: RaceCall<unknown>) =>
  (call.result?.errors ?? []).map((e) => `${e.extensions?.code ?? '?'}: ${e.message.slice(0, 120)}`).join(' | ') || 'no data and no error';

/** Problems with the answers themselves: any error outside the call's allowed codes (INTERNAL, a transport failure…). */
export function unexpectedAnswers(calls: readonly RaceCall<unknown>[]): string[] {
  return calls.filter((c) => verdictOf(c) === 'unexpected').map((c) => `${c.label} answered ${describeErrors(c)} (allowed: ${c.allowed.join(', ') || 'none'})`);
}

/** A small deterministic PRNG, so that iteration n always fires its calls in the same order. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Fires every call at the same moment (each its own HTTP request, shuffled by `seed`) and waits for
 * all; each call gets its `result` (a transport failure becomes an error coded TRANSPORT).
 */
export async function fire(tp: TestPlatform, tokens: Record<string, string>, calls: RaceCall<unknown>[], seed: number): Promise<void> {
  const random = seeded(seed);
  const order = calls.map((c) => ({ c, k: random() })).sort((x, y) => x.k - y.k).map((x) => x.c);
  const started = Date.now();
  await Promise.all(order.map(async (c) => {
    try {
      c.result = await tp.gql(c.doc, c.vars, tokens[c.who]);
    } catch (e) {
      c.result = { errors: [{ message: `transport: ${(e as Error).message}`, extensions: { code: 'TRANSPORT' } }] };
    }
    c.ms = Date.now() - started;
  }));
}

/** A logger that keeps the server's warnings and errors, to look for `deadlock detected` and masked errors. */
export function logCapture(): { log: Logger; lines: string[]; drain: () => string[] } {
  const lines: string[] = [];
  const log = pino({ level: 'warn' }, { write: (line: string) => { lines.push(line); } });
  return { log, lines, drain: () => lines.splice(0) };
}

/** Problems in the server's log lines of one race: every `deadlock detected`, and each distinct masked (INTERNAL) error. */
export function logProblems(lines: readonly string[]): string[] {
  const deadlocks = lines.filter((l) => /deadlock detected/i.test(l));
  const out: string[] = deadlocks.length ? [`server log: ${deadlocks.length} × "deadlock detected", e.g. ${summarise(deadlocks[0])}`] : [];
  const internal = new Map<string, number>();
  for (const line of lines) {
    if (/deadlock detected/i.test(line)) continue;
    const parsed = JSON.parse(line) as { level: number; msg?: string; err?: { message?: string } };
    if (parsed.level < 50) continue; // warnings (a GraphQL error that is not a DomainError) are answered with their code and checked there
    const key = `${parsed.msg}: ${(parsed.err?.message ?? '').slice(0, 200)}`;
    internal.set(key, (internal.get(key) ?? 0) + 1);
  }
  for (const [key, n] of internal) out.push(`server log: ${n} × ${key}`);
  return out;
}

const summarise = (line: string) => {
  const parsed = JSON.parse(line) as { msg?: string; err?: { message?: string } };
  return `${parsed.msg}: ${(parsed.err?.message ?? '').replace(/\s+/g, ' ').slice(0, 300)}`;
};

/** PostgreSQL's own count of deadlocks detected in this database (flushed by each backend within a few seconds). */
export async function deadlocksCounted(dbUrl: string): Promise<number> {
  const [row] = await query<{ n: string }>(dbUrl, 'select deadlocks::text as n from pg_stat_database where datname = current_database()');
  return Number(row.n);
}

/** The demo accounts by member id: `chair`, `member1` … (the part of the e-mail before @). */
export async function accountNames(dbUrl: string): Promise<{ name: Map<string, string>; id: Record<string, string> }> {
  const rows = await query<{ id: string; email: string }>(dbUrl, 'select id, email from member');
  const name = new Map(rows.map((r) => [r.id, r.email.replace(/@.*$/, '')]));
  return { name, id: Object.fromEntries([...name].map(([id, n]) => [n, id])) };
}

/** One row of the case's log, its actor named by account. */
export interface LoggedEvent {
  seq: string;
  kind: string;
  actor: string | null;
  /** The event's JSON payload (ids, choices…): a model compares or casts the fields it reads. */
  payload: Record<string, unknown>;
}

export async function lastSeq(dbUrl: string, caseId: string): Promise<string> {
  const [row] = await query<{ seq: string }>(dbUrl, 'select coalesce(max(seq), 0)::text as seq from case_event where case_id = $1', [caseId]);
  return row.seq;
}

/** The case's events after `after`, in seq order. */
export async function eventsAfter(dbUrl: string, caseId: string, after: string, names: Map<string, string>): Promise<LoggedEvent[]> {
  const rows = await query<{ seq: string; kind: string; actor_id: string | null; payload: Record<string, unknown> }>(dbUrl,
    'select seq::text as seq, kind, actor_id, payload from case_event where case_id = $1 and seq > $2::bigint order by seq', [caseId, after]);
  return rows.map((r) => ({ seq: r.seq, kind: r.kind, actor: r.actor_id ? names.get(r.actor_id) ?? r.actor_id : null, payload: r.payload }));
}

export const showEvent = (e: LoggedEvent) => `#${e.seq} ${e.kind} by ${e.actor ?? 'system'} ${JSON.stringify(e.payload).slice(0, 160)}`;

/** An event a serial run appends: its kind, its actor, and the payload fields that must be equal (others are ignored). */
export interface ExpectedEvent {
  kind: string;
  actor: string | null;
  payload?: Record<string, unknown>;
}

/** What a serial run does with a call in a state: refuse it with a code, or reach a new state appending these events. */
export type Step<S> = { refused: string } | { state: S; events: ExpectedEvent[] };

export interface SerialModel<S, C extends RaceCall<unknown>> {
  initial: S;
  /**
   * The call in a state (a copy: change it freely). `head` is the logged event the call is being
   * matched with (for ids only the log knows, such as a new comment's), or null when the question is
   * only whether the state refuses the call.
   */
  step(state: S, call: C, head: LoggedEvent | null): Step<S>;
  /** Whether this call could be the one whose transaction begins with `head`. */
  matches(call: C, head: LoggedEvent): boolean;
  /** Differences between the model's final state and the database's (read by the test after the race). */
  finalProblems(state: S, order: readonly C[]): string[];
}

export interface SerialResult<C> {
  /** The serial order found (acknowledged calls, and unexpected ones that did commit), or null. */
  order: C[] | null;
  /** Why no serial order fits, at the furthest point of the log any order reached. */
  problems: string[];
}

function eventDiff(expected: readonly ExpectedEvent[], logged: readonly LoggedEvent[]): string | null {
  for (let k = 0; k < expected.length; k += 1) {
    const e = expected[k];
    const g = logged[k];
    if (!g) return `expected ${e.kind} by ${e.actor ?? 'system'} next, the log ends`;
    const payloadDiffers = Object.entries(e.payload ?? {}).find(([key, v]) => !isDeepStrictEqual(g.payload[key], v));
    if (g.kind !== e.kind || g.actor !== e.actor || payloadDiffers) {
      return `expected ${e.kind} by ${e.actor ?? 'system'} ${JSON.stringify(e.payload ?? {}).slice(0, 200)}, logged ${showEvent(g)}`;
    }
  }
  return null;
}

/**
 * Looks for a serial order of `calls` that produces exactly `events` and the final state. Acknowledged
 * calls must all be in it; calls with an unexpected answer (INTERNAL…) may be (they may have committed);
 * refused calls must not be, and each must be refused with its code by some state along the way.
 * Several calls that match one event (two edits of one comment by its author) are tried in turn.
 */
export function findSerialOrder<S, C extends RaceCall<unknown>>(model: SerialModel<S, C>, calls: readonly C[], events: readonly LoggedEvent[]): SerialResult<C> {
  let furthest = -1;
  let reasons: string[] = [];
  const fail = (at: number, why: string) => {
    if (at > furthest) { furthest = at; reasons = []; }
    if (at === furthest && reasons.length < 6 && !reasons.includes(why)) reasons.push(why);
  };
  const copy = (s: S) => structuredClone(s);
  const used = new Set<C>();
  const order: C[] = [];
  const history: S[] = [model.initial];

  const search = (i: number, state: S): boolean => {
    if (i === events.length) {
      const missing = calls.filter((c) => verdictOf(c) === 'accepted' && !used.has(c));
      if (missing.length) { fail(i, `acknowledged, but no transaction of theirs is in the log: ${missing.map((c) => c.label).join('; ')}`); return false; }
      for (const c of calls.filter((x) => verdictOf(x) === 'refused')) {
        const code = codeOfCall(c);
        const explained = history.some((s) => { const r = model.step(copy(s), c, null); return 'refused' in r && r.refused === code; });
        if (!explained) { fail(i, `${c.label} was refused with ${code}, which no state of the serial history (${order.map((o) => o.label).join(' → ')}) explains`); return false; }
      }
      const problems = model.finalProblems(state, order);
      if (problems.length) { for (const p of problems) fail(i, `final state (order ${order.map((o) => o.label).join(' → ')}): ${p}`); return false; }
      return true;
    }
    const head = events[i];
    const candidates = calls.filter((c) => !used.has(c) && verdictOf(c) !== 'refused' && model.matches(c, head));
    if (candidates.length === 0) {
      const refused = calls.filter((c) => verdictOf(c) === 'refused' && model.matches(c, head));
      fail(i, `logged ${showEvent(head)}, but no acknowledged call can have written it${refused.length ? ` (it matches refused calls: ${refused.map((c) => `${c.label} → ${codeOfCall(c)}`).join('; ')})` : ''}`);
      return false;
    }
    for (const c of candidates) {
      const out = model.step(copy(state), c, head);
      if ('refused' in out) {
        fail(i, `${c.label} committed at ${showEvent(head)}, but after ${order.map((o) => o.label).join(' → ') || 'nothing'} a serial run refuses it with ${out.refused}`);
        continue;
      }
      const diff = eventDiff(out.events, events.slice(i, i + out.events.length));
      if (diff) { fail(i, `${c.label} at #${head.seq}: ${diff}`); continue; }
      used.add(c);
      order.push(c);
      history.push(out.state);
      if (search(i + out.events.length, out.state)) return true;
      used.delete(c);
      order.pop();
      history.pop();
    }
    return false;
  };

  const ok = search(0, model.initial);
  return ok ? { order: [...order], problems: [] } : { order: null, problems: [...reasons, `(the case's log of this race: ${events.map(showEvent).join(' ; ')})`] };
}

/** Counts of answers by code (`ok` for acknowledged), for the report of a run. */
export function tallyAnswers(calls: readonly RaceCall<unknown>[], into: Record<string, number> = {}): Record<string, number> {
  for (const c of calls) {
    const k = `${c.op}:${codeOfCall(c) ?? 'ok'}`;
    into[k] = (into[k] ?? 0) + 1;
  }
  return into;
}

/** What a race test file shares: one platform (its server log captured), the demo tokens and account names, and the tally of answers. */
export interface RaceSuite {
  tp: TestPlatform;
  /** Demo tokens by account (`chair`, `member1`…). */
  t: Record<string, string>;
  accounts: Awaited<ReturnType<typeof accountNames>>;
  /**
   * Fires `calls` at once on one case and checks them: every answer, the server's log of the race and,
   * through `model(observed)`, the case's log and final state against a serial order. `observe` reads
   * the state after the race.
   */
  check<S, C extends RaceCall<unknown>, O>(caseId: string, calls: C[], seed: number, observe: () => Promise<O>, model: (observed: O) => SerialModel<S, C>): Promise<{ problems: string[]; observed: O }>;
  /** Expects no problems in iteration `n` (and remembers it for the summary when there are some). */
  expectClean(n: number, problems: readonly string[]): void;
  /** The last test of a file: PostgreSQL counted no deadlock in the database. */
  deadlockTest(): void;
}

/** Starts the platform before the file's tests and stops it after, printing the tally of `iterations`. */
export function raceSuite(name: string, iterations: number): RaceSuite {
  const capture = logCapture();
  const answers: Record<string, number> = {};
  const failed: number[] = [];
  const suite = {
    async check(caseId, calls, seed, observe, model) {
      const after = await lastSeq(suite.tp.dbUrl, caseId);
      capture.drain();
      await fire(suite.tp, suite.t, calls, seed);
      const lines = capture.drain();
      const events = await eventsAfter(suite.tp.dbUrl, caseId, after, suite.accounts.name);
      const observed = await observe();
      const serial = findSerialOrder(model(observed), calls, events);
      tallyAnswers(calls, answers);
      return { problems: [...unexpectedAnswers(calls), ...logProblems(lines), ...serial.problems], observed };
    },
    expectClean(n, problems) {
      if (problems.length) failed.push(n);
      expect(problems).toEqual([]);
    },
    deadlockTest() {
      it('PostgreSQL counted no deadlock in this database', async () => {
        expect(await deadlocksCounted(suite.tp.dbUrl)).toBe(0);
      });
    },
  } as RaceSuite;
  beforeAll(async () => {
    suite.tp = await startTestPlatform({ log: capture.log });
    suite.t = await demoTokens(suite.tp);
    suite.accounts = await accountNames(suite.tp.dbUrl);
  }, 60_000);
  afterAll(async () => {
    console.log(`[${name}] answers over ${iterations} iterations: ${JSON.stringify(answers)}; iterations with problems: ${failed.length ? failed.join(', ') : 'none'}`);
    await suite.tp?.close();
  });
  return suite;
}
