import type { Span } from './tokens.js';

// Masks separated only by spaces or one hyphen merge into one: "Сапарова Айгерім Нурлановна" and
// "Иванова-Петрова" read as one mask, which also hides how many parts the name had.
const JOINABLE_GAP = /^(?:[ \t\u00A0\u202F\p{Cf}]*|[-\u2010\u2011])$/u;

/** Merges overlapping and adjacent spans, in order. */
export const mergeSpans = (text: string, spans: readonly Span[]): Span[] => {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged[merged.length - 1];
    if (last && (span.start <= last.end || JOINABLE_GAP.test(text.slice(last.end, span.start)))) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    } else {
      merged.push({ start: span.start, end: span.end });
    }
  }
  return merged;
};

/** Replaces each span of the original text with the mask, keeping every other character as it was. */
export const applyMask = (text: string, spans: readonly Span[], mask: string): string => {
  let out = '';
  let at = 0;
  for (const span of mergeSpans(text, spans)) {
    out += text.slice(at, span.start) + mask;
    at = span.end;
  }
  return out + text.slice(at);
};
