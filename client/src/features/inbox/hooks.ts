import { skipToken, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { INBOX, MARK_NOTIFICATIONS_READ, NOTIFICATIONS } from './operations';

/** The unread count and the newest notification, live (sent at once and on every change). */
export function useInbox(enabled: boolean) {
  return useSubscription(INBOX, enabled ? {} : skipToken);
}

/** The newest notifications (at most 50), fetched while the list is open. */
export function useNotifications(open: boolean) {
  return useQuery(NOTIFICATIONS, open ? { variables: { unreadOnly: false }, fetchPolicy: 'network-only' } : skipToken);
}

/** The viewer's unread notifications (at most 50), for marking mentions read when seen. */
export function useUnreadNotifications(enabled: boolean) {
  return useQuery(NOTIFICATIONS, enabled ? { variables: { unreadOnly: true }, fetchPolicy: 'network-only' } : skipToken);
}

export function useMarkNotificationsRead() {
  return useMutation(MARK_NOTIFICATIONS_READ);
}
