// @mentions: `@handle`, where the handle is the part of a member's email before @. The pattern is
// the server's (server/src/modules/deliberation/mentions.ts), so what shows as a mention here is
// exactly what notified someone.

export interface Mentionable {
  id: string;
  name: string;
  email: string;
}

const MENTION = /(^|[^\w.@])@([a-z0-9][a-z0-9._-]{0,63})/gi;

export const handleOf = (email: string) => email.split('@')[0].toLowerCase();

export type BodyPart = { kind: 'text'; text: string } | { kind: 'mention'; handle: string; text: string };

/** The text split into plain runs and `@handle` tokens (the handle lower-cased). */
export function splitMentions(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const m of body.matchAll(MENTION)) {
    const raw = m[2].replace(/[._-]+$/, '');
    const start = (m.index ?? 0) + m[1].length;
    if (start > last) parts.push({ kind: 'text', text: body.slice(last, start) });
    parts.push({ kind: 'mention', handle: raw.toLowerCase(), text: `@${raw}` });
    last = start + 1 + raw.length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  return parts;
}

export interface ActiveMention {
  /** Where the `@` is. */
  start: number;
  /** What follows it up to the caret. */
  query: string;
}

/** The `@…` being typed just before the caret, if any; names may be searched in any script. */
export function activeMention(text: string, caret: number): ActiveMention | null {
  const before = text.slice(0, caret);
  const m = /(^|[^\w.@])@([^\s@]{0,40})$/u.exec(before);
  if (!m) return null;
  return { start: caret - m[2].length - 1, query: m[2] };
}

const lower = (s: string) => s.toLocaleLowerCase();

/** Members whose handle, or a word of whose name, starts with the query; a few, best first. */
export function suggestMembers<T extends Mentionable>(members: readonly T[], query: string, limit = 6): T[] {
  const q = lower(query.trim());
  if (!q) return members.slice(0, limit);
  const scored: { member: T; score: number }[] = [];
  for (const member of members) {
    const handle = handleOf(member.email);
    const name = lower(member.name);
    const score = handle.startsWith(q) ? 0 : name.startsWith(q) ? 1 : name.split(/[\s(«"-]+/u).some((w) => w.startsWith(q)) ? 2 : -1;
    if (score >= 0) scored.push({ member, score });
  }
  return scored.sort((a, b) => a.score - b.score || a.member.name.localeCompare(b.member.name)).slice(0, limit).map((s) => s.member);
}

/** Replaces the `@query` at `mention` with `@handle ` and says where the caret goes. */
export function insertMention(text: string, mention: ActiveMention, handle: string): { text: string; caret: number } {
  const end = mention.start + 1 + mention.query.length;
  const rest = text.slice(end);
  const insert = `@${handle}${rest.startsWith(' ') ? '' : ' '}`;
  return { text: text.slice(0, mention.start) + insert + rest, caret: mention.start + insert.length + (rest.startsWith(' ') ? 1 : 0) };
}

/** Handle → name, from a comment's own mentions first, then from the directory. */
export function mentionNames(...sources: ReadonlyArray<readonly Mentionable[]>): Map<string, Mentionable> {
  const names = new Map<string, Mentionable>();
  for (const source of sources) for (const m of source) if (!names.has(handleOf(m.email))) names.set(handleOf(m.email), m);
  return names;
}
