import type { KeepAliveGraphql } from '../writes/keep-alive-client.js';
import { caseInReview, openRound, type Panel } from '../writes/panel.js';
import { commentBody, voteChoice, voteReasoning } from '../writes/texts.js';

const ADD_COMMENT = 'mutation($caseId: ID!, $body: String!, $parentId: ID) { addComment(caseId: $caseId, body: $body, parentId: $parentId) { id } }';
const EDIT_COMMENT = 'mutation($id: ID!, $body: String!) { editComment(id: $id, body: $body) { id } }';
const CAST_VOTE = 'mutation($roundId: ID!, $choice: VoteChoice!, $reasoning: String) { castVote(roundId: $roundId, choice: $choice, findings: [], reasoning: $reasoning) { id } }';

/** Every 5th comment answers the last top-level one; every 10th mentions a member; the first two are edited once. */
const REPLY_EVERY = 5;
const MENTION_EVERY = 10;
const EDITED = 2;

/**
 * One case room as the budget describes it, built through the platform's own mutations: a case in
 * review, `comments` comments by the eight commenting accounts (replies, mentions, edits among
 * them), then an open voting round with a vote from each of six members (member5 never votes, so
 * the round stays open, as in a room under deliberation).
 */
export async function seedRoom(url: string, http: KeepAliveGraphql, panel: Panel, comments: number): Promise<string> {
  const caseId = await caseInReview(url, panel);
  let topLevel: string | null = null;
  const edits: { id: string; token: string }[] = [];
  for (let i = 0; i < comments; i++) {
    const author = panel.authors[i % panel.authors.length];
    const reply: boolean = i % REPLY_EVERY === REPLY_EVERY - 1 && topLevel !== null;
    const body = i % MENTION_EVERY === MENTION_EVERY - 1 ? `@member2 ${commentBody(i)}`.slice(0, 200) : commentBody(i);
    const { addComment }: { addComment: { id: string } } = await http.post<{ addComment: { id: string } }>(ADD_COMMENT, { caseId, body, parentId: reply ? topLevel : null }, author.token);
    if (!reply) topLevel = addComment.id;
    if (edits.length < EDITED) edits.push({ id: addComment.id, token: author.token });
  }
  for (const e of edits) await http.post(EDIT_COMMENT, { id: e.id, body: `${commentBody(1000)} (исправлено / түзетілді)`.slice(0, 200) }, e.token);
  const roundId = await openRound(url, panel, caseId);
  for (const [i, voter] of panel.voters.entries()) {
    await http.post(CAST_VOTE, { roundId, choice: voteChoice(i), reasoning: voteReasoning(i) }, voter.token);
  }
  return caseId;
}

/** `count` rooms, `parallel` at a time. */
export async function seedRooms(url: string, http: KeepAliveGraphql, panel: Panel, count: number, comments: number, parallel = 4): Promise<string[]> {
  const ids: string[] = [];
  for (let first = 0; first < count; first += parallel) {
    ids.push(...(await Promise.all(Array.from({ length: Math.min(parallel, count - first) }, () => seedRoom(url, http, panel, comments)))));
  }
  return ids;
}
