import { expect } from 'vitest';
import WebSocket, { type RawData } from 'ws';
import type { GqlError, GqlResult } from '../../server/src/test-support/graphql-http.js';
import type { TestPlatform } from '../../server/src/test-support/platform.js';

// Hostile tests run on startTestPlatform() as is: its GENEROUS_LIMITS leave only the case under test to refuse.

/** One HTTP answer from /graphql: status, raw text and the parsed body (null when not JSON). */
export interface Answer {
  status: number;
  text: string;
  body: GqlResult<unknown> | null;
}

export interface Send {
  token?: string;
  headers?: Record<string, string>;
  method?: 'POST' | 'GET';
}

/**
 * Posts `body` to /graphql as is: a string is sent raw, anything else as JSON. Raw fetch on purpose, not
 * gqlPost: hostile tests send malformed bodies, odd headers and GET requests, and read the raw text.
 */
export async function send(tp: TestPlatform, body: unknown, opts: Send = {}): Promise<Answer> {
  const method = opts.method ?? 'POST';
  const headers: Record<string, string> = {
    ...(method === 'POST' ? { 'content-type': 'application/json' } : { 'apollo-require-preflight': 'true' }),
    ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    ...opts.headers,
  };
  let url = `${tp.url}/graphql`;
  if (method === 'GET') url += `?${new URLSearchParams(body as Record<string, string>)}`;
  const res = await fetch(url, { method, headers, body: method === 'POST' ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined });
  const text = await res.text();
  let parsed: Answer['body'] = null;
  try { parsed = JSON.parse(text); } catch { /* asserted by the caller */ }
  return { status: res.status, text, body: parsed };
}

/** A GraphQL request by query and variables. */
export const ask = (tp: TestPlatform, query: string, variables?: unknown, token?: string) => send(tp, { query, variables }, { token });

// What an answer to a client must never contain: stack frames, source paths, SQL, database internals.
const LEAKS: [string, RegExp][] = [
  ['a stack frame', /\n\s+at |\bat [\w$.<>]+ \(|stacktrace/i],
  ['a source path', /\.(ts|js|mjs|cjs):\d+|node_modules|\/work\/|\/home\/|\/tmp\/|\/usr\/|file:\/\//],
  ['SQL', /\b(select|insert into|update|delete from)\b[^.]{0,80}\b(from|values|set|where)\b/i],
  ['a database error', /violates|constraint "|relation "|syntax error at or near|invalid byte sequence|unterminated|postgres|pg_|MikroORM|knex|DriverException/i],
];

export function expectNoLeak(text: string) {
  for (const [what, pattern] of LEAKS) expect(text, `the answer contains ${what}`).not.toMatch(pattern);
}

/** The error codes of an answer, in order. */
export const codes = (a: Answer) => (a.body?.errors ?? []).map((e) => e.extensions?.code);

/** The server still serves a signed-in query that reads the database. */
export async function expectStillServing(tp: TestPlatform, token: string) {
  const r = await tp.gql<{ me: { id: string } }>('{ me { id } }', {}, token);
  expect(r.errors).toBeUndefined();
  expect(r.data?.me.id).toMatch(/^[0-9a-f-]{36}$/);
}

/**
 * Runs a hostile request and checks the whole contract: every error carries `code` (the first one
 * exactly), no data for a refused root field, nothing leaks, the database is unchanged, and the
 * server still answers.
 */
export async function expectRefused(tp: TestPlatform, token: string, act: () => Promise<Answer>, code: string, status?: number): Promise<Answer> {
  const before = await tp.snapshot();
  const answer = await act();
  expect(answer.body, `not JSON: ${answer.text.slice(0, 200)}`).not.toBeNull();
  expect(codes(answer)[0], answer.text.slice(0, 500)).toBe(code);
  for (const e of answer.body!.errors!) expect(e.message.length).toBeLessThan(2_000);
  if (status !== undefined) expect(answer.status).toBe(status);
  expectNoLeak(answer.text);
  expect(answer.text.length, 'the answer echoes the hostile input').toBeLessThan(20_000);
  expect(await tp.snapshot()).toEqual(before);
  await expectStillServing(tp, token);
  return answer;
}

/** A frame the server sent (graphql-transport-ws), or `raw` when it was not JSON. */
export interface Frame {
  type?: string;
  id?: string;
  /** `next`: a NextPayload; `error`: the errors (GqlError[]); read it after checking `type`. */
  payload?: unknown;
  raw?: string;
}

/** The payload of a `next` frame. */
export type NextPayload = GqlResult<Record<string, unknown>>;

/** The errors a frame carries: an `error` frame's payload, or a `next` frame's errors (undefined when none). */
export const frameErrors = (f: Frame): GqlError[] | undefined =>
  f.type === 'error' ? (f.payload as GqlError[]) : f.type === 'next' ? (f.payload as NextPayload | undefined)?.errors : undefined;

/** A raw graphql-ws socket: frames in, frames out, and how it closed. */
export class RawSocket {
  readonly frames: Frame[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
    socket.on('message', (data: RawData) => {
      try { this.frames.push(JSON.parse(String(data))); } catch { this.frames.push({ raw: String(data) }); }
      this.waiters.forEach((w) => w());
    });
    socket.on('error', () => undefined);
  }

  /** Opens a socket; rejects with the HTTP status when the upgrade is refused. */
  static open(tp: TestPlatform, protocols: string | string[] | undefined = 'graphql-transport-ws', headers: Record<string, string> = {}): Promise<RawSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`${tp.url.replace(/^http/, 'ws')}/graphql`, protocols, { headers });
      const raw = new RawSocket(socket);
      socket.on('open', () => resolve(raw));
      socket.on('unexpected-response', (_req, res) => reject(Object.assign(new Error(`upgrade refused: ${res.statusCode}`), { status: res.statusCode })));
      socket.on('close', (code) => reject(Object.assign(new Error(`closed before opening: ${code}`), { code })));
    });
  }

  /** Opens a socket and completes the handshake with `token`. */
  static async ready(tp: TestPlatform, token: string): Promise<RawSocket> {
    const raw = await RawSocket.open(tp);
    raw.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    await raw.next((f) => f.type === 'connection_ack');
    return raw;
  }

  send(frame: unknown) {
    this.socket.send(typeof frame === 'string' || Buffer.isBuffer(frame) ? frame : JSON.stringify(frame));
  }

  /** The first frame (already received or still to come) that matches. */
  next(match: (f: Frame) => boolean, ms = 5_000): Promise<Frame> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame in ${ms} ms; got ${JSON.stringify(this.frames).slice(0, 500)}`)), ms);
      const check = () => {
        const found = this.frames.find(match);
        if (found) { clearTimeout(timer); this.waiters = this.waiters.filter((w) => w !== check); resolve(found); }
      };
      this.waiters.push(check);
      check();
    });
  }

  /** How the socket closed, or a rejection if it stays open for `ms`. */
  closeCode(ms = 5_000): Promise<number> {
    return Promise.race([
      this.closed.then((c) => c.code),
      new Promise<number>((_r, reject) => setTimeout(() => reject(new Error(`socket still open after ${ms} ms`)), ms)),
    ]);
  }

  /** The socket still answers a ping (graphql-ws keeps it open after an operation error). */
  async expectOpen() {
    const before = this.frames.filter((f) => f.type === 'pong').length;
    this.send({ type: 'ping' });
    await this.next(() => this.frames.filter((f) => f.type === 'pong').length > before);
    expect(this.socket.readyState).toBe(WebSocket.OPEN);
  }

  close() {
    this.socket.terminate();
  }
}

/** Nested selections n levels deep: `replies { replies { … id } }`. */
export const nest = (n: number, field = 'replies'): string => (n === 0 ? 'id' : `${field} { ${nest(n - 1, field)} }`);
