import type { EntityManager } from '@mikro-orm/postgresql';
import type { Region } from './region.js';
import { CASE_STATUSES, isClockStopped, type CaseStatus } from './lifecycle.js';
import { rankedTimeParts, type CaseState, type QueueSort, type QueueView } from './case-queue.rules.js';

// The queue in SQL: the rules of case-queue.rules.ts as predicates on "case" c, read as plain rows
// (ids and sort keys); the service hydrates the page's cases. Every value goes in as a parameter;
// only this file's constants are written into the text.

/** What the queue is asked for, checked: the viewer's id and whether their role votes, and the filter. */
export interface QueueQuery {
  viewerId: string;
  votingRole: boolean;
  now: Date;
  statuses: CaseStatus[] | null;
  overdue: boolean | null;
  /** A LIKE pattern (escaped), or null. */
  like: string | null;
  view: QueueView;
}

interface Clause {
  sql: string;
  params: unknown[];
}
const clause = (sql: string, ...params: unknown[]): Clause => ({ sql, params });
const TRUE = clause('true');
const and = (...parts: Clause[]): Clause => {
  const real = parts.filter((p) => p !== TRUE);
  return real.length === 0 ? TRUE : { sql: real.map((p) => `(${p.sql})`).join(' and '), params: real.flatMap((p) => p.params) };
};

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const RUNNING = quoted(CASE_STATUSES.filter((s) => !isClockStopped(s)));
const STATUS_POSITION = `array_position(array[${quoted(CASE_STATUSES)}]::text[], c.status)`;

const recused = (q: QueueQuery) => clause('exists (select 1 from recusal r where r.case_id = c.id and r.member_id = ?)', q.viewerId);
const notRecused = (q: QueueQuery) => clause(`not ${recused(q).sql}`, q.viewerId);

/** The rules' views (waitsForVote, mentionsViewer, isMine) in SQL; each uses an index on the viewer's rows. */
function viewClause(view: QueueView, q: QueueQuery): Clause {
  switch (view) {
    case 'ALL':
      return TRUE;
    case 'WAITING_FOR_MY_VOTE':
      if (!q.votingRole) return clause('false');
      return and(clause(
        `exists (select 1 from voting_round vr where vr.case_id = c.id and vr.open and vr.eligible_ids @> jsonb_build_array(?::text)
           and not exists (select 1 from vote v where v.round_id = vr.id and v.member_id = ? and v.superseded_at is null))`,
        q.viewerId, q.viewerId,
      ), notRecused(q));
    case 'MENTIONS_ME':
      return and(clause(`exists (select 1 from notification n where n.member_id = ? and n.case_id = c.id and n.kind = 'mention' and n.read_at is null)`, q.viewerId), notRecused(q));
    case 'MY_CASES':
      return and(clause(
        `c.registered_by_id = ? or exists (select 1 from case_rapporteur cr where cr.member_id = ? and cr.case_id = c.id)
           or exists (select 1 from comment cm where cm.author_id = ? and cm.case_id = c.id and cm.deleted_at is null)`,
        q.viewerId, q.viewerId, q.viewerId,
      ), notRecused(q));
  }
}

const statusClause = (statuses: CaseStatus[] | null): Clause => {
  if (!statuses) return TRUE;
  return statuses.length > 0 ? clause('c.status in (?)', statuses) : clause('false');
};
const overdueClause = (overdue: boolean | null, now: Date): Clause => {
  if (overdue == null) return TRUE;
  return overdue ? clause(`c.due_at <= ? and c.status in (${RUNNING})`, now) : clause(`c.due_at > ? or c.status not in (${RUNNING})`, now);
};
const searchClause = (like: string | null): Clause =>
  (like ? clause('c.number ilike ? or c.application_number ilike ? or c.description ilike ?', like, like, like) : TRUE);

const where = (q: QueueQuery): Clause => and(searchClause(q.like), statusClause(q.statuses), overdueClause(q.overdue, q.now), viewClause(q.view, q));

const UTC_TEXT = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const STOPPED = `(case when c.status in (${RUNNING}) then 0 else 1 end)`;

interface SortKey {
  /** The ORDER BY list, id as the last tiebreak. */
  order: Clause;
  /** The key of a row, as its cursor carries it. */
  text: Clause;
  /** The rows after a cursor's key and id, in the same order. */
  past: (key: string, id: string) => Clause;
}

/** A sort on one expression of c (and the id), compared as `cast`. */
function plainKey(expr: Clause, text: Clause, cast: string, dir: 'asc' | 'desc'): SortKey {
  const op = dir === 'asc' ? '>' : '<';
  return {
    order: { sql: `${expr.sql} ${dir}, c.id ${dir}`, params: expr.params },
    text,
    past: (key, id) => ({ sql: `(${expr.sql}, c.id) ${op} (?::${cast}, ?::uuid)`, params: [...expr.params, key, id] }),
  };
}

/** What a sort orders by (expressions on c), how a row's key reads as a cursor, and what comes after a cursor. */
function sortKey(sort: QueueSort, q: QueueQuery): SortKey {
  const dir = sort.direction === 'DESC' ? 'desc' : 'asc';
  switch (sort.field) {
    case 'DUE_AT': {
      // Running clocks first in both directions, then the deadline in the direction asked (case-queue.rules.ts).
      const op = dir === 'asc' ? '>' : '<';
      return {
        order: clause(`${STOPPED} asc, c.due_at ${dir}, c.id ${dir}`),
        text: clause(`${STOPPED}::text || ':' || ${UTC_TEXT('c.due_at')}`),
        past: (key, id) => {
          const parts = rankedTimeParts(key);
          if (!parts) throw new Error('DUE_AT cursor key not checked');
          return clause(`${STOPPED} > ? or (${STOPPED} = ? and (c.due_at, c.id) ${op} (?::timestamptz, ?::uuid))`, parts.rank, parts.rank, parts.time, id);
        },
      };
    }
    case 'RECEIVED_AT':
      return plainKey(clause('c.received_at'), clause(UTC_TEXT('c.received_at')), 'timestamptz', dir);
    case 'NUMBER':
      return plainKey(clause('c.number'), clause('c.number'), 'text', dir);
    case 'STATUS':
      return plainKey(clause(STATUS_POSITION), clause(`${STATUS_POSITION}::text`), 'int', dir);
    case 'REGION': {
      // A recused viewer keeps only the number and status of the case: its region sorts as unknown.
      const region = { sql: `case when ${recused(q).sql} then '' else c.child_region end`, params: [q.viewerId] };
      return plainKey(region, region, 'text', dir);
    }
  }
}

export interface QueueRow {
  id: string;
  key: string;
  /** The child's region; null where the viewer recused. */
  region: Region | null;
}

/** A page of the queue after `after` (the last row's key and id), in the sort's order with the id as tiebreak; `limit` rows at most. */
export async function readQueuePage(em: EntityManager, q: QueueQuery, sort: QueueSort, after: { key: string; id: string } | null, limit: number): Promise<QueueRow[]> {
  const key = sortKey(sort, q);
  const filter = and(where(q), after ? key.past(after.key, after.id) : TRUE);
  const hiddenRegion = recused(q);
  const sql = `select c.id, ${key.text.sql} as key, case when ${hiddenRegion.sql} then null else c.child_region end as region
    from "case" c where ${filter.sql} order by ${key.order.sql} limit ?`;
  return em.execute<QueueRow[]>(sql, [...key.text.params, ...hiddenRegion.params, ...filter.params, ...key.order.params, limit]);
}

/** How many cases the query selects. */
export async function countQueue(em: EntityManager, q: QueueQuery): Promise<number> {
  const filter = where(q);
  const [row] = await em.execute<{ n: number }[]>(`select count(*)::int as n from "case" c where ${filter.sql}`, filter.params);
  return row.n;
}

export interface QueueCounts {
  active: number;
  finished: number;
  all: number;
  anyView: number;
  waitingForMyVote: number;
  mentionsMe: number;
  myCases: number;
  overdue: number;
}

/**
 * Each choice's count with the others as asked, in one pass over the cases that match the search:
 * the states within the view, the views within the state, overdue within both.
 */
export async function countQueueChoices(em: EntityManager, q: QueueQuery, state: CaseState, statusesOf: (state: CaseState) => CaseStatus[] | null): Promise<QueueCounts> {
  const view = viewClause(q.view, q);
  const inState = statusClause(statusesOf(state));
  const overdue = overdueClause(q.overdue, q.now);
  const facets: [keyof QueueCounts, Clause][] = [
    ['active', and(statusClause(statusesOf('ACTIVE')), overdue, view)],
    ['finished', and(statusClause(statusesOf('FINISHED')), overdue, view)],
    ['all', and(statusClause(statusesOf('ALL')), overdue, view)],
    ['anyView', and(inState, overdue)],
    ['waitingForMyVote', and(inState, overdue, viewClause('WAITING_FOR_MY_VOTE', q))],
    ['mentionsMe', and(inState, overdue, viewClause('MENTIONS_ME', q))],
    ['myCases', and(inState, overdue, viewClause('MY_CASES', q))],
    ['overdue', and(inState, overdueClause(true, q.now), view)],
  ];
  const search = searchClause(q.like);
  const sql = `select ${facets.map(([name, c]) => `count(*) filter (where ${c.sql})::int as "${name}"`).join(', ')} from "case" c where ${search.sql}`;
  const [row] = await em.execute<QueueCounts[]>(sql, [...facets.flatMap(([, c]) => c.params), ...search.params]);
  return row;
}
