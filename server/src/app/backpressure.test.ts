import { describe, expect, it } from 'vitest';
import { verdict } from './backpressure.js';

const limits = { maxBufferedBytes: 1_000_000, stallMs: 5_000 };

describe('verdict on a socket’s unsent bytes', () => {
  it.each([
    ['an empty buffer', 0, null, 'keep'],
    ['an empty buffer, however long ago it last held bytes', 0, -60_000, 'keep'],
    ['bytes pending for a moment', 4_096, 99_000, 'keep'],
    ['bytes pending just under the stall time', 4_096, 95_001, 'keep'],
    ['bytes pending for the whole stall time', 4_096, 95_000, 'stalled'],
    ['a single frame stuck for a minute', 200, 40_000, 'stalled'],
    ['exactly the byte limit, fresh', 1_000_000, 100_000, 'keep'],
    ['past the byte limit, fresh', 1_000_001, 100_000, 'overflow'],
    ['past the byte limit and stalled', 5_000_000, 0, 'overflow'],
  ] as const)('%s → %s', (_label, buffered, since, expected) => {
    expect(verdict(buffered, since, 100_000, limits)).toBe(expected);
  });
});
