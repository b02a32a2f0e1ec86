import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { ask, expectRefused, nest, send } from './support.js';

// Hostile GraphQL documents over HTTP: each is refused before it runs, with BAD_USER_INPUT.
let tp: TestPlatform;
let token: string;
beforeAll(async () => {
  tp = await startTestPlatform();
  token = await tp.login('member1@demo.kz');
});
afterAll(() => tp.close());

const CASE = '00000000-0000-4000-8000-000000000000';
const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');
// Fragments that each add one level: F0 on Comment { replies { ...F1 } } … down to `id`.
const fragmentChain = (n: number) =>
  `{ case(id: "${CASE}") { comments { ...F0 } } } ` +
  many(n, (i) => `fragment F${i} on Comment { replies { ${i === n - 1 ? 'id' : `...F${i + 1}`} } }`);

const documents: [string, string, RegExp][] = [
  ['a query deeper than the depth limit', `{ case(id: "${CASE}") { comments { ${nest(12)} } } }`, /depth/i],
  ['depth hidden in a chain of fragments', fragmentChain(12), /depth/i],
  ['an alias bomb (40 aliases)', `{ ${many(40, (i) => `a${i}: me { id }`)} }`, /alias/i],
  ['an alias bomb inside a fragment', `{ me { ...M } } fragment M on Member { ${many(30, (i) => `n${i}: name`)} }`, /alias/i],
  ['a directive bomb (@include × 40 on one field)', `{ me { id ${'@include(if: true) '.repeat(40)} } }`, /directive/i],
  ['a directive bomb spread over fields (@skip × 30)', `{ me { ${many(30, () => 'id @skip(if: false)')} } }`, /directive/i],
  ['a cost bomb: large first: lists nested', `{ cases(first: 100) { edges { node { comments { replies { author { agency { name } } revisions { body } } } votingRounds { votes { member { name } } } } } } }`, /cost/i],
  ['a cost bomb: nested connections', `{ a: cases(first: 100) { edges { node { id number status } } } b: cases(first: 100) { edges { node { id number status } } } c: cases(first: 100) { edges { node { comments { id body } } } } }`, /cost/i],
  ['a token-limit bomb (3 000 fields)', `{ me { ${'id '.repeat(3_000)} } }`, /token/i],
  ['a token-limit bomb in variable definitions', `query(${many(1_100, (i) => `$v${i}: ID`)}) { me { id } }`, /token/i],
  ['field duplication past the cost limit', `{ cases(first: 3) { edges { node { ${'id '.repeat(1_500)} } } } }`, /cost/i],
  ['duplicated fields that conflict', `{ c: case(id: "${CASE}") { id } c: case(id: "11111111-1111-4111-8111-111111111111") { id } }`, /conflict/i],
  ['a fragment cycle', '{ me { ...A } } fragment A on Member { agency { name } ...B } fragment B on Member { ...A }', /within itself|cycle/i],
  ['a fragment that spreads itself', '{ me { ...A } } fragment A on Member { id ...A }', /within itself|cycle/i],
  ['a document with two operations and no name chosen', 'query A { me { id } } query B { me { name } }', /operation/i],
  ['a document that does not parse', '{ me { id ', /syntax/i],
  ['an empty document', '   ', /query|empty|syntax/i],
  ['an unknown field', '{ me { passwordHash } }', /cannot query field/i],
];

describe('hostile documents over HTTP', () => {
  it.each(documents)('refuses %s with BAD_USER_INPUT', async (_what, query, message) => {
    const answer = await expectRefused(tp, token, () => ask(tp, query, {}, token), 'BAD_USER_INPUT');
    expect(answer.body!.data ?? null).toBeNull();
    expect(answer.body!.errors!.map((e) => e.message).join(' ')).toMatch(message);
  });

  it('refuses a huge operation name without echoing it back', async () => {
    const name = `Q${'x'.repeat(200_000)}`;
    const answer = await expectRefused(tp, token, () => send(tp, { query: `query ${name} { me { id } }`, operationName: name }, { token }), 'BAD_USER_INPUT');
    expect(answer.body!.errors![0].message).toMatch(/operation name/i);
  });

  it('refuses an operationName that names no operation in the document', async () => {
    await expectRefused(tp, token, () => send(tp, { query: 'query A { me { id } }', operationName: `B${'y'.repeat(100_000)}` }, { token }), 'BAD_USER_INPUT');
  });

  it('refuses a subscription sent over HTTP', async () => {
    await expectRefused(tp, token, () => ask(tp, 'subscription { panelEvents { seq } }', {}, token), 'BAD_USER_INPUT');
  });
});
