import { createSourceEventStream, execute, print, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Context } from './context.js';

const printed = new WeakMap<DocumentNode, string>();
const results = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

/**
 * What makes two subscribers' results for one event identical: the same document, variables and
 * role. Events of the log are shared objects (one tail per case and instance), and no field under
 * CaseEvent depends on who asks beyond the role, so one execution serves every such subscriber.
 * Streams whose events are per viewer (inbox, presence) yield their own objects and share nothing.
 */
function keyOf(args: ExecutionArgs): string {
  let text = printed.get(args.document);
  if (text === undefined) printed.set(args.document, (text = print(args.document)));
  const role = (args.contextValue as Context | undefined)?.viewer?.role ?? '';
  return `${role}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}|${text}`;
}

function executeOnce(args: ExecutionArgs, event: unknown, key: string): Promise<ExecutionResult> {
  if (typeof event !== 'object' || event === null) return Promise.resolve(execute({ ...args, rootValue: event }));
  let byKey = results.get(event);
  if (!byKey) results.set(event, (byKey = new Map()));
  let result = byKey.get(key);
  if (!result) byKey.set(key, (result = Promise.resolve(execute({ ...args, rootValue: event }))));
  return result;
}

/** graphql's `subscribe`, except that each event is executed once per key instead of once per subscriber. */
export async function sharedSubscribe(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
  const events = source as AsyncGenerator<unknown>;
  const key = keyOf(args);
  const mapped = {
    async next() {
      const step = await events.next();
      return step.done ? { done: true, value: undefined } : { done: false, value: await executeOnce(args, step.value, key) };
    },
    async return() {
      await events.return?.(undefined);
      return { done: true, value: undefined };
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
