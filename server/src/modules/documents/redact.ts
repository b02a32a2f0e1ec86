const MASK = '***';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Masks each of `secrets` in `text`, ignoring case. Longer secrets go first so that a full name
 * is masked whole before its parts; blank entries are ignored (they would match everywhere).
 */
export const redact = (text: string, secrets: readonly string[] = []): string => {
  const words = [...new Set(secrets.map((s) => s.trim()).filter((s) => s.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0) return text;
  return text.replace(new RegExp(words.map(escapeRegExp).join('|'), 'giu'), MASK);
};
