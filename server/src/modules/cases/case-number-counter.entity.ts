import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Last case number handed out per year (see case-number.ts). */
@Entity({ tableName: 'case_number_counter' })
export class CaseNumberCounter {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
