import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { notFound } from '../../shared/domain-error.js';
import { Case, type CaseRow } from '../cases/case.entity.js';
import { readIdentity } from '../cases/identity.access.js';
import { Member } from '../members/member.entity.js';
import { CASE_STAFF, Role } from '../../shared/role.js';
import { Prescription, type PrescriptionRow } from '../prescriptions/prescription.entity.js';
import { addDissent, setDecisionReasoning, signDecision } from './decision.actions.js';
import { Decision, Dissent, type DecisionRow, type DissentRow } from './decision.entities.js';
// Declares this module's booleans of viewerCan (ViewerAbilities, CaseAbilities).
import './decision.abilities.js';

@Resolver(() => Decision)
export class DecisionResolver {
  @Authorized(Role.CHAIR, Role.DEPUTY_CHAIR, Role.MEMBER)
  @Mutation(() => Dissent, { description: 'Attaches the viewer\'s dissenting opinion (voted against the outcome; until the protocol is signed).' })
  addDissent(@Arg('decisionId', () => ID) decisionId: string, @Arg('text', () => String) text: string, @Ctx() ctx: Context) {
    return addDissent(ctx.em, ctx.viewer!, decisionId, text);
  }

  @Authorized(...CASE_STAFF)
  @Mutation(() => Decision, { description: 'Writes the decision\'s own reasoning in Kazakh and Russian (presiding chair or deputy, or the secretary; until the protocol is signed). Required before signing; the answer to the applicant carries it in the application\'s language.' })
  setDecisionReasoning(
    @Arg('decisionId', () => ID) decisionId: string,
    @Arg('kk', () => String) kk: string,
    @Arg('ru', () => String) ru: string,
    @Ctx() ctx: Context,
  ) {
    return setDecisionReasoning(ctx.em, ctx.viewer!, decisionId, kk, ru);
  }

  @Authorized(...CASE_STAFF)
  @Mutation(() => Decision, { description: 'Signs the protocol: the chair (or deputy) and the secretary each once.' })
  signDecision(@Arg('decisionId', () => ID) decisionId: string, @Ctx() ctx: Context) {
    return signDecision(ctx.em, ctx.viewer!, decisionId, ctx.deps.clock);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Personal data: the answer to the applicant, drafted in the application\'s language. It names the applicant: FORBIDDEN for roles that may not see identity, and every read is logged.',
  })
  async answerText(@Root() decision: DecisionRow, @Ctx() ctx: Context): Promise<string> {
    const kase = await ctx.loaders.caseRow.load(decision.case.id);
    if (!kase) throw notFound('case');
    await readIdentity(ctx, kase, 'applicant');
    return decision.answerText;
  }

  @FieldResolver(() => Date)
  decidedAt(@Root() decision: DecisionRow): Date {
    return decision.createdAt;
  }

  @FieldResolver(() => [Dissent])
  dissents(@Root() decision: DecisionRow, @Ctx() ctx: Context): Promise<DissentRow[]> {
    return ctx.loaders.dissentsByDecision.load(decision.id);
  }

  @FieldResolver(() => [Prescription])
  async prescriptions(@Root() decision: DecisionRow, @Ctx() ctx: Context): Promise<PrescriptionRow[]> {
    return (await ctx.loaders.prescriptionsByCase.load(decision.case.id)).filter((p) => p.decisionId === decision.id);
  }

  @FieldResolver(() => Boolean, { description: 'Signed by both the chair and the secretary: final.' })
  signed(@Root() decision: DecisionRow): boolean {
    return !!decision.chairSignedAt && !!decision.secretarySignedAt;
  }

  @FieldResolver(() => Member, { nullable: true })
  chairSignedBy(@Root() d: DecisionRow, @Ctx() ctx: Context) {
    return d.chairSignedBy ? ctx.loaders.member.load(d.chairSignedBy.id) : null;
  }

  @FieldResolver(() => Member, { nullable: true })
  secretarySignedBy(@Root() d: DecisionRow, @Ctx() ctx: Context) {
    return d.secretarySignedBy ? ctx.loaders.member.load(d.secretarySignedBy.id) : null;
  }
}

@Resolver(() => Case)
export class CaseDecisionResolver {
  @FieldResolver(() => Decision, { nullable: true })
  decision(@Root() kase: CaseRow, @Ctx() ctx: Context): Promise<DecisionRow | null> {
    return ctx.loaders.decisionByCase.load(kase.id);
  }

  @FieldResolver(() => [Prescription], { description: 'One prescription per platform, issued with a CONFIRMED decision.' })
  prescriptions(@Root() kase: CaseRow, @Ctx() ctx: Context): Promise<PrescriptionRow[]> {
    return ctx.loaders.prescriptionsByCase.load(kase.id);
  }

  @FieldResolver(() => Prescription, { nullable: true, description: 'The first prescription (see `prescriptions` for all).' })
  async prescription(@Root() kase: CaseRow, @Ctx() ctx: Context): Promise<PrescriptionRow | null> {
    return (await ctx.loaders.prescriptionsByCase.load(kase.id))[0] ?? null;
  }
}

@Resolver(() => Dissent)
export class DissentFieldsResolver {
  @FieldResolver(() => Member)
  member(@Root() dissent: DissentRow, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(dissent.member.id);
  }

  @FieldResolver(() => Date)
  writtenAt(@Root() dissent: DissentRow): Date {
    return dissent.createdAt;
  }
}
