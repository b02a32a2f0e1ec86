import { randomUUID } from 'node:crypto';
import { tally, type VotingRule } from '../../../server/src/modules/voting/tally.js';
import type { WriteOp } from './load.js';
import type { Panel } from './panel.js';
import type { PgPool, PooledClient } from './pool.js';
import { commentBody, voteChoice, voteReasoning } from './texts.js';

/** The advisory lock and channel of server/src/shared/events/event-log.ts: writes here must look like the server's. */
const EVENT_LOG_LOCK = 7_310_001;
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

/** appendEvent of event-log.ts, one statement: the log's lock (held until commit), the row, its wake-up. */
async function appendEvent(c: PooledClient, caseId: string, kind: string, actorId: string, payload: Record<string, unknown>): Promise<void> {
  await c.query(
    `insert into case_event (case_id, kind, actor_id, payload)
     select e.case_id, e.kind, e.actor_id, e.payload
       from (select pg_advisory_xact_lock($1)) as log_lock, (values ($2::uuid, $3::text, $4::uuid, $5::jsonb)) as e (case_id, kind, actor_id, payload)
     returning seq, pg_notify($6, coalesce(case_id::text, $7))`,
    [EVENT_LOG_LOCK, caseId, kind, actorId, JSON.stringify(payload), EVENTS_CHANNEL, 'log'],
  );
}

/**
 * CommentService.add as hand-written SQL, statement for statement: the case with the author's
 * recusal (one read), the comment row, then the event (lock, row and NOTIFY in one statement) and commit. Same author rotation and bodies.
 */
export function baselineAddComment(pool: PgPool, panel: Panel, caseId: string): WriteOp {
  return (i) => {
    const author = panel.authors[i % panel.authors.length];
    const body = commentBody(i).trim();
    return transaction(pool, async (c) => {
      const { rows: [room] } = await c.query<{ recused: boolean }>(
        'select exists (select 1 from recusal r where r.case_id = c.id and r.member_id = $1) as recused from "case" c where c.id = $2',
        [author.id, caseId],
      );
      if (!room || room.recused) throw new Error('NOT_FOUND: case');
      const id = randomUUID();
      await c.query('insert into comment (id, created_at, case_id, author_id, parent_id, body) values ($1, $2, $3, $4, null, $5)', [id, new Date(), caseId, author.id, body]);
      await appendEvent(c, caseId, 'comment.added', author.id, { commentId: id, parentId: null, mentions: [] });
      return id;
    });
  };
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
 * VotingService.cast as hand-written SQL: the round's row locked until commit, then (a statement
 * later, to see what the transaction it waited for committed) the round with its case's recusals,
 * its current votes and the visibility setting; the previous vote superseded, the new one
 * inserted, the tally of the others' votes and this one (the same pure `tally`), then the event
 * and commit. It never closes the round: member5 never votes.
 */
export function baselineCastVote(pool: PgPool, panel: Panel, roundId: string): WriteOp {
  return (i) => {
    const voter = panel.voters[i % panel.voters.length];
    const choice = voteChoice(i);
    const reasoning = voteReasoning(i).trim() || null;
    return transaction(pool, async (c) => {
      const { rows: locked } = await c.query('select 1 from voting_round where id = $1 for update', [roundId]);
      if (locked.length === 0) throw new Error('NOT_FOUND: round');
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
      const payload = round.votes_visible ? { choice, tally: current } : { voted: current.voted, eligible: current.eligible };
      await appendEvent(c, round.case_id, 'vote.cast', voter.id, { roundId, ...payload });
      if (current.voted === current.eligible) throw new Error('writes: every eligible member voted; the baseline does not close rounds');
      return id;
    });
  };
}
