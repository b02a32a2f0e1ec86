import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Platform } from '../platforms/platform.entity.js';
import { Episode, type EpisodeRow } from './episode.entity.js';
import { Resource, type ResourceRow } from './resource.entity.js';

// The platforms of the case file's rows, by the rows' foreign keys through the `platform` loader.

@Resolver(() => Episode)
export class EpisodeFieldsResolver {
  @FieldResolver(() => Platform, { nullable: true })
  platform(@Root() episode: EpisodeRow, @Ctx() ctx: Context) {
    return episode.platform ? ctx.loaders.platform.load(episode.platform.id) : null;
  }
}

@Resolver(() => Resource)
export class ResourceFieldsResolver {
  @FieldResolver(() => Platform, { nullable: true })
  platform(@Root() resource: ResourceRow, @Ctx() ctx: Context) {
    return resource.platform ? ctx.loaders.platform.load(resource.platform.id) : null;
  }
}
