import WebSocket from 'ws';
import { now } from '../lib/clock.js';
import type { Deliveries } from './deliveries.js';
import { parseFrame } from './frame.js';

const CONNECT_MS = 30_000;

/** Opens one plain `ws` socket, rejecting on an error or after CONNECT_MS. */
export function openSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const timer = setTimeout(() => { socket.terminate(); reject(new Error(`ws: ${url} not open within ${CONNECT_MS} ms`)); }, CONNECT_MS);
    socket.once('open', () => { clearTimeout(timer); resolve(socket); });
    socket.once('error', (e) => { clearTimeout(timer); reject(e); });
  });
}

/** Closes politely, or terminates after two seconds: closing never hangs the run. */
export function closeSocket(socket: WebSocket): Promise<void> {
  return new Promise<void>((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) return resolve();
    const timer = setTimeout(() => { socket.terminate(); resolve(); }, 2_000);
    socket.once('close', () => { clearTimeout(timer); resolve(); });
    socket.close();
  });
}

/**
 * `count` plain `ws` clients of the baseline broadcaster. Each parses the frame as a graphql-ws
 * client would (one JSON.parse) and records the event's latency, so both sides pay the same
 * receiving cost in this process.
 */
export async function openWsSubscribers(o: { url: string; count: number; batch: number; deliveries: Deliveries }): Promise<{ close: () => Promise<void> }> {
  const sockets: WebSocket[] = [];
  let closing = false;
  const open = async (sub: number) => {
    const socket = await openSocket(o.url);
    sockets.push(socket);
    socket.on('message', (data) => {
      const receivedAt = now();
      const frame = parseFrame(String(data));
      if (!frame) return o.deliveries.error(sub, `unexpected frame ${String(data).slice(0, 120)}`);
      o.deliveries.record(sub, frame.event.payload.i, frame.event.payload.sentAt, receivedAt);
    });
    socket.on('error', (e) => o.deliveries.error(sub, e.message));
    socket.on('close', (code) => { if (!closing) o.deliveries.error(sub, `closed ${code}`); });
  };
  for (let first = 0; first < o.count; first += o.batch) {
    await Promise.all(Array.from({ length: Math.min(o.batch, o.count - first) }, (_, k) => open(first + k)));
  }
  let closed: Promise<void> | null = null;
  return {
    close: () => (closed ??= (async () => {
      closing = true;
      await Promise.all(sockets.map(closeSocket));
    })()),
  };
}
