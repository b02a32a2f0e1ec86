import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Member } from '../members/member.entity.js';
import { Evidence, type EvidenceRow } from './evidence.entity.js';
import { Episode, type EpisodeRow } from '../cases/episode.entity.js';

@Resolver(() => Episode)
export class EpisodeEvidenceResolver {
  @FieldResolver(() => [Evidence], { description: 'Files attached to this episode, oldest first.' })
  evidence(@Root() episode: EpisodeRow, @Ctx() ctx: Context) {
    return ctx.loaders.evidenceByEpisode.load(episode.id);
  }
}

@Resolver(() => Evidence)
export class EvidenceFieldsResolver {
  @FieldResolver(() => Member)
  uploadedBy(@Root() evidence: EvidenceRow, @Ctx() ctx: Context) {
    return ctx.loaders.member.load(evidence.uploadedBy.id);
  }
}
