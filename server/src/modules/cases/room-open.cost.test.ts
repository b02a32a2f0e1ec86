import { readFileSync } from 'node:fs';
import { print, type DocumentNode } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { query } from '../../test-support/databases.js';
import { startTestPlatform, type TestPlatform } from '../../test-support/platform.js';
import { caseInReview, confirmedCase, demoTokens } from '../../test-support/scenarios.js';

// What opening a case room costs the database (budget B1): the client's own four documents, as
// codegen wrote them, one request each; every statement the server's pool runs is counted (begin
// and commit included, with or without the ORM). The case row is read once per request as a plain
// row, with its recusals, and the two identity reads of the case file are logged in one statement
// (its own transaction).

const GENERATED = readFileSync(new URL('../../../../client/src/gql/graphql.ts', import.meta.url), 'utf8');
const documentText = (name: string): string => {
  const ast = new RegExp(`^export const ${name}Document = (\\{"kind":"Document".*\\}) as unknown as DocumentNode<.*>;$`, 'm').exec(GENERATED)?.[1];
  if (!ast) throw new Error(`${name}Document is not in client/src/gql/graphql.ts`);
  return print(JSON.parse(ast) as DocumentNode);
};
const ROOM = ['CaseFile', 'CaseThread', 'RoomDirectory', 'CaseVoting'].map((name) => ({ name, text: documentText(name) }));

let tp: TestPlatform;
let t: Record<string, string>;
let caseId: string;

beforeAll(async () => {
  tp = await startTestPlatform();
  t = await demoTokens(tp);
  caseId = (await caseInReview(tp, t)).id;
  const add = 'mutation($c: ID!, $b: String!, $p: ID) { addComment(caseId: $c, body: $b, parentId: $p) { id } }';
  const root = (await tp.gql<{ addComment: { id: string } }>(add, { c: caseId, b: 'Эпизоды систематические.' }, t.member1)).data!.addComment;
  await tp.gql(add, { c: caseId, b: 'Согласна.', p: root.id }, t.member4);
  const round = (await tp.gql<{ openVoting: { id: string } }>('mutation($c: ID!) { openVoting(caseId: $c) { id } }', { c: caseId }, t.chair)).data!.openVoting;
  await tp.gql('mutation($r: ID!) { castVote(roundId: $r, choice: CONFIRMED, findings: [], reasoning: "Да") { id } }', { r: round.id }, t.member2);
  // Polling jobs would add statements of their own to the count.
  await tp.platform.jobs.stop();
});
afterAll(() => tp.close());

/** The connections of the ORM's pool, lent or free. */
function poolConnections(): Set<unknown> {
  const { pool } = tp.platform.orm.em.getConnection().getKnex().client as { pool: { used: { resource: unknown }[]; free: { resource: unknown }[] } };
  return new Set([...pool.used, ...pool.free].map((r) => r.resource));
}

/** Opens the room as member1, one request after the other, and returns each request's statements (by operation name). */
async function openRoom(id = caseId): Promise<Record<string, string[]>> {
  const statements: Record<string, string[]> = {};
  for (const op of ROOM) {
    // The driver's own call on the pool's connections: the ORM's statements and those sent without
    // it (shared/reads.ts) alike; not the live feed's, on its own connection.
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const answer = await tp.gql(op.text, { id }, t.member1);
      expect(answer.errors).toBeUndefined();
      const pooled = poolConnections();
      statements[op.name] = spy.mock.calls
        .filter((_, i) => pooled.has(spy.mock.contexts[i]))
        .map(([sql]) => (typeof sql === 'string' ? sql : (sql as { text: string }).text));
    } finally {
      spy.mockRestore();
    }
  }
  return statements;
}

const total = (statements: Record<string, string[]>) => Object.values(statements).flat();
const caseRowReads = (statements: string[]) => statements.filter((s) => /from "case"/.test(s));

describe('opening a case room (B1)', () => {
  beforeAll(async () => {
    await openRoom(); // the member directory and the panel settings are cached per instance after the first open
  });

  it('reads the case row once per request that asks for the case, as a plain row', async () => {
    const opened = await openRoom();
    // The timeline's payloads (whether the identity was erased) share the case file's read.
    expect(Object.fromEntries(Object.entries(opened).map(([name, sql]) => [name, caseRowReads(sql).length])))
      .toEqual({ CaseFile: 1, CaseThread: 1, RoomDirectory: 0, CaseVoting: 1 });
    expect(caseRowReads(total(opened)).every((s) => !s.includes('"c0".*'))).toBe(true);
    // The recusals (whether the viewer recused, the voting panel's list) come with the case row.
    expect(total(opened).filter((s) => /from recusal where/.test(s))).toEqual([]);
  });

  it('logs both identity reads of the case file in one statement, before answering', async () => {
    const [{ n: before }] = await query<{ n: number }>(tp.dbUrl, `select count(*)::int as n from case_event where case_id = $1 and kind = 'pii.viewed'`, [caseId]);
    const { CaseFile } = await openRoom();
    expect(CaseFile.filter((s) => /case_event_append/.test(s))).toHaveLength(1);
    expect(CaseFile.filter((s) => /^(begin|commit)/i.test(s))).toEqual([]);
    const logged = await query<{ subject: string; tx: string }>(tp.dbUrl,
      `select payload->>'subject' as subject, xmin::text as tx from case_event where case_id = $1 and kind = 'pii.viewed' order by seq offset $2`, [caseId, before]);
    expect(logged.map((e) => e.subject).sort()).toEqual(['applicant', 'child']);
    expect(new Set(logged.map((e) => e.tx)).size).toBe(1);
  });

  it('forks no EntityManager: every read of a room goes through the read connections', async () => {
    const fork = vi.spyOn(tp.platform.orm.em, 'fork');
    try {
      await openRoom();
      expect(fork).not.toHaveBeenCalled();
    } finally {
      fork.mockRestore();
    }
  });

  it('costs 14 statements per open: 7 for the case file, 2 for the thread, none for the directory, 5 for the voting panel', async () => {
    const opened = await openRoom();
    expect(opened.CaseFile.length).toBeLessThanOrEqual(7);
    expect(opened.CaseThread.length).toBeLessThanOrEqual(2);
    expect(opened.RoomDirectory).toEqual([]);
    expect(opened.CaseVoting.length).toBeLessThanOrEqual(5);
    expect(total(opened).length).toBeLessThanOrEqual(14);
    // The rapporteur comes with the case row, the revisions and mentions with the comments.
    expect(total(opened).filter((s) => /from (case_rapporteur|comment_revision|comment_mention) /.test(s) && !/from "case"|from comment c/.test(s))).toEqual([]);
    // The platforms of the episodes, resources and prescription URLs come from the instance's registry.
    expect(total(opened).filter((s) => /from "?platform"?/.test(s))).toEqual([]);
  });

  it('reads a decided case\'s voting panel in one plain-row statement per kind of row, whatever the number of prescriptions', async () => {
    const decided = await confirmedCase(tp, t);
    expect(decided.prescriptions.length).toBeGreaterThan(1);
    const { CaseVoting } = await openRoom(decided.id);
    // The case row, its decision and dissents, its prescriptions with their re-checks and escalations, the rounds and the votes.
    expect(CaseVoting.length).toBeLessThanOrEqual(8);
    expect(CaseVoting.filter((s) => /url_check/.test(s))).toHaveLength(1);
    expect(CaseVoting.filter((s) => /access_restriction_request/.test(s))).toHaveLength(1);
    // No entity is hydrated: the ORM's own selects name their table by an alias (`"p0".*`).
    expect(CaseVoting.filter((s) => /"[a-z]\d+"\.\*/.test(s))).toEqual([]);
  });
});
