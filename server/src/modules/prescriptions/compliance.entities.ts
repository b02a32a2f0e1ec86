import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import type { Row } from '../../shared/rows.js';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { Member } from '../members/member.entity.js';
import { Prescription } from './prescription.entity.js';

/** One re-check of one URL of a prescription: whether the content is still there. */
@ObjectType({ description: 'A re-check of a URL: GONE, PRESENT or UNREACHABLE.' })
@Entity({ tableName: 'url_check' })
export class UrlCheck extends BaseEntity {
  @ManyToOne({ entity: () => Prescription, index: true }) prescription!: Prescription;
  @Field(() => String) @Property({ type: 'text' }) url!: string;
  @Field(() => String, { description: 'GONE, PRESENT or UNREACHABLE' }) @Property({ type: 'text' }) state!: string;
  @Field(() => Int, { nullable: true }) @Property({ type: 'integer', nullable: true }) httpStatus?: number | null;
  @Field(() => String, { nullable: true }) @Property({ type: 'text', nullable: true }) note?: string | null;
  @ManyToOne({ entity: () => Member, nullable: true }) requestedBy?: Member | null;
}

/** The request to restrict access, bundling everything the authority needs. */
@ObjectType({ description: 'A request to restrict access to the resource, with its evidence package.' })
@Entity({ tableName: 'access_restriction_request' })
export class AccessRestrictionRequest extends BaseEntity {
  @ManyToOne({ entity: () => Prescription, index: true, unique: true }) prescription!: Prescription;
  /** Resolved for GraphQL by AccessRestrictionFieldsResolver through the `member` loader. */
  @Field(() => Member) @ManyToOne({ entity: () => Member }) requestedBy!: Member;
  @Field(() => GraphQLJSON, { description: 'The decision, the prescription, the evidence hashes and the re-check results.' })
  @Property({ type: 'jsonb' }) package!: Record<string, unknown>;
}

// As their types resolve them (`checkedAt`, `requestedAt`: the creation): entities, or plain rows (prescription.reader.ts).
export type UrlCheckRow = Row<UrlCheck, 'prescription' | 'requestedBy'>;
export type EscalationRow = Row<AccessRestrictionRequest, 'prescription' | 'requestedBy'>;
