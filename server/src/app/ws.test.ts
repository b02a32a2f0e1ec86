import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestPlatform, type TestPlatform } from '../test-support/platform.js';
import { collect, wsClient } from '../test-support/ws-client.js';

let tp: TestPlatform;
beforeAll(async () => { tp = await startTestPlatform(); });
afterAll(() => tp.close());

/**
 * Opens a socket, sends the given raw frames in order (after a connection_init frame, waits for the
 * ack before the next one), and resolves with the close code.
 */
function closeCodeAfter(frames: (string | Buffer)[], ms = 8_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${tp.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const timer = setTimeout(() => { socket.terminate(); reject(new Error('socket stayed open')); }, ms);
    const queue = [...frames];
    const sendNext = () => {
      while (queue.length > 0) {
        const frame = queue.shift()!;
        socket.send(frame);
        if (typeof frame === 'string' && frame.includes('"connection_init"') && queue.length > 0) return; // wait for the ack
      }
    };
    socket.on('open', sendNext);
    socket.on('message', (data) => { if (String(data).includes('connection_ack')) sendNext(); });
    socket.on('close', (code) => { clearTimeout(timer); resolve(code); });
    socket.on('error', () => undefined);
  });
}

/** Opens a graphql-transport-ws socket, sends `init` (if any) and resolves with how it ended or acked. */
function connect(init: unknown, headers: Record<string, string> = {}): Promise<{ acked: boolean; code?: number; status?: number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${tp.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { headers });
    socket.on('unexpected-response', (_req, res) => resolve({ acked: false, status: res.statusCode }));
    socket.on('open', () => { if (init !== undefined) socket.send(JSON.stringify(init)); });
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') { socket.close(); resolve({ acked: true }); }
    });
    socket.on('close', (code) => resolve({ acked: false, code }));
  });
}

describe('WebSocket transport', () => {
  it('acknowledges a connection_init that carries a valid token', async () => {
    const token = await tp.login('member1@demo.kz');
    expect(await connect({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })).toEqual({ acked: true });
  });

  it.each([
    ['no token', { type: 'connection_init', payload: {} }, 4403],
    ['a bad token', { type: 'connection_init', payload: { authorization: 'Bearer nonsense' } }, 4403],
    ['a malformed message', { type: 'hello' }, 4400],
  ])('closes a socket with %s', async (_w, init, code) => {
    expect(await connect(init)).toMatchObject({ acked: false, code });
  });

  it.each([
    ['a frame that is not JSON', () => ['{not json'], 4400],
    ['a subscribe before connection_init', () => [JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ me { id } }' } })], 4401],
    ['a second connection_init', (init: string) => [init, init], 4429],
    ['two subscriptions with one id', (init: string) => {
      const sub = JSON.stringify({ id: 'x', type: 'subscribe', payload: { query: 'subscription { panelEvents { seq } }' } });
      return [init, sub, sub];
    }, 4409],
    ['a frame over the size limit', (init: string) => [init, Buffer.alloc(200 * 1024, 32)], 1009],
  ])('closes the socket on %s and keeps serving everyone else', async (_w, frames, code) => {
    const token = await tp.login('member2@demo.kz');
    const init = JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect(await closeCodeAfter(frames(init))).toBe(code);
    expect(await connect({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })).toEqual({ acked: true });
  });

  it('closes a socket that never sends connection_init (4408)', async () => {
    expect(await closeCodeAfter([], 10_000)).toBe(4408);
  }, 15_000);

  it('applies the HTTP limits to subscriptions: a too-deep operation is refused, the socket stays open', async () => {
    const token = await tp.login('member2@demo.kz');
    const client = wsClient(tp.url, token);
    const nest = (n: number): string => (n === 0 ? 'id' : `replies { ${nest(n - 1)} }`);
    const deep = `subscription { panelEvents { seq comment { ${nest(12)} } } }`;
    const refused = collect(client, deep, {}, 'panelEvents');
    await refused.done;
    expect(JSON.stringify(refused.errors)).toMatch(/BAD_USER_INPUT/);
    expect(JSON.stringify(refused.errors)).toMatch(/depth/i);
    const fine = collect<{ seq: string }>(client, 'subscription { inbox { unreadCount } }', {}, 'inbox');
    await fine.until(1);
    fine.stop();
    await client.dispose();
  });

  it('refuses the upgrade from a foreign Origin', async () => {
    expect(await connect(undefined, { origin: 'https://evil.example' })).toEqual({ acked: false, status: 403 });
  });
});
