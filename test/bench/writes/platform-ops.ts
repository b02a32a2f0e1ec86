import type { WriteOp } from './load.js';
import type { KeepAliveGraphql } from './keep-alive-client.js';
import type { Panel } from './panel.js';
import { commentBody, voteChoice, voteReasoning } from './texts.js';

// Only the id comes back: the benchmark measures the write, not the reading of the result.
const ADD_COMMENT = 'mutation AddComment($caseId: ID!, $body: String!) { addComment(caseId: $caseId, body: $body) { id } }';
const CAST_VOTE =
  'mutation CastVote($roundId: ID!, $choice: VoteChoice!, $reasoning: String) { castVote(roundId: $roundId, choice: $choice, findings: [], reasoning: $reasoning) { id } }';

/** `addComment` over HTTP; write i is posted by author i mod 8 to case i mod cases.length. */
export function platformAddComment(http: KeepAliveGraphql, panel: Panel, cases: readonly string[]): WriteOp {
  if (cases.length === 0) throw new Error('writes: addComment needs at least one case');
  return async (i) => {
    const author = panel.authors[i % panel.authors.length];
    const caseId = cases[i % cases.length];
    const data = await http.post<{ addComment: { id: string } }>(ADD_COMMENT, { caseId, body: commentBody(i) }, author.token);
    return data.addComment.id;
  };
}

/**
 * `castVote` over HTTP; write i is voter i mod 6, so with more clients than voters one member's
 * votes overlap, and every vote waits for the case's and the round's row locks: the product's own serialisation.
 */
export function platformCastVote(http: KeepAliveGraphql, panel: Panel, roundId: string): WriteOp {
  return async (i) => {
    const voter = panel.voters[i % panel.voters.length];
    const data = await http.post<{ castVote: { id: string } }>(CAST_VOTE, { roundId, choice: voteChoice(i), reasoning: voteReasoning(i) }, voter.token);
    return data.castVote.id;
  };
}
