import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { systemClock, type Clock } from '../../shared/clock.js';
import { badField, DomainError, forbidden, msg, notFound } from '../../shared/domain-error.js';
import { kzTime } from '../../shared/working-days/calendar.js';
import { emit, write } from '../../shared/write.js';
import { isUuid } from '../../shared/ids.js';
import { lockCase } from '../../shared/locks.js';
import type { Viewer } from '../../shared/viewer.js';
import { applicantNoticeDueAt, decisionDueAt, maxExtendedDueAt } from '../../shared/working-days/deadlines.js';
import { loadCalendar } from '../calendar/calendar.service.js';
import { Case, type CaseRow } from './case.entity.js';
import { checklistReasonRequired, computeChecklist, withFailing } from './checklist.js';
import { Episode } from './episode.entity.js';
import { scheduleExtensionNotice } from './extension-notice.js';
import { answerDueAtOf, answerSentAtError, endedAtOf, endingOf, noEndingError } from './answer.rules.js';
import { mayExtendDeadline, mayReadCase, mayRecordAnswerSent, mayRecordExtensionNotice, screeningMoves } from './case.policy.js';
import type { NoticeChannel } from './case.enums.js';
import { lateExtensionError, noticeSentAtError } from './extension.rules.js';
import { isRecused } from '../../shared/recusal.js';
import { assertTransition, isClockStopped, type CaseStatus } from './lifecycle.js';

const REASON_REQUIRED: readonly CaseStatus[] = ['RETURNED', 'OUT_OF_SCOPE'];
// A reason goes into a letter to the applicant and into the log: a few paragraphs at most.
export const REASON_MAX = 2_000;
const reasonTooLong = (length: number) => badField('reason', 'TOO_LONG', msg(
  `A reason may have at most ${REASON_MAX} characters; this one has ${length}.`,
  `Основание — не более ${REASON_MAX} символов; сейчас ${length}.`,
  `Негіздеме ${REASON_MAX} таңбадан аспауы керек; қазір ${length}.`,
), { max: REASON_MAX });

/**
 * The reason to accept for review a case whose file fails the screening checklist (null when it
 * passes: no reason is kept then); refuses a failing case without one.
 */
async function reviewOverride(em: EntityManager, kase: Case, why: string | undefined): Promise<string | null> {
  const episodes = await em.find(Episode, { case: kase });
  const { failing } = withFailing(computeChecklist({ childBirthDate: kase.childBirthDate, episodes: episodes.map((e) => ({ occurredAt: e.occurredAt, channel: e.channel, url: e.url ?? null })) }));
  if (failing.length === 0) return null;
  if (!why) throw checklistReasonRequired(failing);
  return why;
}

/**
 * One case the viewer may read, as a plain row through the request's shared `caseRow` loader; an
 * absent case and a forbidden one answer alike. A read of its own, without the service's
 * EntityManager: opening a room forks none.
 */
export async function readCase(viewer: Viewer, id: string, rows: DataLoader<string, CaseRow | null>): Promise<CaseRow> {
  const kase = mayReadCase(viewer) && isUuid(id) ? await rows.load(id) : null;
  if (!kase) throw notFound('case');
  return kase;
}

export class CaseService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer, private readonly clock: Clock = systemClock) {}

  /** A screening move (start, accept, return, out of scope): checked against the lifecycle and the role. */
  async move(id: string, to: CaseStatus, reason?: string): Promise<Case> {
    const why = reason?.trim();
    if (why && why.length > REASON_MAX) throw reasonTooLong(why.length);
    if (REASON_REQUIRED.includes(to) && !why) {
      throw badField('reason', 'REQUIRED', msg('Give the reason: it is sent to the applicant.', 'Укажите основание: оно направляется заявителю.', 'Негізін көрсетіңіз: ол өтініш берушіге жіберіледі.'));
    }
    return write(this.em, async (em) => {
      const kase = await this.lock(em, id);
      assertTransition(kase.status, to);
      if (!screeningMoves(this.viewer, kase.status).includes(to)) throw forbidden();
      const from = kase.status;
      const override = to === 'IN_REVIEW' ? await reviewOverride(em, kase, why) : null;
      kase.status = to;
      if (override) kase.reviewOverrideReason = override;
      else if (why && to !== 'IN_REVIEW') kase.screeningReason = why;
      // An early ending is answered; its time bounds when the answer can have been sent.
      if (to === 'RETURNED' || to === 'OUT_OF_SCOPE') Object.assign(kase, { endedAt: this.clock.now(), answerSentAt: null, answerChannel: null });
      // Supplemented after a return: the application counts as received again, and the next ending has its own answer (the log keeps the earlier one).
      if (from === 'RETURNED') Object.assign(kase, { dueAt: decisionDueAt(this.clock.now(), await loadCalendar(em)), endedAt: null, answerSentAt: null, answerChannel: null });
      emit(em, {
        caseId: kase.id,
        kind: 'case.status_changed',
        actorId: this.viewer.id,
        payload: { from, to, ...(override ? { checklistOverrideReason: override } : why && to !== 'IN_REVIEW' ? { reason: why } : {}), dueAt: kase.dueAt.toISOString() },
      });
      return kase;
    });
  }

  /** Extends the decision deadline with a reason, at most 15 calendar days after receipt. */
  async extendDeadline(id: string, reason: string, requested: Date | null): Promise<Case> {
    const why = reason.trim();
    if (why.length > REASON_MAX) throw reasonTooLong(why.length);
    if (!why) throw badField('reason', 'REQUIRED', msg('An extension needs a reasoned decision: give the reason.', 'Продление требует мотивированного решения: укажите основание.', 'Мерзімді ұзарту дәлелді шешімді талап етеді: негізін көрсетіңіз.'));
    return write(this.em, async (em) => {
      const kase = await this.lock(em, id);
      if (!mayExtendDeadline(this.viewer, { recused: await isRecused(em, kase.id, this.viewer.id) })) throw forbidden(msg('Only the chair or the deputy chair may extend the deadline.', 'Продлить срок может только председатель или заместитель председателя.', 'Мерзімді тек төраға немесе төрағаның орынбасары ұзарта алады.'));
      if (isClockStopped(kase.status)) {
        throw new DomainError('INVALID_TRANSITION', msg(`A case in status ${kase.status} has no running deadline to extend.`, `У дела в статусе ${kase.status} нет текущего срока, который можно продлить.`, `${kase.status} мәртебесіндегі істің ұзартуға болатын ағымдағы мерзімі жоқ.`), { status: kase.status });
      }
      const now = this.clock.now();
      const late = lateExtensionError(now, kase.dueAt);
      if (late) throw late;
      const limit = maxExtendedDueAt(kase.receivedAt);
      const dueAt = requested ?? limit;
      if (dueAt.getTime() > limit.getTime()) {
        throw badField('dueAt', 'OUT_OF_RANGE', msg(`The deadline can be extended to at most 15 calendar days after receipt: ${kzTime(limit)}.`, `Срок можно продлить не более чем до 15 календарных дней со дня поступления: ${kzTime(limit)}.`, `Мерзімді түскен күннен бастап ең көбі 15 күнтізбелік күнге дейін ұзартуға болады: ${kzTime(limit)}.`), { limit: limit.toISOString() });
      }
      if (dueAt.getTime() <= kase.dueAt.getTime()) {
        throw badField('dueAt', 'OUT_OF_RANGE', msg(`The new deadline must be later than the current one (${kzTime(kase.dueAt)}).`, `Новый срок должен быть позже текущего (${kzTime(kase.dueAt)}).`, `Жаңа мерзім ағымдағысынан кеш болуы керек (${kzTime(kase.dueAt)}).`));
      }
      const noticeDue = applicantNoticeDueAt(now, await loadCalendar(em));
      const previous = kase.dueAt;
      Object.assign(kase, { dueAt, extensionReason: why, extendedAt: now, extendedBy: em.getReference('Member', this.viewer.id), applicantNoticeDueAt: noticeDue, extensionNoticeSentAt: null, extensionNoticeChannel: null });
      scheduleExtensionNotice(em, kase.id, noticeDue);
      emit(em, {
        caseId: kase.id,
        kind: 'case.deadline_extended',
        actorId: this.viewer.id,
        payload: { reason: why, from: previous.toISOString(), to: dueAt.toISOString(), applicantNoticeDueAt: noticeDue.toISOString() },
      });
      return kase;
    });
  }

  /** Records that the applicant was told of the current extension, when and how (DESIGN.md §1: within 2 working days). */
  async recordExtensionNotice(id: string, sentAt: Date, channel: NoticeChannel): Promise<Case> {
    return write(this.em, async (em) => {
      const kase = await this.lock(em, id);
      if (!mayRecordExtensionNotice(this.viewer, { recused: await isRecused(em, kase.id, this.viewer.id) })) {
        throw forbidden(msg('Only the secretary, the chair or the deputy chair may record the notice.', 'Отметить уведомление может только секретарь, председатель или заместитель председателя.', 'Хабарламаны тек хатшы, төраға немесе төрағаның орынбасары белгілей алады.'));
      }
      if (!kase.extendedAt || !kase.applicantNoticeDueAt) {
        throw new DomainError('INVALID_TRANSITION', msg('The deadline of this case was never extended: there is no notice to record.', 'Срок по этому делу не продлевался: отмечать нечего.', 'Бұл іс бойынша мерзім ұзартылмаған: белгілейтін хабарлама жоқ.'));
      }
      if (kase.extensionNoticeSentAt) {
        throw new DomainError('CONFLICT', msg('The notice of this extension is already recorded.', 'Уведомление об этом продлении уже отмечено.', 'Осы ұзарту туралы хабарлама белгіленіп қойған.'), { sentAt: kase.extensionNoticeSentAt.toISOString() });
      }
      const wrong = noticeSentAtError(sentAt, kase.extendedAt, this.clock.now());
      if (wrong) throw wrong;
      kase.extensionNoticeSentAt = sentAt;
      kase.extensionNoticeChannel = channel;
      emit(em, {
        caseId: kase.id,
        kind: 'case.extension_notice_recorded',
        actorId: this.viewer.id,
        payload: { sentAt: sentAt.toISOString(), channel, applicantNoticeDueAt: kase.applicantNoticeDueAt.toISOString(), late: sentAt.getTime() > kase.applicantNoticeDueAt.getTime() },
      });
      return kase;
    });
  }

  /**
   * Records that the answer to the applicant on the case's ending was sent, when and how. Once only:
   * the record is what the statistics count as on time or late, so a second one is refused rather
   * than overwriting it (a mistaken record is a matter for the audit, not a silent correction).
   */
  async recordAnswerSent(id: string, sentAt: Date, channel: NoticeChannel): Promise<Case> {
    return write(this.em, async (em) => {
      const kase = await this.lock(em, id);
      if (!mayRecordAnswerSent(this.viewer, { recused: await isRecused(em, kase.id, this.viewer.id) })) {
        throw forbidden(msg('Only the secretary, the chair or the deputy chair may record the answer.', 'Отметить ответ может только секретарь, председатель или заместитель председателя.', 'Жауапты тек хатшы, төраға немесе төрағаның орынбасары белгілей алады.'));
      }
      const ending = endingOf(kase);
      const endedAt = endedAtOf(kase);
      const dueAt = answerDueAtOf(kase);
      if (!ending || !endedAt || !dueAt) throw noEndingError(kase.status);
      if (kase.answerSentAt) {
        throw new DomainError('CONFLICT', msg('The answer on this case is already recorded as sent.', 'Ответ по этому делу уже отмечен как направленный.', 'Бұл іс бойынша жауап жіберілген деп белгіленіп қойған.'), { sentAt: kase.answerSentAt.toISOString() });
      }
      const wrong = answerSentAtError(sentAt, endedAt, this.clock.now());
      if (wrong) throw wrong;
      kase.answerSentAt = sentAt;
      kase.answerChannel = channel;
      emit(em, {
        caseId: kase.id,
        kind: 'case.answer_sent',
        actorId: this.viewer.id,
        payload: { ending, sentAt: sentAt.toISOString(), channel, answerDueAt: dueAt.toISOString(), late: sentAt.getTime() > dueAt.getTime() },
      });
      return kase;
    });
  }

  private async lock(em: EntityManager, id: string): Promise<Case> {
    const kase = mayReadCase(this.viewer) && isUuid(id) ? await lockCase(em, Case, id) : null;
    if (!kase) throw notFound('case');
    return kase;
  }
}
