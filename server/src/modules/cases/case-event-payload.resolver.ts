import { GraphQLJSON } from 'graphql-scalars';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { CaseEvent } from '../../shared/events/case-event.entity.js';
import { erasedPayload, hasErasableText } from './retention.rules.js';

@Resolver(() => CaseEvent)
export class CaseEventPayloadResolver {
  /**
   * The log is append-only: once a case's identity is erased under the retention rule, the free
   * texts of its events are masked as they are read — in the timeline and in every live or replayed feed.
   */
  @FieldResolver(() => GraphQLJSON)
  async payload(@Root() event: CaseEvent, @Ctx() ctx: Context): Promise<Record<string, unknown>> {
    // Only a payload with free text can differ: the others (most events) need no look-up, on the live fan-out's hot path least of all.
    if (!event.caseId || !hasErasableText(event.payload)) return event.payload;
    return (await ctx.loaders.identityErased.load(event.caseId)) ? erasedPayload(event.payload) : event.payload;
  }
}
