import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../shared/clock.js';
import { badField, DomainError, forbidden, msg, type FieldProblem, type Localized } from '../../shared/domain-error.js';
import { emit, write } from '../../shared/write.js';
import { once } from '../../shared/idempotency/idempotency.js';
import type { Viewer } from '../../shared/viewer.js';
import { decisionDueAt } from '../../shared/working-days/deadlines.js';
import { serialYear } from '../../shared/serial.js';
import { loadCalendar } from '../calendar/calendar.service.js';
import { ApplicationKind, type ApplicationRef } from '../cases/application.js';
import { nextCaseNumber } from '../cases/case-number.js';
import { EpisodeChannel } from '../cases/case.enums.js';
import { checklistReasonRequired } from '../cases/checklist.js';
import { Case } from '../cases/case.entity.js';
import { mayRegister } from '../cases/case.policy.js';
import { Episode } from '../cases/episode.entity.js';
import { Resource } from '../cases/resource.entity.js';
import { Member } from '../members/member.entity.js';
import { matchPlatform } from '../platforms/platform-match.js';
import { Platform } from '../platforms/platform.entity.js';
import type { RegisterApplicationInput } from './intake.inputs.js';
import { applicationOfInput, applicationProblems, intakeChecklist, statsFacts } from './intake.rules.js';

/** The case of an application of this kind, however its number was typed (see the paper_applications migration). */
async function caseOfApplication(em: EntityManager, ref: ApplicationRef): Promise<Case | null> {
  const key = ref.kind === ApplicationKind.PAPER ? 'incoming_key(?)' : 'eotinish_key(?)';
  const [row] = await em.execute<{ id: string }[]>(`select id from "case" where application_kind = ? and application_key = ${key}`, [ref.kind, ref.number]);
  return row ? em.findOne(Case, { id: row.id }) : null;
}

export class IntakeService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer, private readonly clock: Clock = systemClock) {}

  /**
   * Registers an application; idempotent on its kind and number (a repeat returns the same case,
   * unchanged) and, when the client sends one, on its idempotency key. A file failing the screening
   * checklist needs `checklistOverrideReason`.
   */
  async register(input: RegisterApplicationInput): Promise<Case> {
    if (!mayRegister(this.viewer)) throw forbidden(msg('Only the secretary, the chair or the deputy chair register applications.', 'Заявления регистрируют только секретарь, председатель или заместитель председателя.', 'Өтініштерді тек хатшы, төраға немесе төрағаның орынбасары тіркейді.'));
    const { idempotencyKey, ...application } = input;
    const { ref, problem } = applicationOfInput(input);
    if (problem) throw badField('applicationNumber', 'FORMAT', problem, { fields: { applicationNumber: problem.en } });
    const request = { operation: 'registerApplication', key: idempotencyKey, request: application, reread: (em: EntityManager, id: string) => em.findOne(Case, { id }), now: this.clock.now() } as const;
    try {
      return await write(this.em, (em) => once(em, this.viewer.id, request, async () => {
        const existing = await caseOfApplication(em, ref);
        if (existing) return existing;
        assertNoProblems(input, this.clock.now());
        return this.create(em, input, ref, checklistOverride(input));
      }));
    } catch (e) {
      // Two imports of the same application at once: the loser returns the winner's case.
      if (e instanceof UniqueConstraintViolationException) {
        const winner = await caseOfApplication(this.em.fork(), ref);
        if (winner) return this.em.merge(winner);
      }
      throw e;
    }
  }

  private async create(em: EntityManager, input: RegisterApplicationInput, ref: ApplicationRef, override: string | null): Promise<Case> {
    const platforms = await em.find(Platform, {});
    const calendar = await loadCalendar(em);
    const number = await nextCaseNumber(em, serialYear(input.receivedAt));
    const kase = em.create(Case, {
      number,
      applicationKind: ref.kind,
      applicationNumber: ref.number,
      checklistOverrideReason: override,
      status: 'REGISTERED',
      language: input.applicant.language,
      receivedAt: input.receivedAt,
      dueAt: decisionDueAt(input.receivedAt, calendar),
      description: input.description.trim(),
      applicantName: input.applicant.name.trim(),
      applicantRelation: input.applicant.relation,
      applicantContact: input.applicant.contact.trim(),
      childName: input.child.name.trim(),
      childBirthDate: input.child.birthDate,
      childRegion: input.child.region,
      childSchool: input.child.school?.trim() || null,
      registeredBy: em.getReference(Member, this.viewer.id),
      ...statsFacts(input),
    });
    for (const e of input.episodes) {
      // An episode without a URL (SMS, call…) has no platform and no address to check or to prescribe removal from.
      const url = e.channel === EpisodeChannel.URL ? e.url!.trim() : null;
      const platform = url ? matchPlatform(url, platforms) : null;
      const evidenceDescription = url ? null : e.evidenceDescription!.trim();
      em.create(Episode, { case: kase, occurredAt: e.occurredAt, channel: e.channel, url, evidenceDescription, contentKind: e.contentKind, excerpt: e.excerpt?.trim() || null, platform });
      if (platform && !kase.platformIds.includes(platform.id)) kase.platformIds.push(platform.id);
    }
    for (const r of input.resources ?? []) {
      em.create(Resource, { case: kase, url: r.url.trim(), description: r.description?.trim() || null, platform: matchPlatform(r.url, platforms) });
    }
    await em.flush();
    emit(em, {
      caseId: kase.id,
      kind: 'case.registered',
      actorId: this.viewer.id,
      payload: {
        number, applicationKind: ref.kind, episodes: input.episodes.length, dueAt: kase.dueAt.toISOString(),
        ...(override ? { checklistOverrideReason: override } : {}),
      },
    });
    return kase;
  }
}

/**
 * The reason to register a file failing the screening checklist, or null when it passes; refuses a
 * failing file without one (BAD_USER_INPUT, details.reason CHECKLIST_REASON_REQUIRED, details.failing).
 */
function checklistOverride(input: RegisterApplicationInput): string | null {
  const { failing } = intakeChecklist({ childBirthDate: input.child.birthDate, episodes: input.episodes });
  if (failing.length === 0) return null;
  const reason = input.checklistOverrideReason?.trim();
  if (reason) return reason;
  throw checklistReasonRequired(failing, 'checklistOverrideReason');
}

/** Refuses an application with mistakes (e.g. received in the future of `now`), naming each field (BAD_USER_INPUT). */
function assertNoProblems(input: RegisterApplicationInput, now: Date): void {
  const problems = applicationProblems(input, now);
  if (Object.keys(problems).length === 0) return;
  const all = Object.values(problems);
  const join = (lang: keyof Localized) => all.map((p) => p[lang]).join(' ');
  const fields: Record<string, FieldProblem> = Object.fromEntries(Object.entries(problems).map(([k, message]) => [k, { code: 'INVALID', message }]));
  throw new DomainError(
    'BAD_USER_INPUT',
    msg(`The application has mistakes: ${join('en')}`, `В заявлении есть ошибки: ${join('ru')}`, `Өтініште қателер бар: ${join('kk')}`),
    { fields: Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, v.en])) },
    fields,
  );
}
