import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import { refreshForEvent, type Context } from '../../shared/context.js';
import { CaseEvent } from '../../shared/events/case-event.entity.js';
import { openCaseFeed, openPanelFeed } from './case-feed.service.js';

@Resolver()
export class CaseEventsResolver {
  @Subscription(() => CaseEvent, {
    description: 'The case\'s events as they are committed; with `after`, every event later than that seq first. Reconnect with the last seq received: nothing is missed or repeated.',
    subscribe: ({ args, context }) => openCaseFeed(context as Context, args.caseId as string, (args.after as string | null) ?? null),
  })
  caseEvents(
    @Root() event: CaseEvent,
    @Arg('caseId', () => ID) _caseId: string,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Ctx() ctx: Context,
  ): CaseEvent {
    refreshForEvent(ctx);
    return event;
  }

  @Subscription(() => CaseEvent, {
    description: 'Every case registered, moved or extended, and every round opened, voted in or closed and every recusal, for live queues; `after` replays as for caseEvents.',
    subscribe: ({ args, context }) => openPanelFeed(context as Context, (args.after as string | null) ?? null),
  })
  panelEvents(@Root() event: CaseEvent, @Arg('after', () => String, { nullable: true }) _after: string | null, @Ctx() ctx: Context): CaseEvent {
    refreshForEvent(ctx);
    return event;
  }
}
