import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../shared/clock.js';
import { badField, DomainError, forbidden, msg, notFound } from '../../shared/domain-error.js';
import { notifyTopic } from '../../shared/events/event-log.js';
import { emit, write } from '../../shared/write.js';
import { once } from '../../shared/idempotency/idempotency.js';
import { isUuid } from '../../shared/ids.js';
import { lockCase, lockInCase } from '../../shared/locks.js';
import type { Viewer } from '../../shared/viewer.js';
import { Case } from '../cases/case.entity.js';
import { assertTransition } from '../cases/lifecycle.js';
import { Evidence } from '../evidence/evidence.entity.js';
import { inboxTopic } from '../inbox/inbox.service.js';
import { Notification } from '../inbox/notification.entity.js';
import { schedule } from '../jobs/job-queue.js';
import { Member } from '../members/member.entity.js';
import { Role } from '../../shared/role.js';
import { mayEscalatePrescriptions, mayFollowUpPrescriptions } from './prescription.policy.js';
import { AccessRestrictionRequest, UrlCheck } from './compliance.entities.js';
import { DEFAULT_DELIVERY_BACKDATE_DAYS, deliveryTimeRefusal, signingRefusal } from './delivery.rules.js';
import { isRecused, recusedRefusal } from '../../shared/recusal.js';
import { readDecisionFacts } from './decision-facts.js';
import { Prescription, PrescriptionStatus as S } from './prescription.entity.js';
import { assertPrescriptionMove, caseStatusFrom } from './prescription.lifecycle.js';
import type { UrlChecker } from './url-check.js';

const REMINDER_BEFORE_MS = 2 * 3_600_000;
const RECHECK_AFTER_MS = 5 * 60_000;

const M = {
  staff: msg('Only the secretary, the chair or the deputy record the follow-up of prescriptions.', 'Исполнение предписаний отмечают секретарь, председатель или заместитель.', 'Нұсқамалардың орындалуын хатшы, төраға немесе орынбасары белгілейді.'),
  escalate: msg('Only the chair or the deputy escalate a prescription.', 'Передать предписание на ограничение доступа может только председатель или заместитель.', 'Нұсқаманы қолжетімділікті шектеуге тек төраға немесе орынбасары жібере алады.'),
  early: msg('A prescription can be escalated only after its removal deadline has passed.', 'Передать на ограничение доступа можно только после истечения срока удаления.', 'Қолжетімділікті шектеуге тек жою мерзімі өткеннен кейін жіберуге болады.'),
};

/** The follow-up of prescriptions: delivery, compliance, re-checks of the URLs, escalation. */
export class PrescriptionService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly checker: UrlChecker,
    private readonly clock: Clock = systemClock,
    /** How far back a recorded delivery time may lie (env DELIVERY_BACKDATE_DAYS). */
    private readonly maxBackdateDays: number = DEFAULT_DELIVERY_BACKDATE_DAYS,
  ) {}

  /**
   * Records delivery to the platform once the decision is signed by the chair (or deputy) and the
   * secretary: the removal clock starts; a reminder and a re-check are scheduled. Once per idempotency key.
   */
  async deliver(id: string, deliveredAt: Date | null, idempotencyKey?: string | null): Promise<Prescription> {
    this.requireStaff();
    const badTime = deliveredAt && deliveryTimeRefusal(deliveredAt, this.clock.now(), this.maxBackdateDays);
    if (badTime) throw badTime;
    return write(this.em, (em) => this.oncePerKey(em, 'deliverPrescription', idempotencyKey, { id, deliveredAt }, async () => {
      const p = await this.lock(em, id);
      // "Now" is read under the case lock, so it cannot precede a signature committed just before.
      const at = deliveredAt ?? this.clock.now();
      assertPrescriptionMove(p.status, S.DELIVERED);
      // The case is locked (lockInCase), so a signature being recorded at this moment is either seen whole or not at all.
      const unsigned = signingRefusal(await readDecisionFacts(em, p.decisionId), at);
      if (unsigned) throw unsigned;
      p.status = S.DELIVERED;
      p.deliveredAt = at;
      p.removalDueAt = new Date(at.getTime() + p.removalHours * 3_600_000);
      schedule(em, 'prescription.reminder', new Date(p.removalDueAt.getTime() - REMINDER_BEFORE_MS), { prescriptionId: p.id });
      schedule(em, 'prescription.recheck', new Date(p.removalDueAt.getTime() + RECHECK_AFTER_MS), { prescriptionId: p.id });
      await em.flush();
      emit(em, { caseId: p.case.id, kind: 'prescription.delivered', actorId: this.viewer!.id, payload: { prescriptionId: p.id, number: p.number, removalDueAt: p.removalDueAt.toISOString() } });
      return p;
    }));
  }

  /** Records what the platform did: complied, partially complied or did not comply. Once per idempotency key. */
  async recordCompliance(id: string, status: S, note: string | null, idempotencyKey?: string | null): Promise<Prescription> {
    this.requireStaff();
    if (![S.COMPLIED, S.PARTIALLY_COMPLIED, S.NOT_COMPLIED].includes(status)) {
      throw badField('status', 'INVALID', msg('Record COMPLIED, PARTIALLY_COMPLIED or NOT_COMPLIED.', 'Укажите COMPLIED, PARTIALLY_COMPLIED или NOT_COMPLIED.', 'COMPLIED, PARTIALLY_COMPLIED немесе NOT_COMPLIED көрсетіңіз.'));
    }
    return write(this.em, (em) => this.oncePerKey(em, 'recordCompliance', idempotencyKey, { id, status, note }, async () => {
      const p = await this.lock(em, id);
      assertPrescriptionMove(p.status, status);
      p.resolvedAt = this.clock.now();
      await this.apply(em, p, status, { note: note?.trim() || null });
      return p;
    }));
  }

  /** Escalates a prescription not complied with past its deadline to an access restriction request with its evidence. Once per idempotency key. */
  async escalate(id: string, idempotencyKey?: string | null): Promise<AccessRestrictionRequest> {
    if (!this.viewer || !mayEscalatePrescriptions(this.viewer, { recused: false })) throw forbidden(M.escalate);
    const spec = { operation: 'escalatePrescription', key: idempotencyKey, request: { id }, reread: (em: EntityManager, rid: string) => em.findOne(AccessRestrictionRequest, { id: rid }), now: this.clock.now() } as const;
    return write(this.em, (em) => once(em, this.viewer!.id, spec, async () => {
      const p = await this.lock(em, id);
      assertPrescriptionMove(p.status, S.ESCALATED);
      if (!p.removalDueAt || p.removalDueAt.getTime() > this.clock.nowMs()) throw new DomainError('INVALID_TRANSITION', M.early);
      const decision = await readDecisionFacts(em, p.decisionId);
      const evidence = await em.find(Evidence, { case: p.case });
      const checks = await em.find(UrlCheck, { prescription: p }, { orderBy: { createdAt: 'asc' } });
      const request = em.create(AccessRestrictionRequest, {
        prescription: p, requestedBy: em.getReference(Member, this.viewer!.id),
        package: {
          decision: { id: decision.id, protocolNumber: decision.protocolNumber, outcome: decision.outcome, decidedAt: decision.decidedAt.toISOString() },
          prescription: { number: p.number, addressee: p.addressee, urls: p.urls, deliveredAt: p.deliveredAt?.toISOString() ?? null, removalDueAt: p.removalDueAt.toISOString() },
          evidence: evidence.map((e) => ({ fileName: e.fileName, sha256: e.sha256, size: e.size, uploadedAt: e.uploadedAt.toISOString() })),
          rechecks: checks.map((c) => ({ url: c.url, state: c.state, httpStatus: c.httpStatus ?? null, checkedAt: c.createdAt.toISOString() })),
        },
      });
      await this.apply(em, p, S.ESCALATED, { requestId: request.id });
      return request;
    }));
  }

  /** Re-checks every URL of a prescription now (real HTTP, with a timeout) and records the results. */
  async recheck(id: string): Promise<UrlCheck[]> {
    if (this.viewer) this.requireStaff();
    const p = await this.find(this.em, id);
    await this.refuseRecused(this.em, p);
    const results = await Promise.all(p.urls.map((url) => this.checker.check(url)));
    return write(this.em, async (em) => {
      await lockCase(em, Case, p.case.id);
      const rows = results.map((r) => em.create(UrlCheck, { prescription: em.getReference(Prescription, p.id), url: r.url, state: r.state, httpStatus: r.httpStatus, note: r.note, requestedBy: this.viewer ? em.getReference(Member, this.viewer.id) : null }));
      await em.flush();
      const count = (state: string) => results.filter((r) => r.state === state).length;
      const summary = { GONE: count('GONE'), PRESENT: count('PRESENT'), UNREACHABLE: count('UNREACHABLE') };
      emit(em, { caseId: p.case.id, kind: 'prescription.rechecked', actorId: this.viewer?.id ?? null, payload: { prescriptionId: p.id, ...summary } });
      return rows;
    });
  }

  /** Tells the secretaries, in their inbox, that a prescription's removal deadline is near. */
  async remind(id: string): Promise<void> {
    const p = await this.find(this.em, id);
    if (p.status !== S.DELIVERED) return;
    const secretaries = await this.em.find(Member, { role: Role.SECRETARY, active: true });
    for (const s of secretaries) {
      this.em.create(Notification, { member: s, kind: 'prescription.deadline', caseId: p.case.id });
      await notifyTopic(this.em, inboxTopic(s.id));
    }
    await this.em.flush();
  }

  /** Sets the status, logs it, and moves the case when all its prescriptions are complied (or one is escalated). */
  private async apply(em: EntityManager, p: Prescription, to: S, extra: Record<string, unknown>) {
    const from = p.status;
    p.status = to;
    await em.flush();
    emit(em, { caseId: p.case.id, kind: 'prescription.status_changed', actorId: this.viewer?.id ?? null, payload: { prescriptionId: p.id, number: p.number, from, to, ...extra } });
    const all = await em.find(Prescription, { case: p.case });
    const target = caseStatusFrom(all.map((x) => x.status));
    const kase = (await lockCase(em, Case, p.case.id))!;
    if (target && kase.status !== target) {
      const before = kase.status;
      assertTransition(before, target);
      kase.status = target;
      await em.flush();
      emit(em, { caseId: kase.id, kind: 'case.status_changed', actorId: this.viewer?.id ?? null, payload: { from: before, to: target } });
    }
  }

  /** A prescription write done once per (viewer, idempotency key); a retry re-reads the prescription. */
  private oncePerKey(em: EntityManager, operation: 'deliverPrescription' | 'recordCompliance', key: string | null | undefined, request: Record<string, unknown>, work: () => Promise<Prescription>) {
    return once(em, this.viewer!.id, { operation, key, request, reread: (tx, id) => tx.findOne(Prescription, { id }), now: this.clock.now() }, work);
  }

  private requireStaff() {
    if (!this.viewer || !mayFollowUpPrescriptions(this.viewer, { recused: false })) throw forbidden(M.staff);
  }

  private async find(em: EntityManager, id: string): Promise<Prescription> {
    const p = isUuid(id) ? await em.findOne(Prescription, { id }) : null;
    if (!p) throw notFound('prescription');
    return p;
  }

  /** The prescription with its case locked; a member who recused from the case is out of its prescriptions too. */
  private async lock(em: EntityManager, id: string): Promise<Prescription> {
    const p = isUuid(id) ? await lockInCase(em, Prescription, id) : null;
    if (!p) throw notFound('prescription');
    await this.refuseRecused(em, p);
    return p;
  }

  private async refuseRecused(em: EntityManager, p: Prescription): Promise<void> {
    if (this.viewer && await isRecused(em, p.case.id, this.viewer.id)) throw recusedRefusal();
  }
}
