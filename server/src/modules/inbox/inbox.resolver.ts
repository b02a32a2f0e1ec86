import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { forbidden, signInRequired } from '../../shared/domain-error.js';
import { StateStream } from '../../shared/events/state-stream.js';
import { Member } from '../members/member.entity.js';
import { CASE_READERS } from '../../shared/role.js';
import { mayReadInbox } from './inbox.policy.js';
import { InboxService, inboxTopic } from './inbox.service.js';
import { Notification } from './notification.entity.js';
// Declares this module's booleans of viewerCan (ViewerAbilities, CaseAbilities).
import './inbox.abilities.js';

@ObjectType({ description: 'The state of the viewer\'s inbox, sent at once and after every change.' })
class InboxState {
  @Field(() => Int) unreadCount!: number;
  @Field(() => Notification, { nullable: true, description: 'The newest notification.' }) latest!: Notification | null;
}

const inbox = (ctx: Context) => new InboxService(ctx.em, ctx.viewer!);

@Resolver()
export class InboxResolver {
  @Authorized(...CASE_READERS)
  @Query(() => [Notification], { description: 'The viewer\'s notifications, newest first (at most 50).' })
  notifications(@Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean, @Ctx() ctx: Context) {
    return inbox(ctx).list(unreadOnly);
  }

  @Authorized(...CASE_READERS)
  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: Context) {
    return inbox(ctx).unreadCount();
  }

  @Authorized(...CASE_READERS)
  @Mutation(() => Int, { description: 'Marks notifications read (all unread ones when no ids are given); returns how many changed.' })
  markNotificationsRead(@Arg('ids', () => [ID], { nullable: true }) ids: string[] | null, @Ctx() ctx: Context) {
    return inbox(ctx).markRead(ids);
  }

  @Subscription(() => InboxState, {
    description: 'The unread count and newest notification, live.',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      if (!ctx.viewer) throw ctx.authError ?? signInRequired();
      // Checked when subscribing, with the roles of the `notifications` query.
      if (!mayReadInbox(ctx.viewer)) throw forbidden();
      const viewerId = ctx.viewer.id;
      return new StateStream(
        (wake) => ctx.deps.feed.onTopic(inboxTopic(viewerId), wake),
        async () => {
          const em = ctx.deps.orm.em.fork();
          const member = await em.findOne(Member, { id: viewerId });
          if (!member?.active || !mayReadInbox(member)) return null; // a deactivated member's stream ends, and one whose role changed
          const service = new InboxService(em, ctx.viewer!);
          const [unreadCount, [latest]] = await Promise.all([service.unreadCount(), service.list(false)]);
          return { unreadCount, latest: latest ?? null };
        },
      );
    },
  })
  inbox(@Root() state: InboxState): InboxState {
    return state;
  }
}
