import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The last number handed out in a yearly series (see serial.ts). */
@Entity({ tableName: 'serial_counter' })
export class SerialCounter {
  @PrimaryKey({ type: 'text' })
  series!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
