import type { Writable } from 'node:stream';
import * as ws from 'ws';
import { describe, expect, it } from 'vitest';
import { frame, message } from './ws-frame.js';

/** `ws`'s frame reader (exported, not typed by @types/ws). */
const { Receiver } = ws as unknown as { Receiver: new (options: { isServer: boolean; maxPayload: number }) => Writable };

/** The messages `ws`'s own reader (a client's side) takes from `bytes`, and whether each was text. */
function received(bytes: Buffer): Promise<{ text: string; binary: boolean }[]> {
  return new Promise((resolve, reject) => {
    const out: { text: string; binary: boolean }[] = [];
    const receiver = new Receiver({ isServer: false, maxPayload: 0 });
    receiver.on('message', (data: Buffer, binary: boolean) => out.push({ text: data.toString(), binary }));
    receiver.on('error', reject);
    receiver.write(bytes, () => resolve(out));
  });
}

const head = Buffer.from('{"id":"s1","type":"next","payload":');

describe('the frame a room writes whole to a socket', () => {
  it.each([
    ['a short message (length in the second byte)', 10],
    ['the last length of one byte', 125 - head.length - 1 - 2],
    ['a message of 126 to 65 535 bytes (length in 2 more bytes)', 4_000],
    ['the last length of 2 bytes', 65_535 - head.length - 1 - 2],
    ['a message of 65 536 bytes or more (length in 8 more bytes)', 70_000],
  ])('is one unmasked text frame that ws reads back as the message: %s', async (_what, size) => {
    const json = Buffer.from(JSON.stringify('x'.repeat(size)));
    const bytes = frame(head, json);
    expect(bytes[0]).toBe(0x81); // FIN, text
    expect(bytes[1] & 0x80).toBe(0); // not masked
    const [got, ...more] = await received(bytes);
    expect(more).toEqual([]);
    expect(got).toEqual({ text: message(head, json).toString(), binary: false });
    expect(JSON.parse(got.text)).toEqual({ id: 's1', type: 'next', payload: 'x'.repeat(size) });
  });

  it('keeps frames apart when two follow on one socket', async () => {
    const a = frame(head, Buffer.from('{"data":1}'));
    const b = frame(head, Buffer.from(`"${'y'.repeat(300)}"`));
    const got = await received(Buffer.concat([a, b]));
    expect(got.map((m) => JSON.parse(m.text).payload)).toEqual([{ data: 1 }, 'y'.repeat(300)]);
  });
});
