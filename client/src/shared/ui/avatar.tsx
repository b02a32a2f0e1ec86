// Initials in a circle; the tint follows the person's id, so one person keeps one colour.
const TONES = 6;

export function initialsOf(name: string): string {
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  const letters = words.slice(0, 2).map((w) => [...w.replace(/^\P{L}+/u, '')][0] ?? '');
  return letters.join('').toLocaleUpperCase() || '?';
}

function toneOf(id: string): number {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % TONES;
}

interface AvatarProps {
  id: string;
  name: string;
  size?: 'small' | 'normal';
}

/** Decorative: the name is always written next to it. */
export function Avatar({ id, name, size = 'normal' }: AvatarProps) {
  return (
    <span className={`avatar avatar--${size}`} data-tone={toneOf(id)} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
