import { describe, expect, it } from 'vitest';
import type { DraftStorage } from '../../shared/lib/drafts';
import { afterFailure, dequeue, enqueue, holdWhile, OUTBOX_MAX_AGE_MS, outboxKey, readOutbox, type QueuedComment } from './outbox';

function memory(): DraftStorage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}
const NOW = Date.parse('2026-12-07T10:00:00Z');
const key = outboxKey('viewer-1', 'case-1');
const queued = (k: string, at = NOW): QueuedComment => ({ key: k, body: `text ${k}`, parentId: null, createdAt: new Date(at).toISOString() });

describe('the outbox of comments not yet accepted', () => {
  it('keeps comments in order, each key once, until the server has them', () => {
    const s = memory();
    enqueue(s, key, queued('a'), NOW);
    enqueue(s, key, queued('b'), NOW);
    enqueue(s, key, queued('a'), NOW);
    expect(readOutbox(s, key, NOW).fresh.map((q) => q.key)).toEqual(['a', 'b']);
    dequeue(s, key, 'a', NOW);
    expect(readOutbox(s, key, NOW).fresh.map((q) => q.key)).toEqual(['b']);
    dequeue(s, key, 'b', NOW);
    expect(s.getItem(key)).toBeNull();
  });

  it('is per viewer and case', () => {
    const s = memory();
    enqueue(s, key, queued('a'), NOW);
    expect(readOutbox(s, outboxKey('viewer-2', 'case-1'), NOW).fresh).toEqual([]);
    expect(readOutbox(s, outboxKey('viewer-1', 'case-2'), NOW).fresh).toEqual([]);
  });

  it('does not send by itself a comment older than the server remembers its key', () => {
    const s = memory();
    enqueue(s, key, queued('old', NOW - OUTBOX_MAX_AGE_MS - 1), NOW - OUTBOX_MAX_AGE_MS - 1);
    enqueue(s, key, queued('new', NOW - 1000), NOW - 1000);
    const { fresh, expired } = readOutbox(s, key, NOW);
    expect(fresh.map((q) => q.key)).toEqual(['new']);
    expect(expired.map((q) => q.key)).toEqual(['old']);
    expect(readOutbox(s, key, NOW).expired).toEqual([]);
  });
});

describe('sending policy', () => {
  it.each([
    ['offline', true],
    ['reconnecting', false],
    ['connecting', false],
    ['live', false],
  ] as const)('a comment written while %s is held: %s', (phase, held) => {
    expect(holdWhile(phase)).toBe(held);
  });

  it.each([
    [true, 'offline', 'waiting'],
    [true, 'reconnecting', 'waiting'],
    [true, 'live', 'failed'],
    [false, 'offline', 'failed'],
    [false, 'live', 'failed'],
  ] as const)('a failure (no answer: %s) while %s → %s', (network, phase, next) => {
    expect(afterFailure(network, phase)).toBe(next);
  });
});
