import { MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { IdempotencyKeyField } from '../../shared/idempotency/idempotency-key.field.js';
import { KEY_DESCRIPTION } from '../../shared/idempotency/request-key.js';
import { CASE_STAFF, CHAIRS } from '../../shared/role.js';
import { Member } from '../members/member.entity.js';
import { Platform } from '../platforms/platform.entity.js';
import { AccessRestrictionRequest, UrlCheck, type EscalationRow, type UrlCheckRow } from './compliance.entities.js';
import { Prescription, PrescriptionStatus, type PrescriptionRow } from './prescription.entity.js';
import { PrescriptionService } from './prescription.service.js';
// Declares this module's booleans of viewerCan (ViewerAbilities, CaseAbilities).
import './prescription.abilities.js';

@ArgsType()
class ComplianceArgs {
  @Field(() => ID) prescriptionId!: string;
  @Field(() => PrescriptionStatus, { description: 'COMPLIED, PARTIALLY_COMPLIED or NOT_COMPLIED.' }) status!: PrescriptionStatus;
  @Field(() => String, { nullable: true }) @MaxLength(5_000) note?: string | null;
  @IdempotencyKeyField() idempotencyKey?: string | null;
}

const service = (ctx: Context) => new PrescriptionService(ctx.em, ctx.viewer, ctx.deps.checker, ctx.deps.clock, ctx.deps.env.deliveryBackdateDays);

@Resolver(() => Prescription)
export class PrescriptionResolver {
  @Authorized(...CASE_STAFF)
  @Mutation(() => Prescription, { description: 'Records delivery to the platform; the removal deadline runs from it.' })
  deliverPrescription(
    @Arg('prescriptionId', () => ID) id: string,
    @Arg('deliveredAt', () => Date, { nullable: true }) at: Date | null,
    @Arg('idempotencyKey', () => String, { nullable: true, description: KEY_DESCRIPTION }) key: string | null,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).deliver(id, at, key);
  }

  @Authorized(...CASE_STAFF)
  @Mutation(() => Prescription, { description: 'Records what the platform did.' })
  recordCompliance(@Args(() => ComplianceArgs) { prescriptionId, status, note, idempotencyKey }: ComplianceArgs, @Ctx() ctx: Context) {
    return service(ctx).recordCompliance(prescriptionId, status, note ?? null, idempotencyKey);
  }

  @Authorized(...CASE_STAFF)
  @Mutation(() => [UrlCheck], { description: 'Re-checks every URL now (also runs by itself after the deadline).' })
  recheckPrescription(@Arg('prescriptionId', () => ID) id: string, @Ctx() ctx: Context) {
    return service(ctx).recheck(id);
  }

  @Authorized(...CHAIRS)
  @Mutation(() => AccessRestrictionRequest, { description: 'Escalates a prescription not complied with past its deadline to an access restriction request.' })
  escalatePrescription(
    @Arg('prescriptionId', () => ID) id: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: KEY_DESCRIPTION }) key: string | null,
    @Ctx() ctx: Context,
  ) {
    return service(ctx).escalate(id, key);
  }

  @FieldResolver(() => [UrlCheck], { description: 'Re-checks of the URLs, newest first.' })
  checks(@Root() p: PrescriptionRow, @Ctx() ctx: Context): Promise<UrlCheckRow[]> {
    return ctx.loaders.checksByPrescription.load(p.id);
  }

  @FieldResolver(() => AccessRestrictionRequest, { nullable: true })
  escalation(@Root() p: PrescriptionRow, @Ctx() ctx: Context): Promise<EscalationRow | null> {
    return ctx.loaders.escalationByPrescription.load(p.id);
  }

  @FieldResolver(() => Platform, { nullable: true })
  platform(@Root() p: PrescriptionRow, @Ctx() ctx: Context) {
    return p.platform ? ctx.loaders.platform.load(p.platform.id) : null;
  }

  @FieldResolver(() => Date)
  issuedAt(@Root() p: PrescriptionRow): Date {
    return p.createdAt;
  }
}

@Resolver(() => UrlCheck)
export class UrlCheckFieldsResolver {
  @FieldResolver(() => Date)
  checkedAt(@Root() check: UrlCheckRow): Date {
    return check.createdAt;
  }
}

@Resolver(() => AccessRestrictionRequest)
export class AccessRestrictionFieldsResolver {
  @FieldResolver(() => Member)
  requestedBy(@Root() r: EscalationRow, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(r.requestedBy.id);
  }

  @FieldResolver(() => Date)
  requestedAt(@Root() r: EscalationRow): Date {
    return r.createdAt;
  }
}
