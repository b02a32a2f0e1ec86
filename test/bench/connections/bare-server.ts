// The baseline of budget B4, run as its own process so its memory can be read apart: a bare `ws`
// server that accepts sockets and keeps them open. No GraphQL, no token, no subscription: what an
// idle WebSocket costs at the least.
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });

wss.on('connection', (socket) => {
  socket.on('error', () => undefined);
});

wss.on('listening', () => {
  const { port } = wss.address() as { port: number };
  console.log(JSON.stringify({ msg: 'bare ws ready', url: `ws://127.0.0.1:${port}` }));
});

process.on('SIGTERM', () => {
  for (const s of wss.clients) s.terminate();
  wss.close(() => process.exit(0));
});
