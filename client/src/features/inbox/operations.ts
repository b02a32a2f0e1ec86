import { graphql } from '../../gql';
import type { NotificationFieldsFragment } from '../../gql/graphql';

/** One notification as the bell lists it; `kind` is e.g. "mention" or "prescription.undelivered". */
export type InboxNotification = NotificationFieldsFragment;

export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    at
    readAt
    case {
      id
      number
    }
    comment {
      id
      body
      deleted
      author {
        id
        name
      }
      mentions {
        id
        name
        email
      }
    }
  }
`);

export const INBOX = graphql(`
  subscription Inbox {
    inbox {
      unreadCount
      latest {
        ...NotificationFields
      }
    }
  }
`);

export const NOTIFICATIONS = graphql(`
  query Notifications($unreadOnly: Boolean!) {
    notifications(unreadOnly: $unreadOnly) {
      ...NotificationFields
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
