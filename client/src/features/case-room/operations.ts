import { graphql } from '../../gql';
import type {
  CasePresenceSubscription,
  CaseRoomEventsSubscription,
  CaseThreadQuery,
  CommentFieldsFragment,
  RoomDirectoryQuery,
} from '../../gql/graphql';

/** One comment as the server has it now; replies come separately (see ThreadComment). `body` is null once deleted. */
export type RoomComment = CommentFieldsFragment;
export type CommentAuthor = RoomComment['author'];
export type AgencyRef = CommentAuthor['agency'];
export type MentionRef = RoomComment['mentions'][number];

/** A top-level comment of the thread, with its replies. */
export type ThreadComment = CaseThreadQuery['case']['comments'][number];

/** A case event as the room receives it: comment.* events carry the comment as it is now. */
export type RoomEvent = CaseRoomEventsSubscription['caseEvents'];

/** Someone who may be mentioned: `@handle` is the part of the email before @. */
export type DirectoryMember = RoomDirectoryQuery['members'][number];

export type PresentMember = CasePresenceSubscription['casePresence']['members'][number];

// The fragment below is spread by name in this feature's documents; codegen finds it here.

export const COMMENT_FIELDS = graphql(`
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
        nameKk
        nameRu
        nameEn
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
    viewerCan {
      edit
      delete
    }
  }
`);

export const CASE_THREAD = graphql(`
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
`);

export const ROOM_DIRECTORY = graphql(`
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
        nameKk
        nameRu
        nameEn
        kind
      }
    }
  }
`);

export const ADD_COMMENT = graphql(`
  mutation AddComment($caseId: ID!, $body: String!, $parentId: ID, $idempotencyKey: String) {
    addComment(caseId: $caseId, body: $body, parentId: $parentId, idempotencyKey: $idempotencyKey) {
      ...CommentFields
    }
  }
`);

export const EDIT_COMMENT = graphql(`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      ...CommentFields
    }
  }
`);

export const DELETE_COMMENT = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      ...CommentFields
    }
  }
`);

export const SET_TYPING = graphql(`
  mutation SetTyping($caseId: ID!, $typing: Boolean!) {
    setTyping(caseId: $caseId, typing: $typing)
  }
`);

export const CASE_ROOM_EVENTS = graphql(`
  subscription CaseRoomEvents($caseId: ID!, $after: String) {
    caseEvents(caseId: $caseId, after: $after) {
      ...CaseEventFields
      comment {
        ...CommentFields
      }
    }
  }
`);

export const CASE_PRESENCE = graphql(`
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
            nameKk
            nameRu
            nameEn
            kind
          }
        }
      }
    }
  }
`);
