import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { Episode } from './episode.entity.js';

@Resolver(() => Episode)
export class EpisodeFieldsResolver {
  @FieldResolver(() => [Evidence], { description: 'Files attached to this episode, oldest first.' })
  evidence(@Root() episode: Episode, @Ctx() ctx: Context) {
    return ctx.loaders.evidenceByEpisode.load(episode.id);
  }
}
