import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Member } from '../members/member.entity.js';
import { CaseEvent } from '../../shared/events/case-event.entity.js';

@Resolver(() => CaseEvent)
export class CaseEventFieldsResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'Who did it; null for the system.' })
  actor(@Root() event: CaseEvent, @Ctx() ctx: Context) {
    return event.actorId ? ctx.loaders.member.load(event.actorId) : null;
  }
}
