import { createSourceEventStream, execute, Kind, print, type DocumentNode, type ExecutionArgs, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../shared/context.js';
import { CaseEventStream } from '../shared/events/case-event-stream.js';
import { deliveryTargetOf } from './room-broadcast/direct-delivery.js';
import { broadcastToSocket } from './room-broadcast/room-broadcast.js';

const printed = new WeakMap<DocumentNode, string>();
const results = new WeakMap<object, Map<string, ExecutionResult | Promise<ExecutionResult>>>();

/**
 * Subscriptions whose subscribers all stand in the same relation to every event they get: one
 * case's feed, which a member recused from that case cannot hold. There, no field under CaseEvent
 * depends on who asks beyond the role. Elsewhere (the panel's feed spans cases, and what a member
 * recused from one of them gets of its events is less) each subscriber executes its own.
 */
const SHARED_BY_ROLE: ReadonlySet<string> = new Set(['caseEvents']);

function rootFieldOf(args: ExecutionArgs): string | undefined {
  const op = args.document.definitions.find((d): d is OperationDefinitionNode =>
    d.kind === Kind.OPERATION_DEFINITION && (args.operationName == null || d.name?.value === args.operationName));
  const first = op?.selectionSet.selections[0];
  return first?.kind === Kind.FIELD ? first.name.value : undefined;
}

/**
 * What makes two subscribers' results for one event identical: the same document, variables and
 * role (and, outside SHARED_BY_ROLE, the same viewer). Events of the log are shared objects (one
 * tail per case and instance), so one execution serves every such subscriber. Streams whose events
 * are per viewer (inbox, presence) yield their own objects and share nothing anyway.
 */
function keyOf(args: ExecutionArgs): string {
  let text = printed.get(args.document);
  if (text === undefined) printed.set(args.document, (text = print(args.document)));
  const viewer = (args.contextValue as Context | undefined)?.viewer;
  const who = SHARED_BY_ROLE.has(rootFieldOf(args) ?? '') ? (viewer?.role ?? '') : `${viewer?.role ?? ''}:${viewer?.id ?? ''}`;
  return `${who}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}|${text}`;
}

type Outcome = ExecutionResult | Promise<ExecutionResult>;

/**
 * The result of `event` for `key`: executed by the first subscriber that asks, then reused by every
 * other. Kept as the plain result once known (graphql's execute is synchronous when no resolver
 * waits), so most subscribers take it without another promise.
 */
function executeOnce(args: ExecutionArgs, event: unknown, key: string): Outcome {
  if (typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event });
  let byKey = results.get(event);
  if (!byKey) results.set(event, (byKey = new Map()));
  let result = byKey.get(key);
  if (result === undefined) {
    result = execute({ ...args, rootValue: event });
    byKey.set(key, result);
    if (result instanceof Promise) {
      const held = byKey;
      void result.then((value) => { if (held.get(key) === result) held.set(key, value); }, () => undefined);
    }
  }
  return result;
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/**
 * graphql's `subscribe`, except that each event is executed once per key instead of once per
 * subscriber; a feed of the log whose socket is known (ws.ts) writes its frames there itself
 * (room-broadcast/room-broadcast.ts) instead of going through graphql-ws's loop.
 */
export async function sharedSubscribe(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
  const key = keyOf(args);
  const target = deliveryTargetOf(args.contextValue);
  if (target && source instanceof CaseEventStream) return broadcastToSocket(source, target, key, (event) => execute({ ...args, rootValue: event }));
  const events = source as AsyncGenerator<unknown>;
  // One step per event and subscriber: the source's own promise, then the shared result (one more
  // promise only while that result is still being computed).
  const step = (s: IteratorResult<unknown>): IteratorResult<ExecutionResult> | Promise<IteratorResult<ExecutionResult>> => {
    if (s.done) return DONE;
    const result = executeOnce(args, s.value, key);
    return result instanceof Promise ? result.then((value) => ({ done: false, value })) : { done: false, value: result };
  };
  const mapped = {
    next() {
      return events.next().then(step);
    },
    async return() {
      await events.return?.(undefined);
      return DONE;
    },
    async throw(error: unknown) {
      await events.return?.(undefined);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  } as AsyncGenerator<ExecutionResult>;
  return mapped;
}
