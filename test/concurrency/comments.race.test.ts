// Issue 14, item 2: the case room's thread raced on one case. Several members add comments and
// replies, edit their own comments (twice at once), delete them while the chair or the deputy
// moderates the same ones, and one tries to edit someone else's — all at the same moment, on a fresh
// case each iteration. Whatever the interleaving, the thread must be one a serial order of the same
// calls gives (see server/src/test-support/race.ts): every acknowledged add is there (a delete
// leaves its tombstone), an edit applies only to a comment not deleted before it, every revision
// keeps the text it replaced, one event per acknowledged write; no INTERNAL, no deadlock.
import { describe, it } from 'vitest';
import { query } from '../../server/src/test-support/databases.js';
import { applicationInput, REGISTER } from '../../server/src/test-support/factories.js';
import { raceSuite, type RaceCall, type SerialModel, type Step } from '../../server/src/test-support/race.js';

const ITERATIONS = 15;
const CHAIRS = ['chair', 'deputy'];

/**
 * The codes a serial order can answer each call with, read from deliberation/comment.service.ts and comment.policy.ts:
 * - addComment: none (every writer here may write in the room; replying to a deleted comment is allowed).
 * - editComment: FORBIDDEN when the comment was deleted first, or the viewer is not its author.
 * - deleteComment: FORBIDDEN when the comment was deleted first (authors, the chair and the deputy may delete).
 */
const ALLOWED = { addComment: [], editComment: ['FORBIDDEN'], deleteComment: ['FORBIDDEN'] } as const;

const ADD = 'mutation($c: ID!, $b: String!, $p: ID) { addComment(caseId: $c, body: $b, parentId: $p) { id } }';
const EDIT = 'mutation($id: ID!, $b: String!) { editComment(id: $id, body: $b) { id } }';
const DELETE = 'mutation($id: ID!) { deleteComment(id: $id) { id } }';
const THREAD = 'query($id: ID!) { case(id: $id) { comments { id parentId body deleted revisions { body } replies { id parentId body deleted revisions { body } } } } }';

interface Args { id?: string; body?: string; parent?: string | null }
type Call = RaceCall<Args>;

const suite = raceSuite('comments.race', ITERATIONS);

interface Comment { author: string; body: string; parent: string | null; deleted: boolean; deletedBy: string | null; revisions: string[] }
type Thread = Record<string, Comment>;

/** The seeded thread, written one after another before the race: s1…s5 top-level, s6 a reply to s1. */
async function seed(caseId: string, n: number): Promise<{ ids: Record<string, string>; thread: Thread }> {
  const plan: [string, string, string | null][] = [['s1', 'member1', null], ['s2', 'member2', null], ['s3', 'advisor', null], ['s4', 'member1', null], ['s5', 'member3', null], ['s6', 'member2', 's1']];
  const ids: Record<string, string> = {};
  const thread: Thread = {};
  for (const [key, who, parent] of plan) {
    const body = `Первое мнение ${key} (${n})`;
    const r = await suite.tp.gql<{ addComment: { id: string } }>(ADD, { c: caseId, b: body, p: parent ? ids[parent] : null }, suite.t[who]);
    if (!r.data?.addComment) throw new Error(`setup: addComment ${key}: ${JSON.stringify(r.errors)}`);
    ids[key] = r.data.addComment.id;
    thread[ids[key]] = { author: who, body, parent: parent ? ids[parent] : null, deleted: false, deletedBy: null, revisions: [] };
  }
  return { ids, thread };
}

/** The race of one iteration: 20 calls on one thread. */
function raceCalls(caseId: string, s: Record<string, string>, n: number): Call[] {
  const add = (who: string, body: string, parent: string | null = null): Call => ({
    label: `${who} addComment "${body}"`, op: 'addComment', who, args: { body, parent }, doc: ADD, vars: { c: caseId, b: body, p: parent }, allowed: ALLOWED.addComment,
  });
  const edit = (who: string, key: string, body: string): Call => ({ label: `${who} editComment ${key} "${body}"`, op: 'editComment', who, args: { id: s[key], body }, doc: EDIT, vars: { id: s[key], b: body }, allowed: ALLOWED.editComment });
  const del = (who: string, key: string): Call => ({ label: `${who} deleteComment ${key}`, op: 'deleteComment', who, args: { id: s[key] }, doc: DELETE, vars: { id: s[key] }, allowed: ALLOWED.deleteComment });
  return [
    // s1: two edits by its author ∥ its author's delete ∥ the chair's delete ∥ replies to it (directly and through s6).
    edit('member1', 's1', `Уточнение A (${n})`), edit('member1', 's1', `Уточнение B (${n})`), del('member1', 's1'), del('chair', 's1'),
    add('member3', `Ответ на s1 (${n})`, s.s1), add('advisor', `Ответ через s6 (${n})`, s.s6),
    // s2: an edit and a delete by its author ∥ the deputy's delete ∥ an edit by someone else (always refused).
    edit('member2', 's2', `Исправлено (${n})`), del('member2', 's2'), del('deputy', 's2'), edit('member1', 's2', `Чужое (${n})`),
    // s3: two edits by its author.
    edit('advisor', 's3', `Мнение эксперта A (${n})`), edit('advisor', 's3', `Мнение эксперта B (${n})`),
    // s4: an edit by its author ∥ the chair's delete ∥ a reply.
    edit('member1', 's4', `Дополнение (${n})`), del('chair', 's4'), add('member2', `Ответ на s4 (${n})`, s.s4),
    // s5: an edit by its author.
    edit('member3', 's5', `Пересмотрено (${n})`),
    // New top-level comments.
    add('member1', `Новое мнение member1 (${n})`), add('member2', `Новое мнение member2 (${n})`), add('chair', `Новое мнение chair (${n})`), add('deputy', `Новое мнение deputy (${n})`),
  ];
}

interface Observed {
  bodyOf: Map<string, string>;
  rows: Thread;
  api: unknown;
}

function model(initial: Thread, observed: Observed): SerialModel<Thread, Call> {
  return {
    initial,
    matches(c, head) {
      if (head.actor !== c.who) return false;
      switch (c.op) {
        // A new comment's id is only in the log: the call is known by its (unique) text.
        case 'addComment': return head.kind === 'comment.added' && observed.bodyOf.get(String(head.payload.commentId)) === c.args.body;
        case 'editComment': return head.kind === 'comment.edited' && head.payload.commentId === c.args.id;
        case 'deleteComment': return head.kind === 'comment.deleted' && head.payload.commentId === c.args.id;
        default: return false;
      }
    },
    step(s, c, head): Step<Thread> {
      switch (c.op) {
        case 'addComment': {
          if (!head) return { refused: 'none: a serial order accepts every addComment here' };
          const id = head.payload.commentId as string;
          const parent = c.args.parent ? s[c.args.parent].parent ?? c.args.parent : null; // one level of replies
          s[id] = { author: c.who, body: c.args.body!, parent, deleted: false, deletedBy: null, revisions: [] };
          return { state: s, events: [{ kind: 'comment.added', actor: c.who, payload: { commentId: id, parentId: parent } }] };
        }
        case 'editComment': {
          const comment = s[c.args.id!];
          if (comment.deleted || comment.author !== c.who) return { refused: 'FORBIDDEN' };
          if (comment.body === c.args.body) return { state: s, events: [] };
          comment.revisions.push(comment.body);
          comment.body = c.args.body!;
          return { state: s, events: [{ kind: 'comment.edited', actor: c.who, payload: { commentId: c.args.id } }] };
        }
        case 'deleteComment': {
          const comment = s[c.args.id!];
          if (comment.deleted || (comment.author !== c.who && !CHAIRS.includes(c.who))) return { refused: 'FORBIDDEN' };
          Object.assign(comment, { deleted: true, deletedBy: c.who });
          return { state: s, events: [{ kind: 'comment.deleted', actor: c.who, payload: { commentId: c.args.id } }] };
        }
        default: throw new Error(`no model for ${c.op}`);
      }
    },
    finalProblems(s) {
      const p: string[] = [];
      const ids = [...new Set([...Object.keys(s), ...Object.keys(observed.rows)])].sort();
      for (const id of ids) {
        const want = s[id] && { ...s[id], revisions: [...s[id].revisions].sort() };
        const got = observed.rows[id] && { ...observed.rows[id], revisions: [...observed.rows[id].revisions].sort() };
        if (JSON.stringify(got) !== JSON.stringify(want)) p.push(`comment ${want?.body ?? got?.body}: stored ${JSON.stringify(got ?? null)}, a serial order gives ${JSON.stringify(want ?? null)}`);
      }
      // The thread as clients read it: top-level comments with their replies; a deleted one as a tombstone.
      const view = (id: string) => ({
        id, parentId: s[id].parent, body: s[id].deleted ? null : s[id].body, deleted: s[id].deleted,
        revisions: s[id].deleted ? [] : [...s[id].revisions].sort().map((body) => ({ body })),
      });
      const wantApi = ids.filter((id) => s[id] && !s[id].parent).map((id) => ({ ...view(id), replies: ids.filter((r) => s[r]?.parent === id).map(view) }));
      if (JSON.stringify(observed.api) !== JSON.stringify(wantApi)) p.push(`API thread: ${JSON.stringify(observed.api)}, a serial order gives ${JSON.stringify(wantApi)}`);
      return p;
    },
  };
}

type ApiComment = { id: string; parentId: string | null; body: string | null; deleted: boolean; revisions: { body: string }[]; replies?: ApiComment[] };

async function observe(caseId: string): Promise<Observed> {
  const name = (id: string | null) => (id ? suite.accounts.name.get(id) ?? id : null);
  const rows = await query<{ id: string; author_id: string; body: string; parent_id: string | null; deleted: boolean; deleted_by_id: string | null }>(suite.tp.dbUrl,
    'select id, author_id, body, parent_id, deleted_at is not null as deleted, deleted_by_id from comment where case_id = $1', [caseId]);
  const revisions = await query<{ comment_id: string; body: string }>(suite.tp.dbUrl,
    'select r.comment_id, r.body from comment_revision r join comment c on c.id = r.comment_id where c.case_id = $1', [caseId]);
  const thread: Thread = {};
  for (const r of rows) {
    thread[r.id] = { author: name(r.author_id)!, body: r.body, parent: r.parent_id, deleted: r.deleted, deletedBy: name(r.deleted_by_id), revisions: revisions.filter((x) => x.comment_id === r.id).map((x) => x.body) };
  }
  const api = await suite.tp.gql<{ case: { comments: ApiComment[] } | null }>(THREAD, { id: caseId }, suite.t.secretary);
  // Sorted by id, as the model lists them; revisions sorted by text (two edits in one millisecond have no order).
  const sortView = (c: ApiComment): ApiComment => ({ ...c, revisions: [...c.revisions].sort((a, b) => (a.body < b.body ? -1 : a.body > b.body ? 1 : 0)), ...(c.replies ? { replies: [...c.replies].sort(byId).map(sortView) } : {}) });
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  const comments = api.data?.case?.comments;
  return {
    // Comments added in the race are never edited (edits target seeded ones): their body is the text they were added with.
    bodyOf: new Map(rows.map((r) => [r.id, r.body])),
    rows: thread,
    api: comments ? [...comments].sort(byId).map(sortView) : api.errors,
  };
}

describe('comments ∥ edits ∥ deletes by several members, on one case', () => {
  it.each(Array.from({ length: ITERATIONS }, (_, i) => i + 1))('iteration %i: every answer and the thread are those of a serial order; no INTERNAL, no deadlock', async (n) => {
    const kase = (await suite.tp.gql(REGISTER, { input: applicationInput() }, suite.t.secretary)).data!.registerApplication as { id: string };
    const { ids, thread } = await seed(kase.id, n);
    const { problems } = await suite.check(kase.id, raceCalls(kase.id, ids, n), 2_000 + n, () => observe(kase.id), (observed) => model(thread, observed));
    suite.expectClean(n, problems);
  });

  suite.deadlockTest();
});
