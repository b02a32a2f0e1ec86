import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import { refreshForEvent, type Context } from '../../shared/context.js';
import { CaseEvent } from '../../shared/events/case-event.entity.js';
import { openCaseFeed, openPanelFeed } from './case-feed.service.js';

/** Each event of a feed, as its field resolves it: its own fork and loaders, and (one case's feed) the case that admitted the viewer. */
const caseEvent: GraphQLFieldResolver<CaseEvent, Context> = (event, _args, ctx) => {
  refreshForEvent(ctx, event.caseId);
  return event;
};
const panelEvent: GraphQLFieldResolver<CaseEvent, Context> = (event, _args, ctx) => {
  refreshForEvent(ctx);
  return event;
};

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
    return caseEvent(event, {}, ctx, undefined as never) as CaseEvent; // declares the field; resolveFeedEventsDirectly resolves it
  }

  @Subscription(() => CaseEvent, {
    description: 'Every case registered, moved or extended, and every round opened, voted in or closed and every recusal, for live queues; `after` replays as for caseEvents.',
    subscribe: ({ args, context }) => openPanelFeed(context as Context, (args.after as string | null) ?? null),
  })
  panelEvents(@Root() event: CaseEvent, @Arg('after', () => String, { nullable: true }) _after: string | null, @Ctx() ctx: Context): CaseEvent {
    return panelEvent(event, {}, ctx, undefined as never) as CaseEvent; // declares the field; resolveFeedEventsDirectly resolves it
  }
}

/**
 * The two feeds' fields as plain resolvers, the methods above declaring them. type-graphql checks a
 * field's arguments on every call, and asynchronously: for a feed that is once per event, although
 * `subscribe` checked them when the subscription started (openCaseFeed, openPanelFeed), and it
 * makes every event's execution wait for a promise. Resolved directly, an event whose fields need no
 * look-up executes synchronously, once for all its room's subscribers of one role.
 */
export function resolveFeedEventsDirectly(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getSubscriptionType()!.getFields();
  fields.caseEvents.resolve = caseEvent as GraphQLFieldResolver<unknown, unknown>;
  fields.panelEvents.resolve = panelEvent as GraphQLFieldResolver<unknown, unknown>;
  return schema;
}
