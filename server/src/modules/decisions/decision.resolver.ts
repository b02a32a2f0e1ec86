import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Case, type CaseRow } from '../cases/case.entity.js';
import { readIdentity } from '../cases/identity.access.js';
import { Member } from '../members/member.entity.js';
import { CASE_STAFF, Role } from '../../shared/role.js';
import { Prescription } from '../prescriptions/prescription.entity.js';
import { addDissent, setDecisionReasoning, signDecision } from './decision.actions.js';
import { Decision, Dissent } from './decision.entities.js';
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
  async answerText(@Root() decision: Decision, @Ctx() ctx: Context): Promise<string> {
    await readIdentity(ctx, await ctx.em.findOneOrFail(Case, { id: decision.case.id }), 'applicant');
    return decision.answerText;
  }

  @FieldResolver(() => [Dissent])
  dissents(@Root() decision: Decision, @Ctx() ctx: Context) {
    return ctx.em.find(Dissent, { decision }, { orderBy: { createdAt: 'asc' } });
  }

  @FieldResolver(() => [Prescription])
  prescriptions(@Root() decision: Decision, @Ctx() ctx: Context) {
    return ctx.em.find(Prescription, { decisionId: decision.id }, { orderBy: { number: 'asc' } });
  }

  @FieldResolver(() => Boolean, { description: 'Signed by both the chair and the secretary: final.' })
  signed(@Root() decision: Decision): boolean {
    return !!decision.chairSignedAt && !!decision.secretarySignedAt;
  }

  @FieldResolver(() => Member, { nullable: true })
  chairSignedBy(@Root() d: Decision, @Ctx() ctx: Context) {
    return d.chairSignedBy ? ctx.loaders.member.load(d.chairSignedBy.id) : null;
  }

  @FieldResolver(() => Member, { nullable: true })
  secretarySignedBy(@Root() d: Decision, @Ctx() ctx: Context) {
    return d.secretarySignedBy ? ctx.loaders.member.load(d.secretarySignedBy.id) : null;
  }
}

@Resolver(() => Case)
export class CaseDecisionResolver {
  @FieldResolver(() => Decision, { nullable: true })
  decision(@Root() kase: CaseRow, @Ctx() ctx: Context) {
    return ctx.em.findOne(Decision, { case: kase.id });
  }

  @FieldResolver(() => [Prescription], { description: 'One prescription per platform, issued with a CONFIRMED decision.' })
  prescriptions(@Root() kase: CaseRow, @Ctx() ctx: Context) {
    return ctx.em.find(Prescription, { case: kase.id }, { orderBy: { number: 'asc' } });
  }

  @FieldResolver(() => Prescription, { nullable: true, description: 'The first prescription (see `prescriptions` for all).' })
  async prescription(@Root() kase: CaseRow, @Ctx() ctx: Context) {
    return (await ctx.em.find(Prescription, { case: kase.id }, { orderBy: { number: 'asc' }, limit: 1 }))[0] ?? null;
  }
}

@Resolver(() => Dissent)
export class DissentFieldsResolver {
  @FieldResolver(() => Member)
  member(@Root() dissent: Dissent, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(dissent.member.id);
  }
}
