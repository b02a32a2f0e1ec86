import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestPlatform } from '../../server/src/test-support/platform.js';
import type { Call } from './fixtures.js';

/**
 * What one call answered: `code` is the first error's extensions.code (null when there was none);
 * an HTTP download maps its status (401 UNAUTHENTICATED, 403 FORBIDDEN, else the body's code), and a
 * closed graphql-ws socket answers `CLOSED_<close code>`. `value` is the personal data received.
 */
export interface Answer { code: string | null; value: unknown; message?: string }

const FIRST_EVENT_MS = 5_000;

export async function probe(tp: TestPlatform, call: Call, token: string | undefined): Promise<Answer> {
  if (call.via === 'get') {
    const res = await fetch(`${tp.url}${call.path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const bytes = Buffer.from(await res.arrayBuffer());
    if (res.status === 200) return { code: null, value: bytes.length > 0 ? bytes : null };
    const body = JSON.parse(bytes.toString('utf8') || '{}') as { error?: { code?: string; message?: string } };
    const code = res.status === 401 ? 'UNAUTHENTICATED' : res.status === 403 ? 'FORBIDDEN' : body.error?.code ?? `HTTP_${res.status}`;
    return { code, value: null, message: body.error?.message };
  }
  if (call.via === 'ws') return firstEvent(tp.url, call.query, call.variables ?? {}, token);
  const r = await tp.gql(call.query, call.variables, token);
  const error = r.errors?.[0];
  return { code: error ? error.extensions?.code ?? 'NO_CODE' : null, value: call.value ? call.value(r.data) ?? null : r.data, message: error?.message };
}

/** Subscribes over a real socket and reports the first thing that comes back: an event, an error, or the socket's close. */
function firstEvent(httpUrl: string, query: string, variables: Record<string, unknown>, token: string | undefined): Promise<Answer> {
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
  return new Promise<Answer>((resolve) => {
    let settled = false;
    const finish = (answer: Answer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stop();
      void client.dispose();
      resolve(answer);
    };
    const timer = setTimeout(() => finish({ code: 'NO_EVENT_IN_TIME', value: null }), FIRST_EVENT_MS);
    const stop = client.subscribe<Record<string, unknown>>({ query, variables }, {
      next: (r) => {
        const error = r.errors?.[0];
        finish(error ? { code: (error.extensions?.code as string) ?? 'NO_CODE', value: null, message: error.message } : { code: null, value: r.data ?? null });
      },
      error: (e) => {
        if (Array.isArray(e)) return finish({ code: (e[0]?.extensions?.code as string) ?? 'NO_CODE', value: null, message: e[0]?.message });
        const close = e as { code?: number; reason?: string };
        finish({ code: typeof close.code === 'number' ? `CLOSED_${close.code}` : 'SOCKET_ERROR', value: null, message: close.reason });
      },
      complete: () => finish({ code: 'COMPLETED_WITHOUT_EVENT', value: null }),
    });
  });
}
