import { useEffect, useMemo, useRef } from 'react';
import { useMarkNotificationsRead, useUnreadNotifications } from './hooks';
import { mentionTargets } from './mentions-seen.rules';

/** How long a comment must stay on screen to count as seen (one scrolled past is not). */
const DWELL_MS = 1_000;
/** At least this much of the comment, or of the screen's height for a long one, is in view. */
const VISIBLE_SHARE = 0.5;

interface MentionsSeenProps {
  /** The case whose room is open. */
  caseId: string;
  /** The inbox's state: a change refetches the unread mentions. */
  inboxState: string;
}

/**
 * Marks the viewer's unread @mentions in the open case room read once their comment has been on
 * screen for a second: found by its element id (`comment-<id>`, as the inbox links to it) and
 * watched with an IntersectionObserver; the server marks only the viewer's own notifications and
 * is idempotent, and the inbox's live count follows. Renders nothing.
 */
export function MentionsSeen({ caseId, inboxState }: MentionsSeenProps) {
  const unread = useUnreadNotifications(true);
  const [markRead] = useMarkNotificationsRead();
  const { refetch } = unread;
  const sent = useRef(new Set<string>());

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void refetch().catch(() => undefined);
  }, [inboxState, refetch]);

  const notifications = unread.data?.notifications;
  const targets = useMemo(() => mentionTargets(notifications ?? [], caseId).filter((target) => !sent.current.has(target.notificationId)), [notifications, caseId]);

  useEffect(() => {
    if (targets.length === 0) return;
    const byElement = new Map<Element, string[]>();
    const timers = new Map<Element, number>();
    const seen = (element: Element) => {
      timers.delete(element);
      observer.unobserve(element);
      const ids = (byElement.get(element) ?? []).filter((id) => !sent.current.has(id));
      if (ids.length === 0) return;
      ids.forEach((id) => sent.current.add(id));
      void markRead({ variables: { ids } }).catch(() => ids.forEach((id) => sent.current.delete(id)));
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const inView =
            entry.isIntersecting &&
            (entry.intersectionRatio >= VISIBLE_SHARE || entry.intersectionRect.height >= window.innerHeight * VISIBLE_SHARE);
          const timer = timers.get(entry.target);
          if (inView && timer === undefined && document.visibilityState === 'visible') {
            timers.set(entry.target, window.setTimeout(() => seen(entry.target), DWELL_MS));
          } else if (!inView && timer !== undefined) {
            window.clearTimeout(timer);
            timers.delete(entry.target);
          }
        }
      },
      { threshold: [0, 0.25, VISIBLE_SHARE, 0.75, 1] },
    );
    // The thread may render after this, or change: look for the comments again on every change.
    const attach = () => {
      for (const { notificationId, commentId } of targets) {
        const element = document.getElementById(`comment-${commentId}`);
        if (!element) continue;
        const ids = byElement.get(element);
        if (!ids) {
          byElement.set(element, [notificationId]);
          observer.observe(element);
        } else if (!ids.includes(notificationId)) ids.push(notificationId);
      }
    };
    // A tab in the background sees nothing: watch again when it comes back.
    const visibility = () => {
      if (document.visibilityState !== 'visible') return;
      for (const element of byElement.keys()) {
        observer.unobserve(element);
        observer.observe(element);
      }
    };
    attach();
    const mutations = new MutationObserver(attach);
    mutations.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('visibilitychange', visibility);
    return () => {
      mutations.disconnect();
      observer.disconnect();
      timers.forEach((timer) => window.clearTimeout(timer));
      document.removeEventListener('visibilitychange', visibility);
    };
  }, [targets, markRead]);

  return null;
}
