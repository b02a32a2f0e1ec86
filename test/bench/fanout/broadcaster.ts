// The baseline of budget B3, run as its own process so its CPU can be read apart: a bare `ws`
// server that sends every frame its publisher sends, unchanged, to every other socket. No GraphQL,
// no database, no per-subscriber work beyond the send itself: the least a fan-out can cost.
import { WebSocketServer, type WebSocket } from 'ws';

const subscribers = new Set<WebSocket>();
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });

wss.on('connection', (socket, req) => {
  if (req.url === '/publish') {
    // The received Buffer is sent as is (no re-encoding per socket), as `ws`'s broadcast example does.
    socket.on('message', (data, isBinary) => {
      for (const s of subscribers) s.send(data, { binary: isBinary });
    });
    return;
  }
  subscribers.add(socket);
  socket.on('close', () => subscribers.delete(socket));
});

wss.on('listening', () => {
  const { port } = wss.address() as { port: number };
  console.log(JSON.stringify({ msg: 'broadcaster ready', url: `ws://127.0.0.1:${port}` }));
});

process.on('SIGTERM', () => {
  for (const s of wss.clients) s.terminate();
  wss.close(() => process.exit(0));
});
