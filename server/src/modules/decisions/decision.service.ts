import type { EntityManager } from '@mikro-orm/postgresql';
import { emit } from '../../shared/write.js';
import { formatSerial, nextSerial, serialYear } from '../../shared/serial.js';
import { applicationRefOf } from '../cases/application.js';
import { Case } from '../cases/case.entity.js';
import { assertTransition } from '../cases/lifecycle.js';
import { Prescription } from '../prescriptions/prescription.entity.js';
import { groupByPlatform } from '../prescriptions/prescription-draft.js';
import { readEpisodes, readResources } from '../cases/case-file.reader.js';
import { prescriptionUrlsOf } from '../cases/prescription-urls.service.js';
import { Platform } from '../platforms/platform.entity.js';
import { loadSettings } from '../settings/settings.service.js';
import { Outcome } from '../voting/criteria.js';
import type { Tally } from '../voting/tally.js';
import type { NewEvent } from '../../shared/events/event-kinds.js';
import { Vote, type VotingRound } from '../voting/voting.entities.js';
import { draftAnswer } from './answer.js';
import { Decision } from './decision.entities.js';

const OWNER_UNKNOWN = 'Собственник и (или) законный представитель интернет-ресурса / Интернет-ресурстың меншік иесі және (немесе) заңды өкілі';

/**
 * Records the decision of a closed round, inside the caller's transaction. A CONFIRMED outcome
 * creates the prescriptions in the same transaction (DESIGN.md §3): one per platform, numbered.
 * `now` is the platform's time (shared/clock.ts): the decision time and, in Kazakhstan time, the year of the numbers.
 */
export async function recordDecision(em: EntityManager, kase: Case, round: VotingRound, tally: Tally, eligibleIds: readonly string[], actorId: string | null, now: Date = new Date()): Promise<Decision> {
  const outcome = tally.outcome as Outcome.CONFIRMED | Outcome.NOT_CONFIRMED;
  const year = serialYear(now);
  // The protocol names each voter and their agency.
  const votes = await em.find(Vote, { round, supersededAt: null }, { populate: ['member.agency'] });
  const settings = await loadSettings(em);
  const eligible = new Set(eligibleIds);
  const voters = votes.filter((v) => eligible.has(v.member.id)).map((v) => ({ memberId: v.member.id, name: v.member.name, agency: v.member.agency.name, choice: v.choice }));
  const protocolNumber = formatSerial('П', year, await nextSerial(em, 'protocol', year));
  assertTransition(kase.status, 'DECIDED');
  kase.status = 'DECIDED';
  kase.decidedAt = now;
  kase.outcome = outcome;
  const decision = em.create(Decision, {
    case: kase, round, outcome, protocolNumber, rule: round.rule, tally, voters,
    // The members' reasoning stays in the protocol only (of counted voters, never of recused members); the answer carries the decision's own reasoning.
    reasoning: votes.filter((v) => eligible.has(v.member.id)).map((v) => v.reasoning?.trim()).filter(Boolean).join('\n\n'),
    answerLanguage: kase.language, answerText: '',
  });
  // Prescriptions name the decision by id only (their module sits below this one): it is inserted first.
  if (outcome === Outcome.CONFIRMED) await em.flush();
  const prescriptions = outcome === Outcome.CONFIRMED ? await issuePrescriptions(em, kase, decision, settings, now) : [];
  decision.answerText = draftAnswer({
    language: kase.language, applicantName: kase.applicantName, application: applicationRefOf(kase), caseNumber: kase.number,
    protocolNumber, outcome, prescriptionNumbers: prescriptions.map((p) => p.number),
  });
  if (prescriptions.length > 0) {
    assertTransition(kase.status, 'PRESCRIBED');
    kase.status = 'PRESCRIBED';
  }
  await em.flush();
  emit(
    em,
    { caseId: kase.id, kind: 'case.status_changed', actorId, payload: { from: 'VOTING', to: 'DECIDED' } },
    { caseId: kase.id, kind: 'decision.recorded', actorId, payload: { decisionId: decision.id, outcome, protocolNumber } },
    ...prescriptions.map((p): NewEvent => ({ caseId: kase.id, kind: 'prescription.issued', actorId, payload: { prescriptionId: p.id, number: p.number, urls: p.urls.length } })),
    ...(prescriptions.length > 0 ? [{ caseId: kase.id, kind: 'case.status_changed', actorId, payload: { from: 'DECIDED', to: 'PRESCRIBED' } } as const] : []),
  );
  return decision;
}

/** One prescription per platform, numbered in the decision's year (its undelivered reminder is scheduled when the protocol is signed). */
async function issuePrescriptions(em: EntityManager, kase: Case, decision: Decision, settings: Awaited<ReturnType<typeof loadSettings>>, now: Date) {
  const year = serialYear(now);
  const episodes = (await readEpisodes(em, [kase.id])).get(kase.id) ?? [];
  const resources = (await readResources(em, [kase.id])).get(kase.id) ?? [];
  // Only the URLs the panel left in (by default content, not account roots); a platform with none gets no prescription.
  const urls = prescriptionUrlsOf(episodes, resources);
  const groups = groupByPlatform(urls.filter((u) => u.included));
  const out: Prescription[] = [];
  for (const group of groups) {
    const platform = group.platformId ? await em.findOneOrFail(Platform, { id: group.platformId }) : null;
    const p = em.create(Prescription, {
      case: kase, decisionId: decision.id, platform,
      number: formatSerial('ПР', year, await nextSerial(em, 'prescription', year)),
      // "ru / kk" when the registry has both: each half of the PDF prints its own (documents' addresseeIn).
      addressee: platform ? [platform.representative, platform.representativeKk].filter(Boolean).join(' / ') : OWNER_UNKNOWN,
      addresseeContact: platform?.representativeContact ?? null,
      // Fixed at issue: a later edit of the registry does not change a prescription already sent.
      addresseeLegal: platform ? {
        legalNameKk: platform.legalNameKk ?? null, legalNameRu: platform.legalNameRu ?? null, bin: platform.bin ?? null,
        registration: platform.registration ?? null, addressKk: platform.addressKk ?? null, addressRu: platform.addressRu ?? null,
      } : {},
      urls: group.urls,
      legalBasisKk: settings.legalBasisKk, legalBasisRu: settings.legalBasisRu,
      removalHours: settings.removalHours,
    });
    out.push(p);
  }
  return out;
}

