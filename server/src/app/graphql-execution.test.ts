import { buildSchema, execute, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';

// graphql-js as patched in patches/graphql@16.15.0.patch: response objects and the arguments of a
// field without arguments are plain objects, not `Object.create(null)` dictionaries (measured under
// the room-open load: those two were ~45 % of the bytes the server allocated, and a dictionary is
// also slower to fill and to serialize). An alias may be `__proto__`: it stays a field of the
// answer, on every path that builds a response object (fields resolved at once, fields resolved
// later through a promise, the serial fields of a mutation), and never becomes an object's prototype.

const schema = buildSchema(`
  type Query { now: Item!, later: Item!, plain(n: Int = 1): Int!, list: [Item!]! }
  type Mutation { first: Item!, second: Item! }
  type Item { name: String!, args: Boolean!, nested: Item }
`);

const seenArgs: unknown[] = [];
const item = (name: string): Record<string, unknown> => ({
  name,
  args: (args: unknown) => { seenArgs.push(args); return true; },
  nested: () => Promise.resolve({ name: `${name}.nested`, args: true, nested: null }),
});
const rootValue = {
  now: () => item('now'),
  later: () => Promise.resolve(item('later')),
  plain: ({ n }: { n: number }) => n,
  list: () => [item('a'), item('b')],
  first: () => item('first'),
  second: () => Promise.resolve(item('second')),
};

const run = async (source: string): Promise<ExecutionResult> => execute({ schema, document: parse(source), rootValue });

/** Every object in the answer, with its path. */
function objects(value: unknown, path = 'data'): [string, object][] {
  if (value === null || typeof value !== 'object') return [];
  const own: [string, object][] = [[path, value]];
  return own.concat(...Object.entries(value).map(([k, v]) => objects(v, `${path}.${k}`)));
}

describe('graphql-js execution (patched)', () => {
  it('answers with plain objects, for fields resolved at once, later, in lists and in a mutation', async () => {
    const query = await run('{ now { name nested { name } } later { name nested { name } } list { name } plain }');
    const mutation = await run('mutation { first { name } second { name nested { name } } }');
    expect(query.errors).toBeUndefined();
    expect(mutation.errors).toBeUndefined();
    const all = [...objects(query.data), ...objects(mutation.data)].filter(([, o]) => !Array.isArray(o));
    expect(all.length).toBeGreaterThan(8);
    expect(all.filter(([, o]) => Object.getPrototypeOf(o) !== Object.prototype).map(([p]) => p)).toEqual([]);
    expect(JSON.stringify(query.data)).toBe('{"now":{"name":"now","nested":{"name":"now.nested"}},"later":{"name":"later","nested":{"name":"later.nested"}},"list":[{"name":"a"},{"name":"b"}],"plain":1}');
  });

  it('gives a field without arguments an empty plain object, and one with arguments its values', async () => {
    seenArgs.length = 0;
    const answer = await run('{ now { args } plain(n: 3) }');
    expect(answer.data).toEqual({ now: { args: true }, plain: 3 });
    expect(seenArgs).toHaveLength(1);
    expect(Object.getPrototypeOf(seenArgs[0])).toBe(Object.prototype);
    expect(Object.keys(seenArgs[0] as object)).toEqual([]);
    expect((await run('{ plain }')).data).toEqual({ plain: 1 }); // the default value still applies
  });

  it('keeps a `__proto__` alias as a field of the answer on every path, and no object gains a prototype', async () => {
    const query = await run('{ __proto__: now { name } later { __proto__: name nested { __proto__: name } } list { __proto__: name } }');
    const mutation = await run('mutation { __proto__: first { name } second { __proto__: name } }');
    expect(query.errors).toBeUndefined();
    expect(mutation.errors).toBeUndefined();
    expect(JSON.stringify(query.data)).toBe('{"__proto__":{"name":"now"},"later":{"__proto__":"later","nested":{"__proto__":"later.nested"}},"list":[{"__proto__":"a"},{"__proto__":"b"}]}');
    expect(JSON.stringify(mutation.data)).toBe('{"__proto__":{"name":"first"},"second":{"__proto__":"second"}}');
    for (const [path, o] of [...objects(query.data), ...objects(mutation.data)]) {
      expect(Object.getPrototypeOf(o), path).toBe(Array.isArray(o) ? Array.prototype : Object.prototype);
    }
  });
});
