/** The @handles in a text, lower-cased, once each, in order. A handle is the part of a member's email before @. */
export function mentionedHandles(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(^|[^\w.@])@([a-z0-9][a-z0-9._-]{0,63})/gi)) {
    found.add(m[2].replace(/[._-]+$/, '').toLowerCase());
  }
  return [...found];
}

export const handleOf = (email: string) => email.split('@')[0].toLowerCase();
