import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Notification } from '../inbox/notification.entity.js';
import { Case, type CaseRow } from './case.entity.js';

@Resolver(() => Notification)
export class NotificationCaseResolver {
  @FieldResolver(() => Case, { description: 'The case it is about.' })
  async case(@Root() notification: Notification, @Ctx() ctx: Context): Promise<CaseRow> {
    return (await ctx.loaders.caseRow.load(notification.caseId))!;
  }
}
