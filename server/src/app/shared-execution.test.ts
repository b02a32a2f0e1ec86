import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sharedSubscribe } from './shared-execution.js';

/** A subscription whose field resolver counts how often it runs; every subscriber gets the same event object. */
function fixture() {
  const schema = buildSchema('type Query { ok: Boolean } type Event { n: Int label(upper: Boolean): String } type Subscription { events: Event }');
  const event = { events: { n: 1 } };
  let executions = 0;
  const rootValue = {
    events: async function* () { yield event; },
  };
  (schema.getType('Event') as any).getFields().label.resolve = (_e: unknown, { upper }: { upper?: boolean }) => {
    executions += 1;
    return upper ? 'EVENT' : 'event';
  };
  const run = async (query: string, role: string, variableValues: Record<string, unknown> = {}) => {
    const stream = (await sharedSubscribe({ schema, document: parse(query), rootValue, variableValues, contextValue: { viewer: { role } } })) as AsyncGenerator<any>;
    const { value } = await stream.next();
    await stream.return(undefined);
    return value;
  };
  return { run, executions: () => executions };
}

describe('sharedSubscribe', () => {
  it('executes one event once for subscribers with the same document, variables and role', async () => {
    const f = fixture();
    const doc = 'subscription($u: Boolean) { events { n label(upper: $u) } }';
    const results = await Promise.all([f.run(doc, 'MEMBER', { u: true }), f.run(doc, 'MEMBER', { u: true }), f.run(doc, 'MEMBER', { u: true })]);
    expect(results.map((r) => r.data.events.label)).toEqual(['EVENT', 'EVENT', 'EVENT']);
    expect(f.executions()).toBe(1);
  });

  it.each([
    ['other variables', 'MEMBER', { u: false }],
    ['another role', 'ADVISOR', { u: true }],
  ])('executes again for %s', async (_w, role, vars) => {
    const f = fixture();
    const doc = 'subscription($u: Boolean) { events { label(upper: $u) } }';
    await f.run(doc, 'MEMBER', { u: true });
    await f.run(doc, role, vars);
    expect(f.executions()).toBe(2);
  });
});
