import { GraphQLJSON } from 'graphql-scalars';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { CaseEvent } from '../../shared/events/case-event.entity.js';
import { CaseEventDetails, detailsOf } from '../../shared/events/event-details.js';
import { erasedPayload, hasErasableText } from './retention.rules.js';

/**
 * The log is append-only: once a case's identity is erased under the retention rule, the free
 * texts of its events are masked as they are read — in the timeline and in every live or replayed feed.
 */
function readPayload(event: CaseEvent, ctx: Context): Record<string, unknown> | Promise<Record<string, unknown>> {
  // Only a payload with free text can differ: the others (most events) need no look-up, nor a
  // promise, on the live fan-out's hot path least of all.
  if (!event.caseId || !hasErasableText(event.payload)) return event.payload;
  return ctx.loaders.identityErased.load(event.caseId).then((erased) => (erased ? erasedPayload(event.payload) : event.payload));
}

@Resolver(() => CaseEvent)
export class CaseEventPayloadResolver {
  @FieldResolver(() => GraphQLJSON)
  payload(@Root() event: CaseEvent, @Ctx() ctx: Context): Record<string, unknown> | Promise<Record<string, unknown>> {
    return readPayload(event, ctx);
  }

  /** The same payload, masked the same way, typed by the kind (the identity guard redacts its free-text fields as it does the payload's). */
  @FieldResolver(() => CaseEventDetails, {
    nullable: true,
    description: 'The payload typed by the kind. Null where it is withheld (a member recused from the case) and for an event without a case.',
  })
  details(@Root() event: CaseEvent, @Ctx() ctx: Context) {
    const payload = readPayload(event, ctx);
    return payload instanceof Promise ? payload.then((p) => detailsOf(event.kind, p)) : detailsOf(event.kind, payload);
  }
}
