import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/domain-error.js';
import { isUuid } from '../../shared/ids.js';
import type { Viewer } from '../../shared/viewer.js';
import { mayReadCase, noCaseAccess } from '../cases/case.policy.js';
import { recusedRefusal } from '../../shared/recusal.js';
import type { MemberDirectory } from '../members/member-directory.js';
import type { SettingsCache } from '../settings/settings.cache.js';
import { Criterion, FindingValue } from '../voting/criteria.js';
import { readPrescriptionSource, readProtocolSource, type CaseRefs, type PrescriptionSource, type SignerRefs } from './documents.reader.js';
import type { BilingualText, PrescriptionDoc, PrescriptionOfficialsDoc, ProtocolDoc, Signature } from './documents.types.js';
import type { PanelSettings } from '../settings/panel-settings.entity.js';
import type { RenderJob } from './render-job.js';

/** A document the viewer may download: its file name and what to render (rendering is the delivery's, off the event loop). */
export interface PreparedDocument {
  fileName: string;
  job: RenderJob;
}

/** What a document takes besides its source, read once per instance: members' names and the ministry's. */
export interface DocumentRefs {
  members: MemberDirectory;
  settings: SettingsCache;
}

/** The chair's and the secretary's signatures as recorded on the decision (blank lines until signed). */
export async function signaturesOf(members: MemberDirectory, s: SignerRefs): Promise<Signature[]> {
  const ids = [s.chairId, s.secretaryId].filter((id): id is string => id !== null);
  const cards = new Map((await members.many(ids)).map((card, i) => [ids[i], card]));
  const chair = s.chairId ? cards.get(s.chairId) : null;
  const secretary = s.secretaryId ? cards.get(s.secretaryId) : null;
  return [
    { name: chair?.name ?? '', role: chair?.role === 'DEPUTY_CHAIR' ? 'DEPUTY_CHAIR' : 'CHAIR', signedAt: s.chairSignedAt },
    { name: secretary?.name ?? '', role: 'SECRETARY', signedAt: s.secretarySignedAt },
  ];
}

const pair = (kk: string | null, ru: string | null): BilingualText | null => (kk && ru ? { kk, ru } : null);

/** The registry's legal entity, BIN or foreign registration, and address of the platform (null: not recorded). */
const legalOf = (l: PrescriptionSource['platformLegal']) =>
  ({ legalName: pair(l.legalNameKk, l.legalNameRu), bin: l.bin, registration: l.registration, address: pair(l.addressKk, l.addressRu) });

/** The issuing official and the executor from the settings; each null until the admin sets it. */
const officialsOf = (s: Readonly<PanelSettings>): PrescriptionOfficialsDoc => ({
  signatory: s.signatoryNameKk && s.signatoryNameRu && s.signatoryPositionKk && s.signatoryPositionRu
    ? { name: { kk: s.signatoryNameKk, ru: s.signatoryNameRu }, position: { kk: s.signatoryPositionKk, ru: s.signatoryPositionRu } }
    : null,
  executor: s.executorNameKk && s.executorNameRu && s.executorPhone && s.executorEmail
    ? { name: { kk: s.executorNameKk, ru: s.executorNameRu }, position: { kk: s.executorPositionKk, ru: s.executorPositionRu }, phone: s.executorPhone, email: s.executorEmail }
    : null,
});

/**
 * Free text written by people may name the child or the applicant: their names are masked in the
 * PDF in every inflected form (and any phone or e-mail, see shared/privacy/redact.ts).
 */
const redactionsOf = (kase: CaseRefs) => [kase.childName, kase.applicantName];

/**
 * Printable documents of a case, for those who may read it (the answer, which names the applicant, is
 * answer.service.ts; the extension notice, extension-notice.service.ts). Each document's
 * source is one SQL read (documents.reader.ts): a burst of downloads must leave the event loop free.
 */
export class DocumentsService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer, private readonly refs: DocumentRefs) {}

  async prescription(id: string): Promise<PreparedDocument> {
    const p = await this.source('prescription', id, readPrescriptionSource);
    const [ministry, signatures] = await Promise.all([this.ministry(), signaturesOf(this.refs.members, p.signers)]);
    const doc: PrescriptionDoc = {
      number: p.number, issuedAt: p.issuedAt, caseNumber: p.caseNumber,
      addressee: { platform: { kk: p.platformNameKk ?? p.platformName ?? '—', ru: p.platformName ?? '—' }, representative: p.addressee, contact: p.addresseeContact, ...legalOf(p.platformLegal) },
      urls: p.urls, decision: { protocolNumber: p.protocolNumber, decidedAt: p.decidedAt },
      legalBasis: { kk: p.legalBasisKk, ru: p.legalBasisRu }, removalHours: p.removalHours,
      ministry, signatures, officials: officialsOf(await this.refs.settings.get()),
    };
    return { fileName: `${p.number}.pdf`, job: { kind: 'prescription', doc } };
  }

  async protocol(decisionId: string): Promise<PreparedDocument> {
    const d = await this.source('decision', decisionId, readProtocolSource);
    const counted = new Set(d.voters.map((v) => v.memberId));
    const findings = Object.values(Criterion).map((criterion) => {
      const values = d.votes.filter((v) => counted.has(v.memberId)).map((v) => v.findings.find((f) => f.criterion === criterion)?.value);
      const n = (x: FindingValue) => values.filter((v) => v === x).length;
      return { criterion, met: n(FindingValue.MET), notMet: n(FindingValue.NOT_MET), unclear: n(FindingValue.UNCLEAR) };
    });
    const [ministry, signatures, dissenters] = await Promise.all([
      this.ministry(), signaturesOf(this.refs.members, d.signers), this.refs.members.many(d.dissents.map((x) => x.memberId)),
    ]);
    const doc: ProtocolDoc = {
      protocolNumber: d.protocolNumber, decidedAt: d.decidedAt, caseNumber: d.case.number, outcome: d.outcome as 'CONFIRMED' | 'NOT_CONFIRMED',
      rule: { quorum: `${d.rule.quorum.numerator}/${d.rule.quorum.denominator}`, decision: d.rule.decision as ProtocolDoc['rule']['decision'], chairCastingVote: d.rule.chairCastingVote },
      tally: { eligible: d.tally.eligible, confirmed: d.tally.confirmed, notConfirmed: d.tally.notConfirmed, abstain: d.tally.abstain, recused: d.eligibleCount - d.tally.eligible },
      voters: d.voters as ProtocolDoc['voters'], findings, reasoning: d.reasoning, decisionReasoning: { kk: d.reasoningKk, ru: d.reasoningRu },
      dissents: d.dissents.map((x, i) => ({ name: dissenters[i]?.name ?? '', text: x.text })),
      signatures, ministry,
    };
    return { fileName: `${d.protocolNumber}.pdf`, job: { kind: 'protocol', doc, options: { redact: redactionsOf(d.case) } } };
  }

  /** A document's source for a viewer who may read cases (else refused before any lookup): NOT_FOUND, or FORBIDDEN when recused. */
  private async source<T extends { viewerRecused: boolean }>(what: 'decision' | 'prescription', id: string, read: (em: EntityManager, id: string, viewerId: string) => Promise<T | null>): Promise<T> {
    if (!mayReadCase(this.viewer)) throw noCaseAccess();
    const found = isUuid(id) ? await read(this.em, id, this.viewer.id) : null;
    if (!found) throw notFound(what);
    if (found.viewerRecused) throw recusedRefusal();
    return found;
  }

  private async ministry(): Promise<BilingualText> {
    const s = await this.refs.settings.get();
    return { kk: s.ministryKk, ru: s.ministryRu };
  }
}
