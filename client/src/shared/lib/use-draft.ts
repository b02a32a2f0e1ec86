import { useCallback, useEffect, useRef, useState } from 'react';
import { browserStorage, readDraft, removeDraft, writeDraft } from './drafts';

// Keystrokes are many; the draft is written at most this often (and when the page is left).
const SAVE_DELAY_MS = 300;

/**
 * A form value kept as a draft under `key` (see drafts.ts): starts from the kept draft when there
 * is one, else from `initial`; saved as it changes; `clear` after a successful send.
 */
export function useDraft<T>(key: string, initial: () => T, isValue: (v: unknown) => v is T, isEmpty: (v: T) => boolean) {
  const [restored] = useState(() => readDraft(browserStorage(), key, isValue));
  const [value, setValue] = useState<T>(() => restored ?? initial());
  const latest = useRef({ key, value, isEmpty });
  latest.current = { key, value, isEmpty };
  const dirty = useRef(false);

  useEffect(() => {
    if (!dirty.current) return;
    const timer = window.setTimeout(() => {
      dirty.current = false;
      writeDraft(browserStorage(), key, value, isEmpty);
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [key, value, isEmpty]);

  // Leaving the page (or the form) before the timer fires still keeps the last keystrokes.
  useEffect(() => {
    const flush = () => {
      if (!dirty.current) return;
      dirty.current = false;
      const { key: k, value: v, isEmpty: empty } = latest.current;
      writeDraft(browserStorage(), k, v, empty);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const change = useCallback((next: T) => {
    dirty.current = true;
    setValue(next);
  }, []);

  const clear = useCallback((next: T) => {
    dirty.current = false;
    removeDraft(browserStorage(), latest.current.key);
    setValue(next);
  }, []);

  return { value, change, clear, restored: restored !== null };
}
