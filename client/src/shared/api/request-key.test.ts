import { describe, expect, it } from 'vitest';
import { newRequestKey, RequestKeys } from './request-key';

// The server accepts 8–64 of A–Z a–z 0–9 - _ (shared/idempotency/request-key.ts on the server).
const SERVER_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newRequestKey', () => {
  it('is a UUID the server accepts, different each time', () => {
    const [a, b] = [newRequestKey(), newRequestKey()];
    expect(a).toMatch(UUID_V4);
    expect(a).toMatch(SERVER_PATTERN);
    expect(a).not.toBe(b);
  });

  it('makes a UUID v4 from random bytes where randomUUID is missing (plain http)', () => {
    const bytes = (fill: number) => ({ getRandomValues: <T extends ArrayBufferView | null>(array: T) => { new Uint8Array(array!.buffer).fill(fill); return array; } });
    expect(newRequestKey(bytes(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newRequestKey(bytes(0x00))).toBe('00000000-0000-4000-8000-000000000000');
    expect(newRequestKey({ getRandomValues: crypto.getRandomValues.bind(crypto) })).toMatch(UUID_V4);
  });
});

describe('RequestKeys', () => {
  const counter = () => {
    let n = 0;
    return () => `key-${String((n += 1)).padStart(4, '0')}`;
  };

  it('reuses the key while the same variables are sent again (a retry)', () => {
    const keys = new RequestKeys(counter());
    const vars = { roundId: 'r', choice: 'CONFIRMED', findings: [{ criterion: 'SYSTEMATIC', value: 'MET' }] };
    expect(keys.for(vars)).toBe('key-0001');
    expect(keys.for({ ...vars })).toBe('key-0001');
  });

  it('makes a new key when the variables change, and after a success', () => {
    const keys = new RequestKeys(counter());
    expect(keys.for({ choice: 'CONFIRMED' })).toBe('key-0001');
    expect(keys.for({ choice: 'ABSTAIN' })).toBe('key-0002');
    // Back to the first input: a different action now, not a retry of the first.
    expect(keys.for({ choice: 'CONFIRMED' })).toBe('key-0003');
    keys.settle();
    expect(keys.for({ choice: 'CONFIRMED' })).toBe('key-0004');
  });
});
