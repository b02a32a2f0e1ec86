import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestPlatform, type TestPlatform } from '../test-support/platform.js';

let tp: TestPlatform;
beforeAll(async () => { tp = await startTestPlatform(); });
afterAll(() => tp.close());

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
  ])('closes a socket with %s (%i)', async (_w, init, code) => {
    expect(await connect(init)).toMatchObject({ acked: false, code });
  });

  it('refuses the upgrade from a foreign Origin', async () => {
    expect(await connect(undefined, { origin: 'https://evil.example' })).toEqual({ acked: false, status: 403 });
  });
});
