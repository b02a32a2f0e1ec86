import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

const CLOSE = 0x7d; // `}`

/**
 * The whole WebSocket frame of one message (RFC 6455 §5.2: FIN, text, unmasked as a server sends,
 * the length in 1, 3 or 9 bytes) holding `head` (`{"id":…,"type":"next","payload":`), the payload's
 * JSON and `}`, as one buffer: nothing is encoded per socket, and it is one write.
 */
export function frame(head: Buffer, json: Buffer): Buffer {
  const length = head.length + json.length + 1;
  const lengthBytes = length < 126 ? 0 : length < 65_536 ? 2 : 8;
  const bytes = Buffer.allocUnsafe(2 + lengthBytes + length);
  bytes[0] = 0x81;
  if (lengthBytes === 0) bytes[1] = length;
  else if (lengthBytes === 2) {
    bytes[1] = 126;
    bytes.writeUInt16BE(length, 2);
  } else {
    bytes[1] = 127;
    bytes.writeBigUInt64BE(BigInt(length), 2);
  }
  const start = 2 + lengthBytes;
  head.copy(bytes, start);
  json.copy(bytes, start + head.length);
  bytes[bytes.length - 1] = CLOSE;
  return bytes;
}

/**
 * Where a socket's frames can be written whole: its TCP socket, when no extension (compression)
 * changes how a message is framed. `ws` writes each frame to it the same way, whole and in one go,
 * so frames written here never interleave with its own (pings, `complete`).
 */
export function rawSocketOf(socket: WebSocket): Duplex | null {
  const raw = (socket as unknown as { _socket?: Duplex })._socket;
  return socket.extensions === '' && raw ? raw : null;
}

/** The message alone (for `ws` to frame), where the frame cannot be written whole. */
export function message(head: Buffer, json: Buffer): Buffer {
  return Buffer.concat([head, json, Buffer.of(CLOSE)]);
}
