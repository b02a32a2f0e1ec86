import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import type { Row } from '../../shared/rows.js';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { Case } from '../cases/case.entity.js';
import { Platform } from '../platforms/platform.entity.js';

export enum PrescriptionStatus {
  ISSUED = 'ISSUED',
  DELIVERED = 'DELIVERED',
  COMPLIED = 'COMPLIED',
  PARTIALLY_COMPLIED = 'PARTIALLY_COMPLIED',
  NOT_COMPLIED = 'NOT_COMPLIED',
  ESCALATED = 'ESCALATED',
}
registerEnumType(PrescriptionStatus, { name: 'PrescriptionStatus' });

/** The platform's legal identity as printed on the prescription, in kk and ru where it has words. */
export interface AddresseeLegal {
  legalNameKk?: string | null;
  legalNameRu?: string | null;
  bin?: string | null;
  registration?: string | null;
  addressKk?: string | null;
  addressRu?: string | null;
}

/** The demand to a platform to remove the content, created in the transaction of a CONFIRMED decision. */
@ObjectType({ description: 'A prescription (нұсқама / предписание) to remove content, to one platform.' })
@Entity({ tableName: 'prescription' })
@Index({ name: 'prescription_stats_index', expression: 'create index "prescription_stats_index" on "prescription" ("case_id") include ("status", "platform_id", "delivered_at", "resolved_at")' })
export class Prescription extends BaseEntity {
  @ManyToOne({ entity: () => Case, index: true }) case!: Case;
  /** The decision it is issued under; the decisions module, above this one, owns it (see decision-facts.ts). */
  @Property({ type: 'uuid', fieldName: 'decision_id', index: true }) decisionId!: string;
  @Field(() => String, { description: 'Numbered per year, e.g. ПР-2026-0003.' }) @Property({ type: 'text', unique: true }) number!: string;
  /** Resolved for GraphQL by PrescriptionResolver through the `platform` loader. */
  @Field(() => Platform, { nullable: true }) @ManyToOne({ entity: () => Platform, nullable: true }) platform?: Platform | null;
  @Field(() => String, { description: 'The owner or legal representative in Kazakhstan it is addressed to.' }) @Property({ type: 'text' }) addressee!: string;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) addresseeContact?: string | null;
  /** The addressee's legal entity, BIN or foreign registration and address as the registry had them at issue (null: not recorded). */
  @Property({ type: 'json' }) addresseeLegal!: AddresseeLegal;
  @Field(() => [String], { description: 'Every URL to remove.' }) @Property({ type: 'text[]' }) urls!: string[];
  @Field(() => String) @Property({ type: 'text' }) legalBasisKk!: string;
  @Field(() => String) @Property({ type: 'text' }) legalBasisRu!: string;
  @Field(() => Int) @Property({ type: 'integer' }) removalHours!: number;
  @Field(() => PrescriptionStatus) @Enum({ items: () => PrescriptionStatus, type: 'text' }) status: Opt<PrescriptionStatus> = PrescriptionStatus.ISSUED;
  @Field(() => Date, { nullable: true }) @Property({ type: 'timestamptz', nullable: true }) deliveredAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Removal deadline: delivery + removalHours.' }) @Property({ type: 'timestamptz', nullable: true }) removalDueAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When compliance (full, partial or none) was recorded.' }) @Property({ type: 'timestamptz', nullable: true }) resolvedAt?: Date | null;
}

/** A prescription as its type resolves it (`issuedAt` is its creation): an entity, or a plain row (prescription.reader.ts). */
export type PrescriptionRow = Row<Prescription, 'case' | 'platform'>;
