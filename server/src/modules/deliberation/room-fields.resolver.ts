import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { CaseEvent } from '../../shared/events/case-event.entity.js';
import { Case, type CaseRow } from '../cases/case.entity.js';
import { Notification } from '../inbox/notification.entity.js';
import { Comment, type CommentRow } from './comment.entity.js';

@Resolver(() => Case)
export class CaseCommentsResolver {
  @FieldResolver(() => [Comment], { description: 'The case room thread: top-level comments, oldest first, each with its replies.' })
  async comments(@Root() kase: CaseRow, @Ctx() ctx: Context): Promise<CommentRow[]> {
    return (await ctx.loaders.commentsByCase.load(kase.id)).filter((c) => !c.parent);
  }
}

@Resolver(() => CaseEvent)
export class CaseEventCommentResolver {
  @FieldResolver(() => Comment, { nullable: true, description: 'For comment.* events: the comment as it is now.' })
  comment(@Root() event: CaseEvent, @Ctx() ctx: Context) {
    const id = event.kind.startsWith('comment.') ? event.payload.commentId : null;
    return typeof id === 'string' ? ctx.loaders.comment.load(id) : null;
  }
}

@Resolver(() => Notification)
export class NotificationCommentResolver {
  @FieldResolver(() => Comment, { nullable: true, description: 'For a mention: the comment that mentions the member.' })
  comment(@Root() notification: Notification, @Ctx() ctx: Context) {
    return notification.commentId ? ctx.loaders.comment.load(notification.commentId) : null;
  }
}
