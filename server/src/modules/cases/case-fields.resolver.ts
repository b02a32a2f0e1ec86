import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { CaseEvent } from '../../shared/events/case-event.entity.js';
import { ageOn, localDate } from '../../shared/working-days/calendar.js';
import { isOverdue } from '../../shared/working-days/deadlines.js';
import { seesAuditKinds } from '../../shared/privacy/reads-log.js';
import { answerDueAtOf, endingOf, type CaseEnding } from './answer.rules.js';
import { eotinishNumberOf } from './application.js';
import { CaseAbilities } from './case-abilities.js';
import { CaseEndingEnum, CaseStatusEnum, NoticeChannel } from './case.enums.js';
import { Case, type CaseRow } from './case.entity.js';
import { screeningMoves } from './case.policy.js';
import { readIdentity } from './identity.access.js';
import { Applicant, Checklist, Child, ChildProfile, Extension } from './case.types.js';
import { computeChecklist, withFailing } from './checklist.js';
import { Episode } from './episode.entity.js';
import { isClockStopped, type CaseStatus } from './lifecycle.js';
import { Resource } from './resource.entity.js';

@Resolver(() => Case)
export class CaseFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Registration number of the application on E-otinish; null for a paper application (see applicationNumber).' })
  eotinishNumber(@Root() kase: CaseRow): string | null {
    return eotinishNumberOf(kase);
  }

  @FieldResolver(() => CaseAbilities, { description: 'What the viewer may do on this case now; ask this instead of copying role tables.' })
  viewerCan(@Root() kase: CaseRow, @Ctx() ctx: Context): CaseAbilities {
    return new CaseAbilities(kase, ctx.viewer!, ctx);
  }

  @FieldResolver(() => Applicant, { nullable: true, description: 'Personal data: FORBIDDEN for roles that may not see identity; null once erased under the retention rule (see identityErasedAt).' })
  async applicant(@Root() kase: CaseRow, @Ctx() ctx: Context): Promise<Applicant | null> {
    if (!(await readIdentity(ctx, kase, 'applicant'))) return null;
    return { name: kase.applicantName, relation: kase.applicantRelation, contact: kase.applicantContact };
  }

  @FieldResolver(() => Child, { nullable: true, description: 'Personal data: FORBIDDEN for roles that may not see identity; null once erased under the retention rule (see identityErasedAt).' })
  async child(@Root() kase: CaseRow, @Ctx() ctx: Context): Promise<Child | null> {
    if (!(await readIdentity(ctx, kase, 'child')) || kase.childBirthDate === null) return null;
    return { name: kase.childName, birthDate: kase.childBirthDate, region: kase.childRegion, school: kase.childSchool ?? null };
  }

  @FieldResolver(() => ChildProfile)
  async childProfile(@Root() kase: CaseRow, @Ctx() ctx: Context): Promise<ChildProfile> {
    const episodes = await ctx.loaders.episodesByCase.load(kase.id);
    const first = episodes[0];
    // After erasure the birth date is gone; the statistics keep the age band.
    return { region: kase.childRegion, ageAtFirstEpisode: first && kase.childBirthDate ? ageOn(kase.childBirthDate, localDate(first.occurredAt)) : null };
  }

  @FieldResolver(() => [Episode])
  episodes(@Root() kase: CaseRow, @Ctx() ctx: Context) {
    return ctx.loaders.episodesByCase.load(kase.id);
  }

  @FieldResolver(() => [Resource])
  resources(@Root() kase: CaseRow, @Ctx() ctx: Context) {
    return ctx.loaders.resourcesByCase.load(kase.id);
  }

  @FieldResolver(() => Checklist)
  async checklist(@Root() kase: CaseRow, @Ctx() ctx: Context): Promise<Checklist> {
    const episodes = await ctx.loaders.episodesByCase.load(kase.id);
    return withFailing(computeChecklist({ childBirthDate: kase.childBirthDate, episodes: episodes.map((e) => ({ occurredAt: e.occurredAt, channel: e.channel, url: e.url ?? null })) }));
  }

  @FieldResolver(() => Boolean, { description: 'Past its due time with the clock still running.' })
  overdue(@Root() kase: CaseRow, @Ctx() ctx: Context): boolean {
    return isOverdue(kase.dueAt, ctx.deps.clock.now(), isClockStopped(kase.status));
  }

  @FieldResolver(() => Extension, { nullable: true })
  async extension(@Root() kase: CaseRow, @Ctx() ctx: Context): Promise<Extension | null> {
    if (!kase.extensionReason || !kase.extendedAt || !kase.extendedBy || !kase.applicantNoticeDueAt) return null;
    const by = await ctx.loaders.member.load(kase.extendedBy.id);
    return { reason: kase.extensionReason, extendedAt: kase.extendedAt, dueAt: kase.dueAt, applicantNoticeDueAt: kase.applicantNoticeDueAt, noticeSentAt: kase.extensionNoticeSentAt ?? null, noticeChannel: (kase.extensionNoticeChannel as NoticeChannel | null) ?? null, by: by! };
  }

  @FieldResolver(() => CaseEndingEnum, { nullable: true, description: 'How the case ended (decided, returned or out of scope); null while it has no ending.' })
  ending(@Root() kase: CaseRow): CaseEnding | null {
    return endingOf(kase);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the answer to the applicant is due: the end of the case\'s (possibly extended) review term; null while the case has no ending.' })
  answerDueAt(@Root() kase: CaseRow): Date | null {
    return answerDueAtOf(kase);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the answer to the applicant was sent, as recorded (null: not yet).' })
  answerSentAt(@Root() kase: CaseRow): Date | null {
    return kase.answerSentAt ?? null;
  }

  @FieldResolver(() => NoticeChannel, { nullable: true, description: 'How the answer was sent, as recorded.' })
  answerChannel(@Root() kase: CaseRow): NoticeChannel | null {
    return (kase.answerChannel as NoticeChannel | null) ?? null;
  }

  @FieldResolver(() => [CaseStatusEnum], { description: 'The screening moves the viewer may make now.' })
  allowedTransitions(@Root() kase: CaseRow, @Ctx() ctx: Context): CaseStatus[] {
    return screeningMoves(ctx.viewer!, kase.status);
  }

  @FieldResolver(() => [CaseEvent], { description: 'The timeline: every event of the case, oldest first; reads of personal data and of the audit only for the chair and deputy.' })
  events(@Root() kase: CaseRow, @Ctx() ctx: Context) {
    return (seesAuditKinds(ctx.viewer!) ? ctx.loaders.eventsByCase : ctx.loaders.changesByCase).load(kase.id);
  }
}
