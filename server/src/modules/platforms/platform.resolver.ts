import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { ALL_ROLES } from '../members/role.js';
import { Platform } from './platform.entity.js';

@Resolver()
export class PlatformResolver {
  @Authorized(...ALL_ROLES)
  @Query(() => [Platform], { description: 'The platform registry.' })
  platforms(@Ctx() ctx: Context) {
    return ctx.em.find(Platform, {}, { orderBy: { name: 'asc' } });
  }
}
