import { describe, expect, it } from 'vitest';
import { blank, DRAFT_MAX_AGE_MS, draftKey, isString, readDraft, writeDraft, type DraftStorage } from './drafts';

/** A Map-backed storage (the same three calls as localStorage). */
function memory(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}
const NOW = Date.parse('2026-12-07T10:00:00Z');
const key = draftKey('comment', 'viewer-1', 'case-1');

describe('drafts', () => {
  it('keeps a draft per kind, viewer and case, and reads it back', () => {
    const s = memory();
    writeDraft(s, key, 'Эпизоды систематические', blank, NOW);
    expect(readDraft(s, key, isString, NOW + 1000)).toBe('Эпизоды систематические');
    expect(readDraft(s, draftKey('comment', 'viewer-2', 'case-1'), isString, NOW)).toBeNull();
    expect(readDraft(s, draftKey('comment', 'viewer-1', 'case-2'), isString, NOW)).toBeNull();
    expect(readDraft(s, draftKey('vote', 'viewer-1', 'case-1'), isString, NOW)).toBeNull();
  });

  it('removes the draft when it becomes empty', () => {
    const s = memory();
    writeDraft(s, key, 'text', blank, NOW);
    writeDraft(s, key, '   ', blank, NOW);
    expect(s.map.size).toBe(0);
  });

  it.each([
    ['not JSON', '{oops'],
    ['of another shape', JSON.stringify({ value: 42, savedAt: new Date(NOW).toISOString() })],
    ['stale', JSON.stringify({ value: 'old', savedAt: new Date(NOW - DRAFT_MAX_AGE_MS - 1).toISOString() })],
  ])('drops a stored draft that is %s', (_what, raw) => {
    const s = memory();
    s.setItem(key, raw);
    expect(readDraft(s, key, isString, NOW)).toBeNull();
    expect(s.map.has(key)).toBe(false);
  });

  it('loses the draft, never the form, when the storage refuses it', () => {
    const refusing: DraftStorage = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
      removeItem: () => { throw new Error('SecurityError'); },
    };
    expect(() => writeDraft(refusing, key, 'text', blank, NOW)).not.toThrow();
    expect(readDraft(refusing, key, isString, NOW)).toBeNull();
    expect(readDraft(null, key, isString, NOW)).toBeNull();
  });
});
