/** The fields the benchmark's subscription selects, in selection order (graphql-js keeps it). */
export interface TickEvent {
  seq: string;
  kind: string;
  at: string;
  payload: TickPayload;
}

/** What the benchmark writes into each event: when it was sent, which tick it is, and the kind's own field. */
export interface TickPayload {
  // Key order as jsonb returns it (shorter keys first), so rebuilt frames match byte for byte.
  i: number;
  sentAt: number;
  commentId: string;
}

/**
 * The kind the ticks are logged as: a kind of the registry (server/src/shared/events/event-kinds.ts;
 * the feed answers only those), one that asks the feed for no look-up (a comment's removal, by id),
 * and its name on the wire (the CaseEventKind enum).
 */
export const TICK_KIND = 'comment.deleted';
export const TICK_WIRE_KIND = 'COMMENT_DELETED';
/** The removed comment the ticks name: none of the case's (the feed does not look it up). */
export const TICK_COMMENT_ID = '00000000-0000-4000-8000-000000000000';

export const FEED = 'subscription($id: ID!) { caseEvents(caseId: $id) { seq kind at payload } }';

/**
 * The text graphql-ws sends for one event of the feed: `{"id","type":"next","payload":{"data":…}}`,
 * as its server stringifies it. The baseline broadcasts exactly this, so both sides move the same bytes.
 */
export function eventFrame(id: string, event: TickEvent): string {
  return JSON.stringify({ id, type: 'next', payload: { data: { caseEvents: event } } });
}

/** The id and event of a frame, or null when it is not a `next` of the feed. */
export function parseFrame(text: string): { id: string; event: TickEvent } | null {
  const msg = JSON.parse(text) as { id?: string; type?: string; payload?: { data?: { caseEvents?: TickEvent } } };
  const event = msg.payload?.data?.caseEvents;
  return msg.type === 'next' && msg.id && event ? { id: msg.id, event } : null;
}
