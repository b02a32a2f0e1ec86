import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../shared/clock.js';
import { badField, DomainError, forbidden, msg, notFound } from '../../shared/domain-error.js';
import { notifyTopic } from '../../shared/events/event-log.js';
import { isUuid } from '../../shared/ids.js';
import { lockCase, lockRow } from '../../shared/locks.js';
import { isRecused } from '../../shared/recusal.js';
import type { Viewer } from '../../shared/viewer.js';
import { emit, write } from '../../shared/write.js';
import { inboxTopic } from '../inbox/inbox.service.js';
import { Notification } from '../inbox/notification.entity.js';
import { Member } from '../members/member.entity.js';
import { Case } from './case.entity.js';
import { mayNameRapporteur } from './case.policy.js';
import { candidateRefusal, rapporteurOpen } from './rapporteur.rules.js';

const M = {
  notAllowed: msg('Only the chair, the deputy or the secretary may name the rapporteur of a case.', 'Назначить докладчика по делу может только председатель, заместитель или секретарь.', 'Іс бойынша баяндамашыны тек төраға, орынбасар немесе хатшы тағайындай алады.'),
  finished: msg('The case is finished: its rapporteur is no longer changed.', 'Дело завершено: докладчик больше не меняется.', 'Іс аяқталды: баяндамашы енді өзгертілмейді.'),
};

/**
 * A member who recuses from a case stops being its rapporteur, in the recusal's own write (after
 * the case's lock): the removal is logged like any other.
 */
export async function dropRecusedRapporteur(em: EntityManager, caseId: string, memberId: string): Promise<void> {
  const dropped = await em.execute('delete from case_rapporteur where case_id = ? and member_id = ? returning member_id', [caseId, memberId]);
  if (dropped.length > 0) emit(em, { caseId, kind: 'case.rapporteur_set', actorId: memberId, payload: { memberId: null, previousMemberId: memberId } });
}

/** Names or removes the rapporteur of a case: the member who prepares it for the panel ("my cases"). */
export class RapporteurService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer, private readonly clock: Clock = systemClock) {}

  /** Names `memberId` (null: nobody) rapporteur of the case; naming the one already named changes nothing. */
  async set(caseId: string, memberId: string | null): Promise<Case> {
    return write(this.em, async (em) => {
      const kase = isUuid(caseId) ? await lockCase(em, Case, caseId) : null;
      if (!kase) throw notFound('case');
      if (!mayNameRapporteur(this.viewer, { recused: await isRecused(em, kase.id, this.viewer.id) })) throw forbidden(M.notAllowed);
      if (!rapporteurOpen(kase.status)) throw new DomainError('CONFLICT', M.finished, { status: kase.status });
      const [current] = await em.execute<{ member_id: string }[]>('select member_id from case_rapporteur where case_id = ?', [kase.id]);
      const previous = current?.member_id ?? null;
      if (memberId !== null) await this.checkCandidate(em, kase.id, memberId);
      if (previous === memberId) return kase;
      if (memberId === null) {
        await em.execute('delete from case_rapporteur where case_id = ?', [kase.id]);
      } else {
        await em.execute(
          `insert into case_rapporteur (case_id, member_id, assigned_by_id, assigned_at) values (?, ?, ?, ?)
           on conflict (case_id) do update set member_id = excluded.member_id, assigned_by_id = excluded.assigned_by_id, assigned_at = excluded.assigned_at`,
          [kase.id, memberId, this.viewer.id, this.clock.now()],
        );
        // The member learns it in their inbox, unless they named themselves.
        if (memberId !== this.viewer.id) {
          em.create(Notification, { member: em.getReference(Member, memberId), kind: 'case.rapporteur', caseId: kase.id });
          await notifyTopic(em, inboxTopic(memberId));
        }
      }
      emit(em, { caseId: kase.id, kind: 'case.rapporteur_set', actorId: this.viewer.id, payload: { memberId, previousMemberId: previous } });
      return kase;
    });
  }

  /** Refuses a member who may not be named (rapporteur.rules.ts); the member's row is locked so that a deactivation waits. */
  private async checkCandidate(em: EntityManager, caseId: string, memberId: string): Promise<void> {
    const member = isUuid(memberId) ? await lockRow(em, Member, memberId) : null;
    const refusal = candidateRefusal(member && { role: member.role, active: member.active, recused: await isRecused(em, caseId, member.id) });
    if (refusal) throw badField('memberId', 'INVALID', refusal);
  }
}
