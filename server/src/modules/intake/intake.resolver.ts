import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { Case } from '../cases/case.entity.js';
import { CASE_STAFF } from '../members/role.js';
import { RegisterApplicationInput } from './intake.inputs.js';
import { IntakeService } from './intake.service.js';

@Resolver()
export class IntakeResolver {
  @Authorized(...CASE_STAFF)
  @Mutation(() => Case, { description: 'Registers an application from E-otinish; the same eotinishNumber again returns the same case, unchanged.' })
  registerApplication(@Arg('input', () => RegisterApplicationInput) input: RegisterApplicationInput, @Ctx() ctx: Context) {
    return new IntakeService(ctx.em, ctx.viewer!, ctx.deps.clock).register(input);
  }
}
