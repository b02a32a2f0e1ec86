import { useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The parts of the case page, in page order, and the id each link brings into view. */
const PARTS = [
  { key: 'file', target: 'case-file' },
  { key: 'vote', target: 'case-voting' },
  { key: 'thread', target: 'case-thread' },
  { key: 'documents', target: 'case-materials' },
] as const;
type Part = (typeof PARTS)[number]['key'];

/** The part that starts last above the bars' lower edge (the parts nest: the vote is inside the file), else the first. */
function partInView(): Part {
  const bar = document.querySelector('.jump-bar')?.getBoundingClientRect().bottom ?? 0;
  let current: Part = PARTS[0].key;
  let nearest = -Infinity;
  for (const part of PARTS) {
    const top = document.getElementById(part.target)?.getBoundingClientRect().top;
    if (top !== undefined && top <= bar + 24 && top > nearest) {
      nearest = top;
      current = part.key;
    }
  }
  return current;
}

/**
 * On one-column screens (phones, narrow windows) the case page is long: a bar under the header
 * brings the file, the vote, the thread or the materials into view in one tap. Hidden on wide
 * screens, where the room stands beside the file.
 */
export function RoomJumpBar() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<Part>('file');

  useEffect(() => {
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setCurrent(partInView()));
    };
    window.addEventListener('scroll', follow, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', follow);
    };
  }, []);

  const jump = (event: MouseEvent<HTMLAnchorElement>, part: Part, target: string) => {
    const el = document.getElementById(target);
    // The link's own fragment would also work, but would add a history entry and touch the #comment- hash of the room.
    if (!el) return;
    event.preventDefault();
    el.scrollIntoView({ block: 'start' });
    setCurrent(part);
  };

  return (
    <nav className="jump-bar" aria-label={t('mobile.jump.label')} data-testid="room-jump">
      {PARTS.map(({ key, target }) => (
        <a
          key={key}
          href={`#${target}`}
          className="jump-bar__link"
          data-testid={`jump-${key}`}
          aria-current={current === key ? 'location' : undefined}
          onClick={(event) => jump(event, key, target)}
        >
          {t(`mobile.jump.${key}`)}
        </a>
      ))}
    </nav>
  );
}
