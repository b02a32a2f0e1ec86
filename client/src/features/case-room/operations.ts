import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AgencyKind, DateTimeISO, Role } from '../../shared/api/enums';
import { CASE_EVENT_FIELDS, type CaseEvent, type PersonRef } from '../case-file/operations';

export interface AgencyRef {
  __typename?: 'Agency';
  id: string;
  name: string;
  kind: AgencyKind;
}

export interface CommentAuthor extends PersonRef {
  role: Role;
  agency: AgencyRef;
}

export interface MentionRef extends PersonRef {
  email: string;
}

/** One comment as the server has it now; replies come separately (see ThreadComment). */
export interface RoomComment {
  __typename?: 'Comment';
  id: string;
  /** Null once deleted. */
  body: string | null;
  deleted: boolean;
  deletedAt: DateTimeISO | null;
  deletedBy: PersonRef | null;
  author: CommentAuthor;
  parentId: string | null;
  postedAt: DateTimeISO;
  editedAt: DateTimeISO | null;
  revisions: { __typename?: 'CommentRevision'; id: string; body: string; replacedAt: DateTimeISO }[];
  mentions: MentionRef[];
}

export interface ThreadComment extends RoomComment {
  replies: RoomComment[];
}

/** A case event as the room receives it: comment.* events carry the comment as it is now. */
export interface RoomEvent extends CaseEvent {
  comment: RoomComment | null;
}

/** Someone who may be mentioned: `@handle` is the part of the email before @. */
export interface DirectoryMember {
  __typename?: 'Member';
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  agency: AgencyRef;
}

export interface PresentMember {
  __typename?: 'PresentMember';
  typing: boolean;
  member: { __typename?: 'Member'; id: string; name: string; agency: AgencyRef };
}

const COMMENT_FIELDS = gql`
  fragment CommentFields on Comment {
    id
    body
    deleted
    deletedAt
    deletedBy {
      id
      name
    }
    author {
      id
      name
      role
      agency {
        id
        name
        kind
      }
    }
    parentId
    postedAt
    editedAt
    revisions {
      id
      body
      replacedAt
    }
    mentions {
      id
      name
      email
    }
  }
`;

export const CASE_THREAD: TypedDocumentNode<{ case: { __typename?: 'Case'; id: string; comments: ThreadComment[] } }, { id: string }> = gql`
  query CaseThread($id: ID!) {
    case(id: $id) {
      id
      comments {
        ...CommentFields
        replies {
          ...CommentFields
        }
      }
    }
  }
  ${COMMENT_FIELDS}
`;

export const ROOM_DIRECTORY: TypedDocumentNode<{ members: DirectoryMember[] }, Record<string, never>> = gql`
  query RoomDirectory {
    members {
      id
      name
      email
      role
      active
      agency {
        id
        name
        kind
      }
    }
  }
`;

export const ADD_COMMENT: TypedDocumentNode<
  { addComment: RoomComment },
  { caseId: string; body: string; parentId?: string | null; idempotencyKey?: string | null }
> = gql`
  mutation AddComment($caseId: ID!, $body: String!, $parentId: ID, $idempotencyKey: String) {
    addComment(caseId: $caseId, body: $body, parentId: $parentId, idempotencyKey: $idempotencyKey) {
      ...CommentFields
    }
  }
  ${COMMENT_FIELDS}
`;

export const EDIT_COMMENT: TypedDocumentNode<{ editComment: RoomComment }, { id: string; body: string }> = gql`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      ...CommentFields
    }
  }
  ${COMMENT_FIELDS}
`;

export const DELETE_COMMENT: TypedDocumentNode<{ deleteComment: RoomComment }, { id: string }> = gql`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      ...CommentFields
    }
  }
  ${COMMENT_FIELDS}
`;

export const SET_TYPING: TypedDocumentNode<{ setTyping: boolean }, { caseId: string; typing: boolean }> = gql`
  mutation SetTyping($caseId: ID!, $typing: Boolean!) {
    setTyping(caseId: $caseId, typing: $typing)
  }
`;

export const CASE_ROOM_EVENTS: TypedDocumentNode<{ caseEvents: RoomEvent }, { caseId: string; after: string }> = gql`
  subscription CaseRoomEvents($caseId: ID!, $after: String) {
    caseEvents(caseId: $caseId, after: $after) {
      ...CaseEventFields
      comment {
        ...CommentFields
      }
    }
  }
  ${CASE_EVENT_FIELDS}
  ${COMMENT_FIELDS}
`;

export const CASE_PRESENCE: TypedDocumentNode<
  { casePresence: { __typename?: 'RoomPresence'; caseId: string; members: PresentMember[] } },
  { caseId: string }
> = gql`
  subscription CasePresence($caseId: ID!) {
    casePresence(caseId: $caseId) {
      caseId
      members {
        typing
        member {
          id
          name
          agency {
            id
            name
            kind
          }
        }
      }
    }
  }
`;
