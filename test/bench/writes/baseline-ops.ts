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

/** appendEvent of event-log.ts: the log's lock (held until commit), the row, the wake-up. */
async function appendEvent(c: PooledClient, caseId: string, kind: string, actorId: string, payload: Record<string, unknown>): Promise<void> {
  await c.query('select pg_advisory_xact_lock($1)', [EVENT_LOG_LOCK]);
  await c.query('insert into case_event (case_id, kind, actor_id, payload) values ($1, $2, $3, $4::jsonb) returning seq, case_id', [caseId, kind, actorId, JSON.stringify(payload)]);
  await c.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, caseId]);
}

/**
 * CommentService.add as hand-written SQL, statement for statement: the case with the author's
 * recusal (one read), the comment row, then the event (lock, insert, NOTIFY) and commit. Same author rotation and bodies.
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
  votes_visible: boolean;
}

/**
 * VotingService.cast as hand-written SQL: the round locked until commit with its case's recusals
 * and the visibility setting (one read), the previous vote superseded, the new one inserted, the
 * current votes tallied (the same pure `tally`), then the event and commit. It never closes the
 * round: member5 never votes.
 */
export function baselineCastVote(pool: PgPool, panel: Panel, roundId: string): WriteOp {
  return (i) => {
    const voter = panel.voters[i % panel.voters.length];
    const choice = voteChoice(i);
    const reasoning = voteReasoning(i).trim() || null;
    return transaction(pool, async (c) => {
      const { rows: [round] } = await c.query<RoundRow>(
        `select r.id, r.case_id, r.open, r.eligible_ids, r.chair_id, r.rule,
           array(select member_id::text from recusal where case_id = r.case_id) as recused_ids,
           (select votes_visible_before_close from panel_settings where id = 1) as votes_visible
         from voting_round r where r.id = $1 for update of r`,
        [roundId],
      );
      if (!round) throw new Error('NOT_FOUND: round');
      if (!round.open) throw new Error('INVALID_TRANSITION: round closed');
      const recused = new Set(round.recused_ids);
      if (!round.eligible_ids.includes(voter.id) || recused.has(voter.id)) throw new Error('FORBIDDEN: not a voter');
      await c.query('update vote set superseded_at = $1 where round_id = $2 and member_id = $3 and superseded_at is null', [new Date(), roundId, voter.id]);
      const id = randomUUID();
      await c.query('insert into vote (id, created_at, round_id, member_id, choice, reasoning, findings) values ($1, $2, $3, $4, $5, $6, $7::jsonb)', [id, new Date(), roundId, voter.id, choice, reasoning, '[]']);
      const { rows: votes } = await c.query<{ member_id: string; choice: typeof choice }>('select member_id, choice from vote where round_id = $1 and superseded_at is null', [roundId]);
      const eligible = round.eligible_ids.filter((m) => !recused.has(m));
      const current = tally({ eligible, votes: votes.map((v) => ({ memberId: v.member_id, choice: v.choice })), chairId: round.chair_id, rule: round.rule });
      const payload = round.votes_visible ? { choice, tally: current } : { voted: current.voted, eligible: current.eligible };
      await appendEvent(c, round.case_id, 'vote.cast', voter.id, { roundId, ...payload });
      if (current.voted === current.eligible) throw new Error('writes: every eligible member voted; the baseline does not close rounds');
      return id;
    });
  };
}
