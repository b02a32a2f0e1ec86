import { assertObjectType, buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sharedSubscribe } from './shared-execution.js';

/** What one subscriber receives: the fields its document selects of the event. */
interface Frame { data: { caseEvents?: { n?: number; label?: string }; panelEvents?: { n?: number; label?: string } } }

/** A subscription whose field resolver counts how often it runs; every subscriber gets the same event object. */
function fixture() {
  const schema = buildSchema('type Query { ok: Boolean } type Event { n: Int label(upper: Boolean): String } type Subscription { caseEvents: Event panelEvents: Event }');
  const event = { caseEvents: { n: 1 }, panelEvents: { n: 1 } };
  let executions = 0;
  const rootValue = {
    caseEvents: async function* () { yield event; },
    panelEvents: async function* () { yield event; },
  };
  assertObjectType(schema.getType('Event')).getFields().label.resolve = (_e: unknown, { upper }: { upper?: boolean }) => {
    executions += 1;
    return upper ? 'EVENT' : 'event';
  };
  const run = async (query: string, role: string, variableValues: Record<string, unknown> = {}, id = 'v1') => {
    const stream = (await sharedSubscribe({ schema, document: parse(query), rootValue, variableValues, contextValue: { viewer: { role, id } } })) as AsyncGenerator<Frame, void>;
    const next = await stream.next();
    await stream.return(undefined);
    if (next.done) throw new Error('the subscription ended without an event');
    return next.value;
  };
  return { run, executions: () => executions };
}

describe('sharedSubscribe', () => {
  it('executes one event once for subscribers with the same document, variables and role', async () => {
    const f = fixture();
    const doc = 'subscription($u: Boolean) { caseEvents { n label(upper: $u) } }';
    const results = await Promise.all([f.run(doc, 'MEMBER', { u: true }, 'a'), f.run(doc, 'MEMBER', { u: true }, 'b'), f.run(doc, 'MEMBER', { u: true }, 'c')]);
    expect(results.map((r) => r.data.caseEvents?.label)).toEqual(['EVENT', 'EVENT', 'EVENT']);
    expect(f.executions()).toBe(1);
  });

  it.each([
    ['other variables', 'MEMBER', { u: false }],
    ['another role', 'ADVISOR', { u: true }],
  ])('executes again for %s', async (_w, role, vars) => {
    const f = fixture();
    const doc = 'subscription($u: Boolean) { caseEvents { label(upper: $u) } }';
    await f.run(doc, 'MEMBER', { u: true });
    await f.run(doc, role, vars);
    expect(f.executions()).toBe(2);
  });

  it('executes again for another viewer of the same role on a feed that spans cases (recusal is per viewer)', async () => {
    const f = fixture();
    const doc = 'subscription { panelEvents { label } }';
    await f.run(doc, 'MEMBER', {}, 'a');
    await f.run(doc, 'MEMBER', {}, 'a');
    await f.run(doc, 'MEMBER', {}, 'b');
    expect(f.executions()).toBe(2);
  });
});
