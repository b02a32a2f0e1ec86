import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { CASE_STAFF } from '../../shared/role.js';
import { Platform } from '../platforms/platform.entity.js';
import type { PlatformCard } from '../platforms/platform-registry.js';
import { Case, type CaseRow } from './case.entity.js';
import { choosePrescriptionUrl, prescriptionUrlsOf } from './prescription-urls.service.js';
import type { PrescriptionUrlChoice } from './prescription-urls.rules.js';

@ObjectType({ description: 'A URL of the case and whether it goes into the prescription to its platform.' })
export class PrescriptionUrl {
  @Field(() => String) url!: string;
  @Field(() => Platform, { nullable: true }) platform!: PlatformCard | null;
  @Field(() => Boolean, { description: 'A whole account, channel or group rather than one piece of content: left out unless chosen.' }) accountRoot!: boolean;
  @Field(() => Boolean, { description: 'Whether the prescription will list it.' }) included!: boolean;
  @Field(() => Boolean, { description: 'Whether the panel chose (true) or the default applies (false).' }) chosen!: boolean;
}

const toGql = (u: PrescriptionUrlChoice, platforms: ReadonlyMap<string, PlatformCard>): PrescriptionUrl =>
  ({ url: u.url, platform: (u.platformId && platforms.get(u.platformId)) || null, accountRoot: u.accountRoot, included: u.included, chosen: u.choice !== null });

@Resolver(() => Case)
export class PrescriptionUrlsResolver {
  @FieldResolver(() => [PrescriptionUrl], { description: 'Every URL of the case once, with its choice for the prescription (issue 16).' })
  async prescriptionUrls(@Root() kase: CaseRow, @Ctx() ctx: Context): Promise<PrescriptionUrl[]> {
    const [episodes, resources] = await Promise.all([ctx.loaders.episodesByCase.load(kase.id), ctx.loaders.resourcesByCase.load(kase.id)]);
    const urls = prescriptionUrlsOf(episodes, resources);
    const ids = [...new Set(urls.flatMap((u) => (u.platformId ? [u.platformId] : [])))];
    const found = await Promise.all(ids.map((id) => ctx.loaders.platform.load(id)));
    const platforms = new Map(found.flatMap((p) => (p ? [[p.id, p] as const] : [])));
    return urls.map((u) => toGql(u, platforms));
  }

  @Authorized(...CASE_STAFF)
  @Mutation(() => PrescriptionUrl, { description: 'Chooses whether a URL of the case goes into the prescription; until the case is decided.' })
  async setPrescriptionUrl(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('url', () => String) url: string,
    @Arg('included', () => Boolean) included: boolean,
    @Ctx() ctx: Context,
  ): Promise<PrescriptionUrl> {
    const chosen = await choosePrescriptionUrl(ctx.em, ctx.viewer!, caseId, url, included);
    const platform = chosen.platformId ? await ctx.em.findOne(Platform, { id: chosen.platformId }) : null;
    return toGql(chosen, new Map(platform ? [[platform.id, platform]] : []));
  }
}
