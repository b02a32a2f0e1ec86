// The check behind the *.race.test.ts files (server/src/test-support/race.ts), on hand-made
// histories: it must find the serial order of a correct one, and name what is wrong in each broken
// one — a race test whose check cannot fail would prove nothing.
import { describe, expect, it } from 'vitest';
import { findSerialOrder, logProblems, unexpectedAnswers, type LoggedEvent, type RaceCall, type SerialModel } from '../../server/src/test-support/race.js';

/** A toy feature: members set a value while the round is open; the chair closes it once. */
interface S { open: boolean; value: Record<string, string> }
type Call = RaceCall<{ value?: string }>;

const call = (who: string, op: 'set' | 'close', value: string | undefined, answer: 'ok' | string): Call => ({
  label: `${who} ${op}${value ? ` ${value}` : ''}`, op, who, args: { value }, doc: '', vars: {},
  allowed: ['INVALID_TRANSITION'],
  result: answer === 'ok' ? { data: { [op]: { id: 'x' } } } : { errors: [{ message: answer, extensions: { code: answer } }] },
});

const ev = (seq: number, kind: string, actor: string, payload: Record<string, unknown> = {}): LoggedEvent => ({ seq: String(seq), kind, actor, payload });

function model(final: S): SerialModel<S, Call> {
  return {
    initial: { open: true, value: {} },
    matches: (c, head) => head.actor === c.who && (c.op === 'set' ? head.kind === 'value.set' && head.payload.value === c.args.value : head.kind === 'closed'),
    step(s, c) {
      if (!s.open) return { refused: 'INVALID_TRANSITION' };
      if (c.op === 'close') { s.open = false; return { state: s, events: [{ kind: 'closed', actor: c.who }] }; }
      s.value[c.who] = c.args.value!;
      return { state: s, events: [{ kind: 'value.set', actor: c.who, payload: { value: c.args.value } }] };
    },
    finalProblems: (s) => (JSON.stringify(s) === JSON.stringify(final) ? [] : [`stored ${JSON.stringify(final)}, serial ${JSON.stringify(s)}`]),
  };
}

describe('findSerialOrder', () => {
  it('finds the order of a correct history, refusals explained by a state along it', () => {
    const calls = [call('m1', 'set', 'a', 'ok'), call('chair', 'close', undefined, 'ok'), call('m2', 'set', 'b', 'INVALID_TRANSITION')];
    const r = findSerialOrder(model({ open: false, value: { m1: 'a' } }), calls, [ev(1, 'value.set', 'm1', { value: 'a' }), ev(2, 'closed', 'chair')]);
    expect(r.problems).toEqual([]);
    expect(r.order!.map((c) => c.label)).toEqual(['m1 set a', 'chair close']);
  });

  it('tries each of two calls one event could belong to, and keeps the order the final state confirms', () => {
    const calls = [call('m1', 'set', 'a', 'ok'), call('m1', 'set', 'b', 'ok')];
    const events = [ev(1, 'value.set', 'm1', { value: 'b' }), ev(2, 'value.set', 'm1', { value: 'a' })];
    expect(findSerialOrder(model({ open: true, value: { m1: 'a' } }), calls, events).order!.map((c) => c.label)).toEqual(['m1 set b', 'm1 set a']);
  });

  it.each([
    ['an acknowledged call without an event', [call('m1', 'set', 'a', 'ok'), call('m2', 'set', 'b', 'ok')], [ev(1, 'value.set', 'm1', { value: 'a' })], { open: true, value: { m1: 'a' } }, /acknowledged, but no transaction of theirs is in the log: m2 set b/],
    ['an event of a refused call', [call('chair', 'close', undefined, 'ok'), call('m1', 'set', 'a', 'INVALID_TRANSITION')], [ev(1, 'closed', 'chair'), ev(2, 'value.set', 'm1', { value: 'a' })], { open: false, value: {} }, /no acknowledged call can have written it \(it matches refused calls: m1 set a → INVALID_TRANSITION\)/],
    ['one call logged twice', [call('m1', 'set', 'a', 'ok')], [ev(1, 'value.set', 'm1', { value: 'a' }), ev(2, 'value.set', 'm1', { value: 'a' })], { open: true, value: { m1: 'a' } }, /#2 value.set by m1.*no acknowledged call can have written it/],
    ['a write accepted after the close', [call('chair', 'close', undefined, 'ok'), call('m1', 'set', 'a', 'ok')], [ev(1, 'closed', 'chair'), ev(2, 'value.set', 'm1', { value: 'a' })], { open: false, value: { m1: 'a' } }, /m1 set a committed at #2.*a serial run refuses it with INVALID_TRANSITION/],
    ['two closes accepted', [call('chair', 'close', undefined, 'ok'), call('chair', 'close', undefined, 'ok')], [ev(1, 'closed', 'chair'), ev(2, 'closed', 'chair')], { open: false, value: {} }, /a serial run refuses it with INVALID_TRANSITION/],
    ['a refusal no state explains', [call('m1', 'set', 'a', 'INVALID_TRANSITION')], [], { open: true, value: {} }, /m1 set a was refused with INVALID_TRANSITION, which no state of the serial history/],
    ['a final state no order gives (a lost update)', [call('m1', 'set', 'a', 'ok'), call('m2', 'set', 'b', 'ok')], [ev(1, 'value.set', 'm1', { value: 'a' }), ev(2, 'value.set', 'm2', { value: 'b' })], { open: true, value: { m2: 'b' } }, /final state .*stored/],
    ['an event by a member who sent no such call', [call('m1', 'set', 'a', 'ok')], [ev(1, 'value.set', 'm1', { value: 'a' }), ev(2, 'closed', 'm1')], { open: true, value: { m1: 'a' } }, /#2 closed by m1.*no acknowledged call/],
  ] as [string, Call[], LoggedEvent[], S, RegExp][])('reports %s', (_what, calls, events, final, problem) => {
    const r = findSerialOrder(model(final), calls, events);
    expect(r.order).toBeNull();
    expect(r.problems.join('\n')).toMatch(problem);
  });

  it('lets a call answered INTERNAL be in the order or not (it may have committed), and reports the answer', () => {
    const internal = call('m1', 'set', 'a', 'INTERNAL');
    expect(unexpectedAnswers([internal])).toEqual(['m1 set a answered INTERNAL: INTERNAL (allowed: INVALID_TRANSITION)']);
    expect(findSerialOrder(model({ open: true, value: { m1: 'a' } }), [internal], [ev(1, 'value.set', 'm1', { value: 'a' })]).problems).toEqual([]);
    expect(findSerialOrder(model({ open: true, value: {} }), [internal], []).problems).toEqual([]);
  });
});

describe('logProblems', () => {
  it('counts deadlocks and masked errors in the server log, and ignores the rest', () => {
    const line = (level: number, msg: string, message?: string) => JSON.stringify({ level, msg, ...(message ? { err: { message } } : {}) });
    expect(logProblems([
      line(50, 'internal error', 'select 1 from "voting_round" where "id" = $1 for update - deadlock detected'),
      line(50, 'internal error', 'insert into "case_event" … - deadlock detected'),
      line(50, 'internal error', 'duplicate key value violates unique constraint "vote_one_current_per_member"'),
      line(40, 'graphql error', 'Variable "$x" got invalid value'),
    ])).toEqual([
      expect.stringMatching(/^server log: 2 × "deadlock detected", e\.g\. internal error: select 1 from "voting_round"/),
      'server log: 1 × internal error: duplicate key value violates unique constraint "vote_one_current_per_member"',
    ]);
    expect(logProblems([line(40, 'graphql error', 'x')])).toEqual([]);
  });
});
