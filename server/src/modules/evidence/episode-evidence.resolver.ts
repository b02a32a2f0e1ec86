import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Evidence } from './evidence.entity.js';
import { Episode } from '../cases/episode.entity.js';

@Resolver(() => Episode)
export class EpisodeEvidenceResolver {
  @FieldResolver(() => [Evidence], { description: 'Files attached to this episode, oldest first.' })
  evidence(@Root() episode: Episode, @Ctx() ctx: Context) {
    return ctx.loaders.evidenceByEpisode.load(episode.id);
  }
}
