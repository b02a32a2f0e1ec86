import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSetTyping } from './hooks';

// The server forgets "typing" after 5 s; repeating it every 2.5 s keeps it lit without chatter.
const REPEAT_MS = 2_500;
const FADES_MS = 5_000;

export interface TypingSignal {
  /** Call on every change of a comment box with its new text. */
  changed(text: string): void;
  /** Call when the text was sent or dropped. */
  stopped(): void;
}

/** Tells the room that the viewer is typing: `true` at most every 2.5 s, `false` when done. */
export function useTypingSignal(caseId: string): TypingSignal {
  const [setTyping] = useSetTyping();
  const lastOn = useRef(0);

  const send = useCallback(
    (typing: boolean) => {
      // Only a hint for others: a lost signal fades by itself, so errors are not worth showing.
      setTyping({ variables: { caseId, typing } }).catch(() => undefined);
    },
    [caseId, setTyping],
  );

  const stopped = useCallback(() => {
    if (Date.now() - lastOn.current >= FADES_MS) return;
    lastOn.current = 0;
    send(false);
  }, [send]);

  const changed = useCallback(
    (text: string) => {
      if (!text.trim()) {
        stopped();
        return;
      }
      const now = Date.now();
      if (now - lastOn.current < REPEAT_MS) return;
      lastOn.current = now;
      send(true);
    },
    [send, stopped],
  );

  // Leaving the room mid-sentence clears the line for the others at once.
  const stopRef = useRef(stopped);
  useEffect(() => {
    stopRef.current = stopped;
  }, [stopped]);
  useEffect(() => () => stopRef.current(), []);

  return useMemo(() => ({ changed, stopped }), [changed, stopped]);
}
