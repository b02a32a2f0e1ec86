// Drafts kept in the browser (issue 17, item 3): what a member was writing survives a reload or a
// lost connection. Per viewer and case, so that another account on the same browser never sees it;
// removed once sent. Pure functions over a Storage, so the rules are checked without a browser.

/** The part of the Web Storage API the drafts use (localStorage, or a Map-backed stand-in in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'panel.draft.v1';

/** The storage key of one draft: what is drafted (a comment, a vote), by whom, in which case. */
export function draftKey(kind: string, viewerId: string, caseId: string): string {
  return `${PREFIX}.${kind}.${viewerId}.${caseId}`;
}

interface Stored<T> {
  value: T;
  savedAt: string;
}

/** A draft older than this is stale (the case moved on); it is dropped when read. */
export const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/** The draft under `key` if it is there, of the expected shape and not stale; null otherwise (and a bad one is removed). */
export function readDraft<T>(storage: DraftStorage | null, key: string, isValue: (v: unknown) => v is T, now: number = Date.now()): T | null {
  if (!storage) return null;
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const stored = JSON.parse(raw) as Partial<Stored<unknown>>;
    const age = now - Date.parse(String(stored.savedAt));
    if (Number.isFinite(age) && age <= DRAFT_MAX_AGE_MS && isValue(stored.value)) return stored.value;
  } catch {
    // not JSON: dropped below
  }
  removeDraft(storage, key);
  return null;
}

/** Keeps a draft; an empty one (per `isEmpty`) removes it. A full or refused storage loses the draft, never the form. */
export function writeDraft<T>(storage: DraftStorage | null, key: string, value: T, isEmpty: (v: T) => boolean, now: number = Date.now()): void {
  if (!storage) return;
  if (isEmpty(value)) {
    removeDraft(storage, key);
    return;
  }
  try {
    storage.setItem(key, JSON.stringify({ value, savedAt: new Date(now).toISOString() } satisfies Stored<T>));
  } catch {
    // quota exceeded or storage disabled: the draft is simply not kept
  }
}

export function removeDraft(storage: DraftStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // storage disabled
  }
}

/** The browser's localStorage when it may be used (private modes and policies may refuse it). */
export function browserStorage(): DraftStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const blank = (v: string) => v.trim() === '';
