import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, msg, notFound } from '../../shared/domain-error.js';
import { isUuid } from '../../shared/ids.js';
import type { Viewer } from '../../shared/viewer.js';
import { recordPiiView } from '../audit/pii.js';
import { maySeeIdentity, mayReadCase, noCaseAccess } from '../cases/case.policy.js';
import { Decision, Dissent } from '../decisions/decision.entities.js';
import { Member } from '../members/member.entity.js';
import { Prescription } from '../prescriptions/prescription.entity.js';
import { loadSettings } from '../settings/settings.service.js';
import { Criterion, FindingValue } from '../voting/criteria.js';
import { isRecused, recusedRefusal } from '../cases/recusal.js';
import { Vote } from '../voting/voting.entities.js';
import type { AnswerDoc, PrescriptionDoc, ProtocolDoc, Signature } from './documents.types.js';
import type { RenderJob } from './render-job.js';

/** A document the viewer may download: its file name and what to render (rendering is the delivery's, off the event loop). */
export interface PreparedDocument {
  fileName: string;
  job: RenderJob;
}

/** The chair's and the secretary's signatures as recorded on the decision (blank lines until signed). */
async function signaturesOf(em: EntityManager, d: Decision): Promise<Signature[]> {
  const [chair, secretary] = await Promise.all([
    d.chairSignedBy ? em.findOne(Member, { id: d.chairSignedBy.id }) : null,
    d.secretarySignedBy ? em.findOne(Member, { id: d.secretarySignedBy.id }) : null,
  ]);
  return [
    { name: chair?.name ?? '', role: chair?.role === 'DEPUTY_CHAIR' ? 'DEPUTY_CHAIR' : 'CHAIR', signedAt: d.chairSignedAt ?? null },
    { name: secretary?.name ?? '', role: 'SECRETARY', signedAt: d.secretarySignedAt ?? null },
  ];
}

/**
 * Free text written by people may name the child or the applicant: their names are masked in the
 * PDF in every inflected form (and any phone or e-mail, see shared/privacy/redact.ts).
 */
const redactionsOf = (kase: { childName: string; applicantName: string }) => [kase.childName, kase.applicantName];

/**
 * Printable documents of a case, for those who may read it; the answer names the applicant, so it is
 * personal data, and its read is logged on every download (cached bytes or not).
 */
export class DocumentsService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  async prescription(id: string): Promise<PreparedDocument> {
    if (!mayReadCase(this.viewer)) throw noCaseAccess();
    const p = isUuid(id) ? await this.em.findOne(Prescription, { id }, { populate: ['decision', 'case'] }) : null;
    if (!p) throw notFound('prescription');
    if (await isRecused(this.em, p.case.id, this.viewer.id)) throw recusedRefusal();
    const settings = await loadSettings(this.em);
    const doc: PrescriptionDoc = {
      number: p.number, issuedAt: p.createdAt, caseNumber: p.case.number,
      addressee: { platform: p.platform?.name ?? '—', representative: p.addressee, contact: p.addresseeContact ?? null },
      urls: p.urls, decision: { protocolNumber: p.decision.protocolNumber, decidedAt: p.decision.createdAt },
      legalBasis: { kk: p.legalBasisKk, ru: p.legalBasisRu }, removalHours: p.removalHours,
      ministry: { kk: settings.ministryKk, ru: settings.ministryRu },
      signatures: (await signaturesOf(this.em, p.decision)).slice(0, 1),
    };
    return { fileName: `${p.number}.pdf`, job: { kind: 'prescription', doc } };
  }

  async protocol(decisionId: string): Promise<PreparedDocument> {
    const d = await this.decision(decisionId);
    const [votes, dissents, settings] = await Promise.all([this.em.find(Vote, { round: d.round, supersededAt: null }), this.em.find(Dissent, { decision: d }), loadSettings(this.em)]);
    const counted = new Set(d.voters.map((v) => v.memberId));
    const findings = Object.values(Criterion).map((criterion) => {
      const values = votes.filter((v) => counted.has(v.member.id)).map((v) => v.findings.find((f) => f.criterion === criterion)?.value);
      const n = (x: FindingValue) => values.filter((v) => v === x).length;
      return { criterion, met: n(FindingValue.MET), notMet: n(FindingValue.NOT_MET), unclear: n(FindingValue.UNCLEAR) };
    });
    const doc: ProtocolDoc = {
      protocolNumber: d.protocolNumber, decidedAt: d.createdAt, caseNumber: d.case.number, outcome: d.outcome as 'CONFIRMED' | 'NOT_CONFIRMED',
      rule: { quorum: `${d.rule.quorum.numerator}/${d.rule.quorum.denominator}`, decision: d.rule.decision, chairCastingVote: d.rule.chairCastingVote },
      tally: { eligible: d.tally.eligible, confirmed: d.tally.confirmed, notConfirmed: d.tally.notConfirmed, abstain: d.tally.abstain, recused: d.round.eligibleIds.length - d.tally.eligible },
      voters: d.voters, findings, reasoning: d.reasoning,
      dissents: dissents.map((x) => ({ name: x.member.name, text: x.text })),
      signatures: await signaturesOf(this.em, d), ministry: { kk: settings.ministryKk, ru: settings.ministryRu },
    };
    return { fileName: `${d.protocolNumber}.pdf`, job: { kind: 'protocol', doc, options: { redact: redactionsOf(d.case) } } };
  }

  async answer(decisionId: string): Promise<PreparedDocument> {
    if (!maySeeIdentity(this.viewer, { recused: false })) {
      throw forbidden(msg('The answer names the applicant: your role may not open it.', 'Ответ содержит имя заявителя: ваша роль не позволяет его открыть.', 'Жауапта өтініш берушінің аты бар: сіздің рөліңіз оны ашуға рұқсат бермейді.'));
    }
    const d = await this.decision(decisionId);
    const [prescriptions, settings] = await Promise.all([this.em.find(Prescription, { decision: d }, { orderBy: { number: 'asc' } }), loadSettings(this.em)]);
    await recordPiiView(this.em, this.viewer.id, d.case.id, 'applicant', { document: 'answer', decisionId: d.id });
    const doc: AnswerDoc = {
      language: d.answerLanguage, applicantName: d.case.applicantName, eotinishNumber: d.case.eotinishNumber, caseNumber: d.case.number,
      receivedAt: d.case.receivedAt, outcome: d.outcome as 'CONFIRMED' | 'NOT_CONFIRMED', decidedAt: d.createdAt, protocolNumber: d.protocolNumber,
      prescriptionNumbers: prescriptions.map((p) => p.number), reasoning: d.reasoning,
      ministry: { kk: settings.ministryKk, ru: settings.ministryRu }, signatures: await signaturesOf(this.em, d),
    };
    return { fileName: `${d.protocolNumber}-answer.pdf`, job: { kind: 'answer', doc, options: { redact: redactionsOf(d.case) } } };
  }

  private async decision(id: string): Promise<Decision> {
    if (!mayReadCase(this.viewer)) throw noCaseAccess();
    const d = isUuid(id) ? await this.em.findOne(Decision, { id }, { populate: ['case', 'round'] }) : null;
    if (!d) throw notFound('decision');
    if (await isRecused(this.em, d.case.id, this.viewer.id)) throw recusedRefusal();
    return d;
  }
}
