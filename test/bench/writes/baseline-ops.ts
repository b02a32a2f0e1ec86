import { randomUUID } from 'node:crypto';
import { tally } from '../../../server/src/modules/voting/tally.js';
import type { WriteOp } from './load.js';
import type { Panel } from './panel.js';
import type { PgPool, PooledClient } from './pool.js';
import { commentBody, voteChoice, voteReasoning } from './texts.js';
import type { VotingRule } from '../../../server/src/modules/settings/voting-rule.js';

/**
 * The global advisory lock every append took before migration event_watermark, and the channel of
 * server/src/shared/events/event-log.ts: only the "old global lock" variant uses the lock, to show
 * what it cost; the server no longer takes it.
 */
const OLD_EVENT_LOG_LOCK = 7_310_001;
const EVENTS_CHANNEL = 'case_events';

/** Runs `work` in one transaction on a pooled connection: begin … commit, or rollback on any error. */
async function transaction<T>(pool: PgPool, work: (c: PooledClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('begin');
    const result = await work(c);
    await c.query('commit');
    return result;
  } catch (e) {
    await c.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

/** An event as shared/write.ts queues it (NewEvent), appended at the end of the transaction. */
interface BaselineEvent {
  caseId: string;
  kind: string;
  actorId: string;
  payload: Record<string, unknown>;
}

/** How the transaction's events are appended, its last statement before `commit`. */
type Append = (c: PooledClient, events: BaselineEvent[]) => Promise<void>;

/**
 * appendEvents of event-log.ts: one statement, `case_event_append` (migration event_watermark),
 * which registers the transaction's floor (a shared advisory lock no other append waits for),
 * inserts the rows and wakes their topics at commit.
 */
const appendEvents: Append = async (c, events) => {
  await c.query('select case_event_append($1::jsonb) as seq', [JSON.stringify(events)]);
};

/**
 * The append as it was before migration event_watermark, one statement per event: the log's global
 * advisory lock (held until commit, so every append of every case waits for the previous one's
 * commit), the row and its wake-up. Bypasses the floor: only for the "old global lock" variant.
 */
const appendWithGlobalLock: Append = async (c, events) => {
  for (const e of events) {
    await c.query(
      `insert into case_event (case_id, kind, actor_id, payload)
       select e.case_id, e.kind, e.actor_id, e.payload
         from (select pg_advisory_xact_lock($1)) as log_lock, (values ($2::uuid, $3::text, $4::uuid, $5::jsonb)) as e (case_id, kind, actor_id, payload)
       returning seq, pg_notify($6, coalesce(case_id::text, $7))`,
      [OLD_EVENT_LOG_LOCK, e.caseId, e.kind, e.actorId, JSON.stringify(e.payload), EVENTS_CHANNEL, 'log'],
    );
  }
};

/** lockCaseRow of shared/locks.ts (step 1): the case's row until commit, for update or (a comment) for share; false when there is no such case. */
async function lockCaseRow(c: PooledClient, caseId: string, mode: 'for no key update' | 'for share' = 'for no key update'): Promise<boolean> {
  const { rows } = await c.query(`select 1 from "case" where "id" = $1 ${mode}`, [caseId]);
  return rows.length > 0;
}

/** lockInCaseRow of shared/locks.ts: the row's case read first, then the case (step 1) and the row (step 2) locked in order. */
async function lockInCaseRow(c: PooledClient, table: string, id: string): Promise<boolean> {
  const { rows: [row] } = await c.query<{ case_id: string }>(`select "case_id" from "${table}" where "id" = $1`, [id]);
  if (!row || !(await lockCaseRow(c, row.case_id))) return false;
  const { rows: locked } = await c.query(`select 1 from "${table}" where "id" = $1 for no key update`, [id]);
  return locked.length > 0;
}

/**
 * CommentService.add (without an idempotency key, as the platform side sends it) as hand-written
 * SQL, statement for statement: the case's row locked (step 1 of shared/locks.ts), the case with the
 * author's recusal (one read, a statement after the lock), the comment row, then the event appended
 * last (one statement) and commit. Write i goes to case i mod cases.length, by author i mod 8.
 */
function addComment(pool: PgPool, panel: Panel, cases: readonly string[], append: Append): WriteOp {
  if (cases.length === 0) throw new Error('writes: addComment needs at least one case');
  return (i) => {
    const author = panel.authors[i % panel.authors.length];
    const caseId = cases[i % cases.length];
    const body = commentBody(i).trim();
    return transaction(pool, async (c) => {
      if (!(await lockCaseRow(c, caseId, 'for share'))) throw new Error('NOT_FOUND: case');
      const { rows: [room] } = await c.query<{ recused: boolean }>(
        'select exists (select 1 from recusal r where r.case_id = c.id and r.member_id = $1) as recused from "case" c where c.id = $2',
        [author.id, caseId],
      );
      if (!room || room.recused) throw new Error('NOT_FOUND: case');
      const id = randomUUID();
      await c.query('insert into comment (id, created_at, case_id, author_id, parent_id, body) values ($1, $2, $3, $4, null, $5)', [id, new Date(), caseId, author.id, body]);
      await append(c, [{ caseId, kind: 'comment.added', actorId: author.id, payload: { commentId: id, parentId: null, mentions: [] } }]);
      return id;
    });
  };
}

/** addComment as the server writes it: write i to case i mod cases.length (one case: every write waits for the case's row). */
export function baselineAddComment(pool: PgPool, panel: Panel, cases: readonly string[]): WriteOp {
  return addComment(pool, panel, cases, appendEvents);
}

/**
 * The same statements, but the event appended as before migration event_watermark, under the log's
 * global lock: the difference from `baselineAddComment` is that lock alone.
 */
export function baselineAddCommentGlobalLock(pool: PgPool, panel: Panel, cases: readonly string[]): WriteOp {
  return addComment(pool, panel, cases, appendWithGlobalLock);
}

interface RoundRow {
  id: string;
  case_id: string;
  open: boolean;
  eligible_ids: string[];
  chair_id: string | null;
  rule: VotingRule;
  recused_ids: string[];
  votes: { memberId: string; choice: ReturnType<typeof voteChoice> }[];
  votes_visible: boolean;
}

/**
 * VotingService.cast as hand-written SQL (lockRoundForVote): the round's case read, the case's row
 * and then the round's locked until commit (votes of one case serialise), then (a statement later,
 * to see what the transaction it waited for committed) the round with its case's recusals, its
 * current votes and the visibility setting; the previous vote superseded, the new one inserted, the
 * tally of the others' votes and this one (the same pure `tally`), then the event appended last
 * and commit. It never closes the round: member5 never votes.
 */
export function baselineCastVote(pool: PgPool, panel: Panel, roundId: string): WriteOp {
  return (i) => {
    const voter = panel.voters[i % panel.voters.length];
    const choice = voteChoice(i);
    const reasoning = voteReasoning(i).trim() || null;
    return transaction(pool, async (c) => {
      if (!(await lockInCaseRow(c, 'voting_round', roundId))) throw new Error('NOT_FOUND: round');
      const { rows: [round] } = await c.query<RoundRow>(
        `select r.id, r.case_id, r.open, r.eligible_ids, r.chair_id, r.rule,
           array(select member_id::text from recusal where case_id = r.case_id) as recused_ids,
           coalesce((select json_agg(json_build_object('memberId', v.member_id, 'choice', v.choice)) from vote v where v.round_id = r.id and v.superseded_at is null), '[]') as votes,
           (select votes_visible_before_close from panel_settings where id = 1) as votes_visible
         from voting_round r where r.id = $1`,
        [roundId],
      );
      if (!round.open) throw new Error('INVALID_TRANSITION: round closed');
      const recused = new Set(round.recused_ids);
      if (!round.eligible_ids.includes(voter.id) || recused.has(voter.id)) throw new Error('FORBIDDEN: not a voter');
      await c.query('update vote set superseded_at = $1 where round_id = $2 and member_id = $3 and superseded_at is null', [new Date(), roundId, voter.id]);
      const id = randomUUID();
      await c.query('insert into vote (id, created_at, round_id, member_id, choice, reasoning, findings) values ($1, $2, $3, $4, $5, $6, $7::jsonb)', [id, new Date(), roundId, voter.id, choice, reasoning, '[]']);
      const votes = [...round.votes.filter((v) => v.memberId !== voter.id), { memberId: voter.id, choice }];
      const eligible = round.eligible_ids.filter((m) => !recused.has(m));
      const current = tally({ eligible, votes, chairId: round.chair_id, rule: round.rule });
      if (current.voted === current.eligible) throw new Error('writes: every eligible member voted; the baseline does not close rounds');
      const payload = round.votes_visible ? { choice, tally: current } : { voted: current.voted, eligible: current.eligible };
      await appendEvents(c, [{ caseId: round.case_id, kind: 'vote.cast', actorId: voter.id, payload: { roundId, ...payload } }]);
      return id;
    });
  };
}
