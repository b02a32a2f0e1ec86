import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../server/src/app/schema.js';
import { startTestPlatform, type TestPlatform } from '../../server/src/test-support/platform.js';
import { CASE_CONTENT_FIXTURES, MUTATION_FIXTURES, PERSONAL_DATA_FIXTURES, QUERY_FIXTURES, SUBSCRIPTION_FIXTURES, type Call, type Fixture } from './fixtures.js';
import { CASE_CONTENT, COLUMNS, MUTATIONS, PERSONAL_DATA, QUERIES, SUBSCRIPTIONS, type Column, type PersonalDataRow, type Row } from './matrix.js';
import { probe, type Answer } from './probe.js';
import { Scenario } from './scenario.js';

const SERVER_SRC = fileURLToPath(new URL('../../server/src/', import.meta.url));
const PII_MARK = 'Personal data';

type Schema = Awaited<ReturnType<typeof createSchema>>;
type ObjectType = NonNullable<ReturnType<Schema['getQueryType']>>;
/** Object types (not inputs, interfaces or introspection types): those have fields that resolve data. */
const isObjectType = (t: unknown): t is ObjectType => (t as { constructor?: { name?: string } })?.constructor?.name === 'GraphQLObjectType';

/** `pii`: the cell is judged by the data it returns too (personal data, a case's content), not only by its error. */
interface Group { name: string; rows: Record<string, Row | PersonalDataRow>; fixtures: Record<string, Fixture>; writes: boolean; pii: boolean }
const GROUPS: Group[] = [
  { name: 'Query', rows: QUERIES, fixtures: QUERY_FIXTURES, writes: false, pii: false },
  { name: 'personal data', rows: PERSONAL_DATA, fixtures: PERSONAL_DATA_FIXTURES, writes: true, pii: true },
  { name: 'case content', rows: CASE_CONTENT, fixtures: CASE_CONTENT_FIXTURES, writes: false, pii: true },
  { name: 'Subscription', rows: SUBSCRIPTIONS, fixtures: SUBSCRIPTION_FIXTURES, writes: false, pii: false },
  { name: 'Mutation', rows: MUTATIONS, fixtures: MUTATION_FIXTURES, writes: true, pii: false },
];

describe('the authorization matrix covers the whole API', () => {
  it('has a line for every root field of Query, Mutation and Subscription, and none for a field that does not exist', async () => {
    const schema = await createSchema();
    const problems: string[] = [];
    const compare = (type: ObjectType | null | undefined, rows: Record<string, unknown>, table: string) => {
      const fields = Object.keys(type?.getFields() ?? {});
      for (const f of fields) if (!(f in rows)) problems.push(`${type!.name}.${f} has no line in ${table} (test/authz/matrix.ts)`);
      for (const r of Object.keys(rows)) if (!fields.includes(r)) problems.push(`${table}.${r} names no field of ${type?.name ?? 'the schema'}`);
    };
    compare(schema.getQueryType(), QUERIES, 'QUERIES');
    compare(schema.getMutationType(), MUTATIONS, 'MUTATIONS');
    compare(schema.getSubscriptionType(), SUBSCRIPTIONS, 'SUBSCRIPTIONS');
    expect(problems).toEqual([]);
  });

  it('has a line for every personal-data field of the schema and every code path that logs a pii.viewed read', async () => {
    const schema = await createSchema();
    const marked = Object.values(schema.getTypeMap())
      .filter((t): t is ObjectType => isObjectType(t) && !t.name.startsWith('__'))
      .flatMap((t) => Object.values(t.getFields()).filter((f) => f.description?.startsWith(PII_MARK)).map((f) => `${t.name}.${f.name}`));
    const rows = Object.values(PERSONAL_DATA);
    const fieldRows = rows.map((r) => r.where).filter((w) => /^[A-Z]\w*\.\w+$/.test(w));
    const problems = [
      ...marked.filter((f) => !fieldRows.includes(f)).map((f) => `${f} is marked "${PII_MARK}" but has no line in PERSONAL_DATA`),
      ...fieldRows.filter((f) => !marked.includes(f)).map((f) => `PERSONAL_DATA names ${f}, which is not a field marked "${PII_MARK}"`),
    ];
    const files = (await readdir(SERVER_SRC, { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== path.join('shared', 'privacy', 'reads-log.ts'));
    const logging: string[] = [];
    for (const f of files) if (/\b(logPiiView|recordPiiView)\(/.test(await readFile(path.join(SERVER_SRC, f), 'utf8'))) logging.push(f.split(path.sep).join('/'));
    const listed = new Set(rows.map((r) => r.loggedIn));
    problems.push(
      ...logging.filter((f) => !listed.has(f)).map((f) => `server/src/${f} logs a personal-data read but no PERSONAL_DATA line names it`),
      ...[...listed].filter((f) => !logging.includes(f)).map((f) => `PERSONAL_DATA names server/src/${f}, which logs no personal-data read`),
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('has a fixture for every line and no fixture without one', () => {
    const problems = GROUPS.flatMap((g) => [
      ...Object.keys(g.rows).filter((n) => typeof g.fixtures[n] !== 'function').map((n) => `${g.name} ${n} has no fixture`),
      ...Object.keys(g.fixtures).filter((n) => !(n in g.rows)).map((n) => `${g.name} fixture ${n} has no line`),
    ]);
    expect(problems).toEqual([]);
  });
});

describe('the running server follows the authorization matrix', () => {
  let tp: TestPlatform;
  let site: Server;
  let s: Scenario;
  let called = 0;

  beforeAll(async () => {
    // Re-checks of prescriptions reach this local site instead of the internet.
    site = createServer((_req, res) => res.end('content'));
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    tp = await startTestPlatform({ env: { RECHECK_ALLOW_PRIVATE: '1', RECHECK_TIMEOUT_MS: '1000' } });
    s = await Scenario.start(tp, `http://127.0.0.1:${(site.address() as { port: number }).port}`);
  });
  afterAll(async () => {
    await tp?.close();
    await new Promise<void>((r) => (site ? site.close(() => r()) : r()));
  });

  /** What is wrong with one cell's answer, or null. */
  function mismatch(g: Group, row: Row | PersonalDataRow, who: Column, call: Call, a: Answer): string | null {
    const got = `${a.code ?? 'no error'}${a.message ? ` (${a.message})` : ''}`;
    if (row.allow.has(who)) {
      const want = row.domain[who] ?? null;
      if (a.code !== want) return `allowed${want ? ` with ${want}` : ''}, but answered ${got}`;
      if (!want && (g.pii || call.via === 'ws') && a.value == null) return 'allowed, but no data came back';
      return null;
    }
    const signedOut = who === 'anonymous' || who === 'deactivated';
    const quiet = g.pii && (row as PersonalDataRow).refused === 'null';
    const want = signedOut ? (call.via === 'ws' ? 'CLOSED_4403' : 'UNAUTHENTICATED') : quiet ? null : 'FORBIDDEN';
    if (a.code !== want) return `refused (${want ?? 'null'}), but answered ${got}`;
    if (g.pii && a.value != null) return 'refused, but the personal data came back';
    return null;
  }

  type Line = { g: Group; name: string; row: Row | PersonalDataRow; fixture: Fixture };
  type Prepared = { line: Line; refused: Column[]; calls: Call[] };
  const diff = (a: Record<string, string>, b: Record<string, string>) => Object.keys({ ...a, ...b }).filter((t) => a[t] !== b[t]);

  /** Calls one cell; returns what is wrong with its answer (null when it is as the matrix says). */
  async function cell(line: Line, who: Column, call: Call): Promise<string | null> {
    called += 1;
    const bad = mismatch(line.g, line.row, who, call, await probe(tp, call, s.token(who)));
    return bad && `${line.g.name} ${line.name} × ${who}: ${bad}`;
  }

  /** The refused calls of lines that write, made a second time one line at a time: which line changed what. */
  async function nameTheWriters(writing: Prepared[]): Promise<string[]> {
    const named: string[] = [];
    for (const p of writing) {
      // New fixtures: a call that wrongly succeeded (a new agency…) may not succeed twice with the same input.
      const again = await Promise.all(p.refused.map((who) => p.line.fixture(s, who, false)));
      const before = await tp.snapshot();
      await Promise.all(p.refused.map((who, i) => probe(tp, again[i], s.token(who))));
      const tables = diff(before, await tp.snapshot());
      if (tables.length > 0) named.push(`${p.line.g.name} ${p.line.name}: refused calls by ${p.refused.join(', ')} changed ${tables.join(', ')}`);
    }
    return named;
  }

  it('answers every cell as the matrix says, and a refused call changes nothing', async () => {
    const started = Date.now();
    const lines: Line[] = GROUPS.flatMap((g) => Object.entries(g.rows).map(([name, row]) => ({ g, name, row, fixture: g.fixtures[name] })));
    // Refused cells work on shared objects (a refused call changes nothing), allowed cells each on
    // fresh ones; the cells of one line run side by side.
    const prepared: Prepared[] = [];
    for (const line of lines) {
      const refused = COLUMNS.filter((c) => !line.row.allow.has(c));
      prepared.push({ line, refused, calls: await Promise.all(refused.map((who) => line.fixture(s, who, false))) });
    }
    const results: (string | null)[] = [];
    const runRefused = async (p: Prepared) => results.push(...(await Promise.all(p.refused.map((who, i) => cell(p.line, who, p.calls[i])))));
    // Every refused call of the lines that write (mutations, logged reads of personal data) between
    // two fingerprints of the whole database: together they must change nothing.
    const writing = prepared.filter((p) => p.line.g.writes);
    const before = await tp.snapshot();
    for (const p of writing) await runRefused(p);
    const changed = diff(before, await tp.snapshot());
    if (changed.length > 0) {
      const named = await nameTheWriters(writing);
      results.push(...(named.length > 0 ? named : [`refused calls changed ${changed.join(', ')} (no single line did it again)`]));
    }
    for (const p of prepared.filter((x) => !x.line.g.writes)) await runRefused(p);
    for (const { line } of prepared) {
      const allowed = COLUMNS.filter((c) => line.row.allow.has(c));
      results.push(...(await Promise.all(allowed.map(async (who) => cell(line, who, await line.fixture(s, who, true))))));
    }
    const cells = lines.length * COLUMNS.length;
    console.info(`authorization matrix: ${lines.length} lines × ${COLUMNS.length} columns = ${cells} cells, ${s.steps} setup calls, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(called).toBe(cells);
    expect(results.filter((r) => r !== null)).toEqual([]);
  }, 300_000);
});
