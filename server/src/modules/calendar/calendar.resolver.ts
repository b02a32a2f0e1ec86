import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { LocalDateScalar } from '../../shared/scalars.js';
import { ALL_ROLES, Role } from '../../shared/role.js';
import { CalendarDayKindEnum, CalendarDayRow } from './calendar-day.entity.js';
import { CalendarService } from './calendar.service.js';

const calendar = (ctx: Context) => new CalendarService(ctx.em, ctx.viewer!);

@Resolver()
export class CalendarResolver {
  @Authorized(...ALL_ROLES)
  @Query(() => [CalendarDayRow], { description: 'Holidays, moved days off and working weekend days of a year.' })
  calendar(@Arg('year', () => Int) year: number, @Ctx() ctx: Context) {
    return calendar(ctx).year(year);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarDayRow)
  setCalendarDay(
    @Arg('date', () => LocalDateScalar) date: string,
    @Arg('kind', () => CalendarDayKindEnum) kind: CalendarDayKindEnum,
    @Arg('name', () => String) name: string,
    @Ctx() ctx: Context,
  ) {
    return calendar(ctx).set(date, kind, name);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean)
  removeCalendarDay(@Arg('date', () => LocalDateScalar) date: string, @Ctx() ctx: Context) {
    return calendar(ctx).remove(date);
  }
}
