import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GqlResult } from './graphql-http.js';

export interface Received<T> {
  items: T[];
  errors: unknown[];
  done: Promise<void>;
  until: (n: number, ms?: number) => Promise<T[]>;
  stop: () => void;
}

/** A real graphql-ws client over a real socket, signed in with `token`. */
export function wsClient(httpUrl: string, token: string): Client {
  return createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
  });
}

/** Subscribes and collects every `data[field]` until stopped; `until(n)` waits for n items. */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>, field: string): Received<T> {
  const items: T[] = [];
  const errors: unknown[] = [];
  const listeners: (() => void)[] = [];
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const stop = client.subscribe<Record<string, T>>({ query, variables }, {
    next: (r) => {
      if (r.errors) errors.push(...r.errors);
      if (r.data) items.push(r.data[field]);
      listeners.forEach((l) => l());
    },
    error: (e) => { errors.push(e); finish(); listeners.forEach((l) => l()); },
    complete: () => { finish(); listeners.forEach((l) => l()); },
  });
  const until = (n: number, ms = 5_000) =>
    new Promise<T[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`got ${items.length} of ${n} in ${ms} ms: ${JSON.stringify(errors)}`)), ms);
      const check = () => { if (items.length >= n) { clearTimeout(timer); resolve(items.slice(0, n)); } };
      listeners.push(check);
      check();
    });
  return { items, errors, done, until, stop };
}

/** One operation over graphql-ws: its data, or the errors it ended with. */
export function overWs<T = Record<string, unknown>>(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
  return new Promise((resolve) => {
    let result: GqlResult<T> = {};
    client.subscribe({ query, variables }, {
      next: (r) => { result = r as GqlResult<T>; },
      error: (e) => resolve({ errors: Array.isArray(e) ? e : [e as never] }),
      complete: () => resolve(result),
    });
  });
}
