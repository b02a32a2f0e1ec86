import { MessageType, stringifyMessage } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { sharedPayload, withSharedPayload } from './shared-frames.js';

const result = { data: { caseEvents: { seq: '42', kind: 'COMMENT_ADDED', at: '2026-01-02T03:04:05.000Z', payload: { body: 'Сәлем "ә" \\ </script>', n: [1, 2] } } } };

/** What graphql-ws sends for `payload`, then what our socket's send makes of it. */
const sent = (id: string, payload: object) => withSharedPayload(stringifyMessage({ id, type: MessageType.Next, payload }));

describe('shared payloads', () => {
  it.each([
    ['a uuid id', '6f1c2a4e-8c53-4e0b-9a57-0d5b8f0f7e11'],
    ['an id with quotes and a backslash', 'a"b\\c'],
    ['an id that looks like a marker', '\u0000shared-payload:1'],
    ['an id that ends like a payload', '","payload":"\u0000shared-payload:1"}'],
  ])('send the frame graphql-ws would have sent, byte for byte, for %s', (_what, id) => {
    expect(sent(id, sharedPayload(result))).toBe(JSON.stringify({ id, type: 'next', payload: result }));
  });

  it('serialize one result once, whatever number of sockets it goes to', () => {
    const r = { data: { n: 1 } };
    const p = sharedPayload(r);
    expect(sharedPayload(r)).toBe(p);
    expect(sent('a', p)).toBe('{"id":"a","type":"next","payload":{"data":{"n":1}}}');
    r.data.n = 2; // already serialized: the same JSON goes to the next socket
    expect(sent('b', p)).toBe('{"id":"b","type":"next","payload":{"data":{"n":1}}}');
  });

  it('leave every other message alone', () => {
    const ack = stringifyMessage({ type: MessageType.ConnectionAck });
    expect(withSharedPayload(ack)).toBe(ack);
    const plain = stringifyMessage({ id: 'x', type: MessageType.Next, payload: { data: { n: 1 } } });
    expect(withSharedPayload(plain)).toBe(plain);
    // A marker stringified elsewhere (never sent) does not touch the next message.
    JSON.stringify({ payload: sharedPayload({ data: { other: true } }) });
    expect(withSharedPayload(plain)).toBe(plain);
  });
});
