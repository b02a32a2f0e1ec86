import type { ExecutionResult } from 'graphql';
import { WebSocket } from 'ws';
import type { CaseEvent } from '../../shared/events/case-event.entity.js';
import type { CaseEventStream, Waiting } from '../../shared/events/case-event-stream.js';
import type { DeliveryTarget } from './direct-delivery.js';
import { PayloadGroups, PendingPayload, type Payload } from './shared-payloads.js';
import { frame, message, rawSocketOf } from './ws-frame.js';

const groups = new PayloadGroups();
const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });
/** Frames are text, as graphql-ws sends them, although they are handed to `ws` as bytes. */
const TEXT = Object.freeze({ binary: false });

/** The share keys with subscribers in this process (tests). */
export const payloadGroupCount = (): number => groups.size;

/**
 * A subscription of a room delivered by the room itself rather than by graphql-ws's loop.
 *
 * graphql-ws sends each event of a subscription through its own steps: the iterator's promise, an
 * awaited `onNext`, a stringify of the message and an awaited send, per subscriber and event. Here
 * the stream runs in push mode (case-event-stream.ts): when the room's log tail has read new events
 * it wakes every subscriber, and each writes `{"id":<its id>,"type":"next","payload":<JSON>}` to its
 * socket at once, the JSON made once per event for all subscribers of the share key (same document,
 * variables and role: shared-execution.ts). Each subscriber keeps its own place in the log and its
 * own admission (recusal, deactivation), so replay then live, exactly once and in order, holds as
 * before. The frame is byte for byte what graphql-ws would have sent.
 *
 * graphql-ws still owns the subscription: it gets an iterator whose single `next` settles only when
 * the stream ends — done when the viewer lost access (graphql-ws then sends `complete` after the last
 * frame), rejected when the stream failed (graphql-ws sends `error`) — and whose `return` (the
 * client's `complete`, or the socket closing) stops delivery at once. A result with errors is
 * formatted per subscriber by `target.errorPayload`, as graphql-ws's `onNext` would.
 */
export function broadcastToSocket(
  stream: CaseEventStream,
  target: DeliveryTarget,
  key: string,
  execute: (event: object) => ExecutionResult | Promise<ExecutionResult>,
): AsyncGenerator<ExecutionResult> {
  const { group, release } = groups.acquire(key);
  const { socket, id } = target;
  const head = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
  let stopped = false; // by graphql-ws (the client's `complete`, the socket closing): a result still being made is not sent
  const raw = rawSocketOf(socket);
  const write = (payload: Payload): void => {
    if (stopped || socket.readyState !== WebSocket.OPEN) return; // closing: graphql-ws returns the stream next
    if (payload.json === null) socket.send(JSON.stringify({ id, type: 'next', payload: target.errorPayload(payload.result) }));
    else if (raw) raw.write(frame(head, payload.json));
    else socket.send(message(head, payload.json), TEXT);
  };
  const deliver = (event: CaseEvent): Waiting | undefined => {
    const payload = group.of(event, execute);
    if (payload instanceof PendingPayload) return payload.wait(write);
    write(payload);
    return undefined;
  };
  let ended: Promise<IteratorResult<ExecutionResult>> | null = null;
  let stop: () => void = () => undefined;
  const handle = {
    // Called once by graphql-ws, after it has registered the subscription: delivery starts then.
    next(): Promise<IteratorResult<ExecutionResult>> {
      ended ??= new Promise<IteratorResult<ExecutionResult>>((resolve, reject) => {
        stop = () => resolve(DONE);
        stream.push({
          deliver,
          done: (error?: unknown) => {
            release();
            if (error === undefined) resolve(DONE);
            else reject(error instanceof Error ? error : new Error(String(error)));
          },
        });
      });
      return ended;
    },
    async return(): Promise<IteratorResult<ExecutionResult>> {
      stopped = true;
      await stream.return();
      release();
      stop();
      return DONE;
    },
    async throw(error: unknown): Promise<never> {
      await handle.return();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return handle;
    },
  };
  return handle as unknown as AsyncGenerator<ExecutionResult>;
}
