import type { RawData, WebSocketServer } from 'ws';

// Message types only a server sends. graphql-ws takes one from a client for its own failure (close
// 4500 and a console error); it is the client's protocol mistake, closed with 4400 like any other.
const SERVER_ONLY = ['next', 'error', 'connection_ack'];
const MAYBE_SERVER_ONLY = /"type"\s*:\s*"(?:next|error|connection_ack)"/;

function isServerOnly(data: RawData): boolean {
  const text = String(data);
  if (!MAYBE_SERVER_ONLY.test(text)) return false;
  try {
    const message: unknown = JSON.parse(text);
    return typeof message === 'object' && message !== null && SERVER_ONLY.includes((message as { type?: unknown }).type as string);
  } catch {
    return false; // not JSON: graphql-ws closes it with 4400 itself
  }
}

/** Closes with 4400 a socket whose client sends a server-only message, before graphql-ws sees it. */
export function refuseServerOnlyMessages(wss: WebSocketServer): void {
  wss.on('connection', (socket) => {
    const emit = socket.emit.bind(socket);
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      if (event === 'message' && isServerOnly(args[0] as RawData)) {
        socket.close(4400, 'Unexpected message type');
        return true;
      }
      return emit(event, ...args);
    }) as typeof socket.emit;
  });
}
