import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Case } from '../cases/case.entity.js';
import { CASE_STAFF } from '../../shared/role.js';
import { Checklist } from '../cases/case.types.js';
import { IntakeChecklistInput, RegisterApplicationInput } from './intake.inputs.js';
import { intakeChecklist } from './intake.rules.js';
import { IntakeService } from './intake.service.js';

@Resolver()
export class IntakeResolver {
  @Authorized(...CASE_STAFF)
  @Query(() => Checklist, { description: 'The screening checklist of an application being typed (the rule registerApplication applies): what fails needs checklistOverrideReason.' })
  intakeChecklist(@Arg('input', () => IntakeChecklistInput) input: IntakeChecklistInput) {
    return intakeChecklist(input);
  }

  @Authorized(...CASE_STAFF)
  @Mutation(() => Case, { description: 'Registers an application from E-otinish or on paper; the same kind and number (or eotinishNumber) again returns the same case, unchanged.' })
  registerApplication(@Arg('input', () => RegisterApplicationInput) input: RegisterApplicationInput, @Ctx() ctx: Context) {
    return new IntakeService(ctx.em, ctx.viewer!, ctx.deps.clock).register(input);
  }
}
