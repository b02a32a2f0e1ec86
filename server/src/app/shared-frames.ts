import type { ExecutionResult } from 'graphql';
import type { WebSocketServer } from 'ws';

/**
 * One `next` payload serialized once for every socket it goes to.
 *
 * graphql-ws writes each `next` as `JSON.stringify({ id, type: 'next', payload })`, once per
 * subscriber, although subscribers that share an execution (shared-execution.ts: same document,
 * variables and role) get the very same result object. `onNext` hands graphql-ws this wrapper
 * instead of the result: it passes graphql-ws's checks (an object), and when graphql-ws stringifies
 * the message its `toJSON` yields a short marker in place of the payload. The socket's `send` (see
 * `sendSharedFrames`), called synchronously right after that stringify, puts the payload's JSON,
 * made once, where the marker is. The frame on the wire is byte for byte what graphql-ws would have
 * sent: `{"id":…,"type":"next","payload":<the result's JSON>}`.
 *
 * Safe to share because nothing in the JSON depends on the socket: the id is not in it (it stays in
 * the text graphql-ws built for this socket), and the result is the same object for every
 * subscriber of the key. A result with errors is never wrapped: its errors carry the operation's own
 * request id, so it is formatted and serialized per subscriber as before.
 */
export class SharedPayload {
  private static count = 0;
  /** `"payload":"<marker>"}`, how the end of graphql-ws's text reads for this payload. */
  readonly tail: string;
  private readonly marker: string;
  private text: string | null = null;

  constructor(private readonly result: ExecutionResult) {
    // A NUL (escaped by JSON as \u0000) and a counter: no id a client picks can end a message like this.
    this.marker = `\u0000shared-payload:${(SharedPayload.count += 1)}`;
    this.tail = `"payload":${JSON.stringify(this.marker)}}`;
  }

  /** What the payload would have been: the result itself (it has no errors). */
  get data(): ExecutionResult['data'] {
    return this.result.data;
  }

  /** The result's JSON, made on first use. */
  get json(): string {
    return (this.text ??= JSON.stringify(this.result));
  }

  /** Called by graphql-ws's stringify: the marker, noted as the payload the next send must fill in. */
  toJSON(): string {
    notePending(this);
    return this.marker;
  }
}

/** The payload whose marker was just stringified and not yet sent; stringify and send are back to back. */
let pending: SharedPayload | null = null;

/** Notes `payload` as the one whose marker the next send replaces. */
function notePending(payload: SharedPayload): void {
  pending = payload;
}

const wrapped = new WeakMap<ExecutionResult, SharedPayload>();

/** The shared payload of an error-free result, one per result object. */
export function sharedPayload(result: ExecutionResult): SharedPayload {
  let payload = wrapped.get(result);
  if (!payload) wrapped.set(result, (payload = new SharedPayload(result)));
  return payload;
}

/** The text to send: graphql-ws's message with a shared payload's marker replaced by the payload's JSON. */
export function withSharedPayload(text: string): string {
  const payload = pending;
  if (payload === null) return text;
  pending = null;
  if (!text.endsWith(payload.tail)) return text;
  return `${text.slice(0, text.length - payload.tail.length)}"payload":${payload.json}}`;
}

/**
 * Makes every socket of `wss` fill in shared payloads as it sends. Registered before graphql-ws's
 * `useServer`, whose send calls `socket.send` of the socket at the time of sending.
 */
export function sendSharedFrames(wss: WebSocketServer): void {
  wss.on('connection', (socket) => {
    const send = socket.send.bind(socket);
    socket.send = ((data: unknown, ...rest: unknown[]) =>
      (send as (...args: unknown[]) => void)(typeof data === 'string' ? withSharedPayload(data) : data, ...rest)) as typeof socket.send;
  });
}
