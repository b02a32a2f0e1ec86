/** The fields the benchmark's subscription selects, in selection order (graphql-js keeps it). */
export interface TickEvent {
  seq: string;
  kind: string;
  at: string;
  payload: TickPayload;
}

/** What the benchmark writes into each event: when it was sent, and which tick it is. */
export interface TickPayload {
  // Key order as jsonb returns it (shorter keys first), so rebuilt frames match byte for byte.
  i: number;
  sentAt: number;
}

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
