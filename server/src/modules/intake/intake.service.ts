import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../shared/clock.js';
import { badInput, forbidden, msg, type Localized } from '../../shared/domain-error.js';
import { emit, write } from '../../shared/write.js';
import { once } from '../../shared/idempotency/idempotency.js';
import type { Viewer } from '../../shared/viewer.js';
import { decisionDueAt } from '../../shared/working-days/deadlines.js';
import { serialYear } from '../../shared/serial.js';
import { loadCalendar } from '../calendar/calendar.service.js';
import { nextCaseNumber } from '../cases/case-number.js';
import { Case } from '../cases/case.entity.js';
import { mayRegister } from '../cases/case.policy.js';
import { Episode } from '../cases/episode.entity.js';
import { Resource } from '../cases/resource.entity.js';
import { Member } from '../members/member.entity.js';
import { matchPlatform } from '../platforms/platform-match.js';
import { Platform } from '../platforms/platform.entity.js';
import type { RegisterApplicationInput } from './intake.inputs.js';
import { applicationProblems, statsFacts } from './intake.rules.js';

/** The case of an application, however its E-otinish number was typed (see the eotinish_key migration). */
async function caseOfApplication(em: EntityManager, eotinishNumber: string): Promise<Case | null> {
  const [row] = await em.execute<{ id: string }[]>('select id from "case" where eotinish_key = eotinish_key(?)', [eotinishNumber]);
  return row ? em.findOne(Case, { id: row.id }) : null;
}

export class IntakeService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer, private readonly clock: Clock = systemClock) {}

  /**
   * Registers an application; idempotent on the E-otinish number (a repeat returns the same case,
   * unchanged) and, when the client sends one, on its idempotency key.
   */
  async register(input: RegisterApplicationInput): Promise<Case> {
    if (!mayRegister(this.viewer)) throw forbidden(msg('Only the secretary, the chair or the deputy chair register applications.', 'Заявления регистрируют только секретарь, председатель или заместитель председателя.', 'Өтініштерді тек хатшы, төраға немесе төрағаның орынбасары тіркейді.'));
    const { idempotencyKey, ...application } = input;
    const eotinishNumber = input.eotinishNumber.trim();
    const request = { operation: 'registerApplication', key: idempotencyKey, request: application, reread: (em: EntityManager, id: string) => em.findOne(Case, { id }), now: this.clock.now() } as const;
    try {
      return await write(this.em, (em) => once(em, this.viewer.id, request, async () => {
        const existing = await caseOfApplication(em, eotinishNumber);
        if (existing) return existing;
        assertNoProblems(input, this.clock.now());
        return this.create(em, { ...input, eotinishNumber });
      }));
    } catch (e) {
      // Two imports of the same application at once: the loser returns the winner's case.
      if (e instanceof UniqueConstraintViolationException) {
        const winner = await caseOfApplication(this.em.fork(), eotinishNumber);
        if (winner) return this.em.merge(winner);
      }
      throw e;
    }
  }

  private async create(em: EntityManager, input: RegisterApplicationInput): Promise<Case> {
    const platforms = await em.find(Platform, {});
    const calendar = await loadCalendar(em);
    const number = await nextCaseNumber(em, serialYear(input.receivedAt));
    const kase = em.create(Case, {
      number,
      eotinishNumber: input.eotinishNumber,
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
      const platform = matchPlatform(e.url, platforms);
      em.create(Episode, { case: kase, occurredAt: e.occurredAt, url: e.url.trim(), contentKind: e.contentKind, excerpt: e.excerpt?.trim() || null, platform });
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
      payload: { number, eotinishNumber: input.eotinishNumber, episodes: input.episodes.length, dueAt: kase.dueAt.toISOString() },
    });
    return kase;
  }
}

/** Refuses an application with mistakes (e.g. received in the future of `now`), naming each field (BAD_USER_INPUT). */
function assertNoProblems(input: RegisterApplicationInput, now: Date): void {
  const problems = applicationProblems(input, now);
  if (Object.keys(problems).length === 0) return;
  const all = Object.values(problems);
  const join = (lang: keyof Localized) => all.map((p) => p[lang]).join(' ');
  throw badInput(
    msg(`The application has mistakes: ${join('en')}`, `В заявлении есть ошибки: ${join('ru')}`, `Өтініште қателер бар: ${join('kk')}`),
    { fields: Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, v.en])) },
  );
}
