/** An unread @mention of the viewer in a case, and the comment that carries it. */
export interface MentionTarget {
  notificationId: string;
  commentId: string;
}

/** What the rule reads of a notification (operations.ts: NotificationFields). */
export interface NotificationLike {
  id: string;
  kind: string;
  readAt?: unknown;
  case: { id: string };
  comment?: { id: string } | null;
}

/**
 * The viewer's unread mentions in the case on screen: each is marked read once its comment (or
 * the tombstone of a deleted one) has been seen there. Other kinds (deadlines, notices) and other
 * cases stay as they are.
 */
export function mentionTargets(notifications: readonly NotificationLike[], caseId: string): MentionTarget[] {
  const targets: MentionTarget[] = [];
  for (const n of notifications) {
    if (n.kind === 'mention' && !n.readAt && n.case.id === caseId && n.comment) targets.push({ notificationId: n.id, commentId: n.comment.id });
  }
  return targets;
}
