import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock, type Clock } from '../../shared/clock.js';
import { badField, DomainError, forbidden, msg, notFound } from '../../shared/domain-error.js';
import { emit, write } from '../../shared/write.js';
import { isUuid } from '../../shared/ids.js';
import { lockInCase } from '../../shared/locks.js';
import type { Viewer } from '../../shared/viewer.js';
import { Member } from '../members/member.entity.js';
import { Prescription } from '../prescriptions/prescription.entity.js';
import { scheduleUndeliveredReminder } from '../prescriptions/undelivered-reminder.js';
import { maySignDecision, mayWriteReasoning, signingCapacity } from './decision.policy.js';
import { isRecused, recusedRefusal } from '../../shared/recusal.js';
import { mayDissent } from '../voting/voting.policy.js';
import { Decision, Dissent } from './decision.entities.js';
import { draftAnswer } from './answer.js';
import { answerReasoning, REASONING_MAX, reasoningComplete, reasoningProblem } from './decision.rules.js';
import { applicationRefOf } from '../cases/application.js';
import { Case } from '../cases/case.entity.js';
import { Outcome } from '../voting/criteria.js';

const M = {
  signed: msg('The protocol is signed; it can no longer change.', 'Протокол подписан и больше не меняется.', 'Хаттамаға қол қойылған, енді өзгермейді.'),
  notDissenter: msg('Only a member who voted against the outcome may attach a dissenting opinion.', 'Особое мнение может приложить только член, голосовавший против решения.', 'Ерекше пікірді тек шешімге қарсы дауыс берген мүше қоса алады.'),
  text: msg('Write the dissenting opinion (up to 10 000 characters).', 'Напишите особое мнение (до 10 000 символов).', 'Ерекше пікірді жазыңыз (10 000 таңбаға дейін).'),
  signer: msg('The protocol is signed by the chair (or deputy) and by the secretary.', 'Протокол подписывают председатель (или заместитель) и секретарь.', 'Хаттамаға төраға (немесе орынбасары) және хатшы қол қояды.'),
  reasoningMissing: msg('Write the decision\'s reasoning in Kazakh and in Russian before signing the protocol.', 'Перед подписанием протокола напишите обоснование решения на казахском и русском языках.', 'Хаттамаға қол қоймас бұрын шешімнің негіздемесін қазақ және орыс тілдерінде жазыңыз.'),
  reasoningWriter: msg('The decision\'s reasoning is written by the presiding chair (or deputy) or by the secretary.', 'Обоснование решения пишет председательствующий (председатель или заместитель) либо секретарь.', 'Шешімнің негіздемесін төрағалық етуші (төраға немесе орынбасары) не хатшы жазады.'),
  reasoningLong: msg(`The decision's reasoning is limited to ${REASONING_MAX} characters in each language.`, `Обоснование решения — не более ${REASONING_MAX} символов на каждом языке.`, `Шешімнің негіздемесі әр тілде ${REASONING_MAX} таңбадан аспауы керек.`),
  already: msg('You have already signed this protocol.', 'Вы уже подписали этот протокол.', 'Сіз бұл хаттамаға қол қойғансыз.'),
};

const isSigned = (d: Decision) => !!d.chairSignedAt && !!d.secretarySignedAt;

async function lockDecision(em: EntityManager, id: string): Promise<Decision> {
  const decision = isUuid(id) ? await lockInCase(em, Decision, id) : null;
  if (!decision) throw notFound('decision');
  return decision;
}

/** Attaches (or rewrites) the viewer's dissenting opinion, until the protocol is signed. */
export async function addDissent(em: EntityManager, viewer: Viewer, decisionId: string, text: string): Promise<Dissent> {
  const clean = text.trim();
  if (!clean || clean.length > 10_000) throw badField('text', clean ? 'TOO_LONG' : 'REQUIRED', M.text);
  return write(em, async (tx) => {
    const decision = await lockDecision(tx, decisionId);
    if (isSigned(decision)) throw new DomainError('INVALID_TRANSITION', M.signed);
    const vote = decision.voters.find((v) => v.memberId === viewer.id)?.choice ?? null;
    if (!mayDissent(vote, decision.outcome as 'CONFIRMED' | 'NOT_CONFIRMED')) throw forbidden(M.notDissenter);
    const dissent = (await tx.findOne(Dissent, { decision, member: viewer.id })) ?? tx.create(Dissent, { decision, member: tx.getReference(Member, viewer.id), text: clean });
    dissent.text = clean;
    await tx.flush();
    emit(tx, { caseId: decision.case.id, kind: 'decision.dissent_attached', actorId: viewer.id, payload: { decisionId: decision.id } });
    return dissent;
  });
}

/** Signs the protocol as chair (chair or deputy) or as secretary, at the platform's time; signed by both, it is final. */
export async function signDecision(em: EntityManager, viewer: Viewer, decisionId: string, clock: Clock = systemClock): Promise<Decision> {
  return write(em, async (tx) => {
    const decision = await lockDecision(tx, decisionId);
    const me = tx.getReference(Member, viewer.id);
    const now = clock.now();
    const capacity = signingCapacity(viewer);
    if (!capacity) throw forbidden(M.signer);
    const asChair = capacity === 'CHAIR';
    if (!maySignDecision(viewer, { recused: await isRecused(tx, decision.case.id, viewer.id) })) throw recusedRefusal();
    // A protocol is signed only over the decision's own reasoning, written in both languages (issue 16).
    if (!reasoningComplete(decision)) throw new DomainError('INVALID_TRANSITION', M.reasoningMissing);
    if (asChair) {
      if (decision.chairSignedAt) throw new DomainError('CONFLICT', M.already);
      Object.assign(decision, { chairSignedBy: me, chairSignedAt: now });
    } else {
      if (decision.secretarySignedAt) throw new DomainError('CONFLICT', M.already);
      Object.assign(decision, { secretarySignedBy: me, secretarySignedAt: now });
    }
    // Delivery waits for both signatures, so the reminder that a prescription is still unsent counts from the final one.
    if (isSigned(decision)) {
      for (const p of await tx.find(Prescription, { decisionId: decision.id })) await scheduleUndeliveredReminder(tx, p.id, now);
    }
    await tx.flush();
    emit(tx, { caseId: decision.case.id, kind: 'decision.signed', actorId: viewer.id, payload: { decisionId: decision.id, as: capacity, final: isSigned(decision) } });
    return decision;
  });
}

/** Writes (or rewrites) the decision's own reasoning in Kazakh and Russian, until the protocol is signed by both; the answer is redrafted with it. */
export async function setDecisionReasoning(em: EntityManager, viewer: Viewer, decisionId: string, kk: string, ru: string): Promise<Decision> {
  const [cleanKk, cleanRu] = [kk.trim(), ru.trim()];
  if (reasoningProblem(cleanKk, cleanRu)) throw badField(cleanKk.length >= cleanRu.length ? 'kk' : 'ru', 'TOO_LONG', M.reasoningLong);
  return write(em, async (tx) => {
    const decision = await lockDecision(tx, decisionId);
    if (!mayWriteReasoning(viewer, { recused: await isRecused(tx, decision.case.id, viewer.id) })) {
      throw signingCapacity(viewer) === 'CHAIR' ? recusedRefusal() : forbidden(M.reasoningWriter);
    }
    if (isSigned(decision)) throw new DomainError('INVALID_TRANSITION', M.signed);
    Object.assign(decision, { reasoningKk: cleanKk, reasoningRu: cleanRu });
    const kase = await tx.findOneOrFail(Case, { id: decision.case.id });
    const prescriptions = await tx.find(Prescription, { decisionId: decision.id }, { orderBy: { number: 'asc' } });
    decision.answerText = draftAnswer({
      language: decision.answerLanguage, applicantName: kase.applicantName, application: applicationRefOf(kase), caseNumber: kase.number,
      protocolNumber: decision.protocolNumber, outcome: decision.outcome as Outcome.CONFIRMED | Outcome.NOT_CONFIRMED, prescriptionNumbers: prescriptions.map((p) => p.number),
      reasoning: answerReasoning(decision, decision.answerLanguage),
    });
    await tx.flush();
    emit(tx, { caseId: decision.case.id, kind: 'decision.reasoning_set', actorId: viewer.id, payload: { decisionId: decision.id } });
    return decision;
  });
}
