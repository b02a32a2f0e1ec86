import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DateTimeISO } from '../../shared/api/enums';

export interface InboxNotification {
  __typename?: 'Notification';
  id: string;
  /** What it is about, e.g. "mention" or "prescription.undelivered" (see Notification.kind in the schema). */
  kind: string;
  at: DateTimeISO;
  readAt: DateTimeISO | null;
  case: { __typename?: 'Case'; id: string; number: string };
  comment: {
    __typename?: 'Comment';
    id: string;
    body: string | null;
    deleted: boolean;
    author: { __typename?: 'Member'; id: string; name: string };
    mentions: { __typename?: 'Member'; id: string; name: string; email: string }[];
  } | null;
}

const NOTIFICATION_FIELDS = gql`
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
`;

export const INBOX: TypedDocumentNode<
  { inbox: { __typename?: 'InboxState'; unreadCount: number; latest: InboxNotification | null } },
  Record<string, never>
> = gql`
  subscription Inbox {
    inbox {
      unreadCount
      latest {
        ...NotificationFields
      }
    }
  }
  ${NOTIFICATION_FIELDS}
`;

export const NOTIFICATIONS: TypedDocumentNode<{ notifications: InboxNotification[] }, { unreadOnly: boolean }> = gql`
  query Notifications($unreadOnly: Boolean!) {
    notifications(unreadOnly: $unreadOnly) {
      ...NotificationFields
    }
  }
  ${NOTIFICATION_FIELDS}
`;

export const MARK_NOTIFICATIONS_READ: TypedDocumentNode<{ markNotificationsRead: number }, { ids?: string[] | null }> = gql`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`;
