import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../shared/scalars.js';

export enum CalendarDayKindEnum {
  HOLIDAY = 'HOLIDAY',
  DAY_OFF = 'DAY_OFF',
  WORKING_DAY = 'WORKING_DAY',
}
registerEnumType(CalendarDayKindEnum, {
  name: 'CalendarDayKind',
  description: 'HOLIDAY: public holiday; DAY_OFF: a day off moved by law or decree; WORKING_DAY: a weekend day made working.',
});

@ObjectType('CalendarDay', { description: 'A day that differs from the ordinary Monday–Friday week.' })
@Entity({ tableName: 'calendar_day' })
export class CalendarDayRow {
  @Field(() => LocalDateScalar)
  @PrimaryKey({ type: 'text' })
  date!: string;

  @Field(() => CalendarDayKindEnum)
  @Enum({ items: () => CalendarDayKindEnum, type: 'text' })
  kind!: CalendarDayKindEnum;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;
}
