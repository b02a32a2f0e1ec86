import type { AddresseeLegal } from '../prescriptions/prescription.entity.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { timestamp, timestampOrNull } from '../../shared/rows.js';
import type { Criterion, FindingValue } from '../voting/criteria.js';

// The sources of the printable documents as plain rows, each document in ONE statement that
// PostgreSQL assembles (lists as JSON): a burst of downloads must cost the event loop little, and
// hydrating the decision, round, votes, dissents and signers through the ORM cost ~20 ms of it per
// protocol. Members' names come from the member directory, the ministry from the settings cache.

/** Who signed, as the decision records it (ids; the names are the directory's). */
export interface SignerRefs {
  chairId: string | null;
  chairSignedAt: Date | null;
  secretaryId: string | null;
  secretarySignedAt: Date | null;
}

/** The case as the documents may name it: the pseudonym, and the names only for redaction or the answer. */
export interface CaseRefs {
  id: string;
  number: string;
  childName: string;
  applicantName: string;
  receivedAt: Date;
}

export interface DecisionSource {
  id: string;
  protocolNumber: string;
  decidedAt: Date;
  outcome: string;
  /** The members' vote reasoning (protocol only). */
  reasoning: string;
  /** The decision's own reasoning, per language. */
  reasoningKk: string;
  reasoningRu: string;
  answerLanguage: 'KK' | 'RU';
  case: CaseRefs;
  signers: SignerRefs;
  /** Whether the viewer has recused from the case. */
  viewerRecused: boolean;
}

export interface ProtocolSource extends DecisionSource {
  rule: { quorum: { numerator: number; denominator: number }; decision: string; chairCastingVote: boolean };
  tally: { eligible: number; confirmed: number; notConfirmed: number; abstain: number };
  voters: { memberId: string; name: string; agency: string; choice: string }[];
  /** Voting members when the round opened. */
  eligibleCount: number;
  /** The round's current votes (changed ones superseded). */
  votes: { memberId: string; findings: { criterion: Criterion; value: FindingValue }[] }[];
  dissents: { memberId: string; text: string }[];
}

export interface PrescriptionSource {
  number: string;
  issuedAt: Date;
  caseId: string;
  caseNumber: string;
  /** The platform's name, and its Kazakh name where the registry has one (null: the same; a brand needs no translation). */
  platformName: string | null;
  platformNameKk: string | null;
  /** The platform's legal entity, BIN or registration and address, as fixed when the prescription was issued. */
  platformLegal: { legalNameKk: string | null; legalNameRu: string | null; bin: string | null; registration: string | null; addressKk: string | null; addressRu: string | null };
  addressee: string;
  addresseeContact: string | null;
  urls: string[];
  legalBasisKk: string;
  legalBasisRu: string;
  removalHours: number;
  protocolNumber: string;
  decidedAt: Date;
  signers: SignerRefs;
  viewerRecused: boolean;
}

type DecisionRow = {
  id: string; protocol_number: string; created_at: string; outcome: string; reasoning: string; reasoning_kk: string; reasoning_ru: string; answer_language: 'KK' | 'RU';
  chair_signed_by_id: string | null; chair_signed_at: string | null; secretary_signed_by_id: string | null; secretary_signed_at: string | null;
  case_id: string; case_number: string; child_name: string; applicant_name: string; received_at: string; recused: boolean;
};

const DECISION_COLUMNS = `d.id, d.protocol_number, d.created_at, d.outcome, d.reasoning, d.reasoning_kk, d.reasoning_ru, d.answer_language,
  d.chair_signed_by_id, d.chair_signed_at, d.secretary_signed_by_id, d.secretary_signed_at,
  c.id as case_id, c.number as case_number, c.child_name, c.applicant_name, c.received_at,
  exists (select 1 from recusal x where x.case_id = d.case_id and x.member_id = ?) as recused`;

const decisionOf = (r: DecisionRow): DecisionSource => ({
  id: r.id, protocolNumber: r.protocol_number, decidedAt: timestamp(r.created_at), outcome: r.outcome, reasoning: r.reasoning, reasoningKk: r.reasoning_kk, reasoningRu: r.reasoning_ru, answerLanguage: r.answer_language,
  case: { id: r.case_id, number: r.case_number, childName: r.child_name, applicantName: r.applicant_name, receivedAt: timestamp(r.received_at) },
  signers: { chairId: r.chair_signed_by_id, chairSignedAt: timestampOrNull(r.chair_signed_at), secretaryId: r.secretary_signed_by_id, secretarySignedAt: timestampOrNull(r.secretary_signed_at) },
  viewerRecused: r.recused,
});

/** A decision with its round's current votes and its dissents; null when there is none. */
export async function readProtocolSource(em: EntityManager, decisionId: string, viewerId: string): Promise<ProtocolSource | null> {
  const [row] = await em.execute<(DecisionRow & Pick<ProtocolSource, 'rule' | 'tally' | 'voters' | 'votes' | 'dissents'> & { eligible_count: number })[]>(
    `select ${DECISION_COLUMNS}, d.rule, d.tally, d.voters, jsonb_array_length(r.eligible_ids) as eligible_count,
       coalesce((select json_agg(json_build_object('memberId', v.member_id, 'findings', v.findings) order by v.created_at, v.id)
                   from vote v where v.round_id = d.round_id and v.superseded_at is null), '[]') as votes,
       coalesce((select json_agg(json_build_object('memberId', s.member_id, 'text', s.text) order by s.created_at, s.id)
                   from dissent s where s.decision_id = d.id), '[]') as dissents
     from decision d join "case" c on c.id = d.case_id join voting_round r on r.id = d.round_id
     where d.id = ?`, [viewerId, decisionId]);
  if (!row) return null;
  return { ...decisionOf(row), rule: row.rule, tally: row.tally, voters: row.voters, eligibleCount: row.eligible_count, votes: row.votes, dissents: row.dissents };
}

/** A prescription with its decision's reference and its platform's name; null when there is none. */
export async function readPrescriptionSource(em: EntityManager, prescriptionId: string, viewerId: string): Promise<PrescriptionSource | null> {
  const [r] = await em.execute<{
    number: string; created_at: string; case_id: string; case_number: string; platform_name: string | null; platform_name_kk: string | null; addressee: string; addressee_contact: string | null;
    addressee_legal: AddresseeLegal;
    urls: string[]; legal_basis_kk: string; legal_basis_ru: string; removal_hours: number; protocol_number: string; decided_at: string;
    chair_signed_by_id: string | null; chair_signed_at: string | null; secretary_signed_by_id: string | null; secretary_signed_at: string | null; recused: boolean;
  }[]>(
    `select p.number, p.created_at, p.case_id, c.number as case_number, pl.name as platform_name, pl.name_kk as platform_name_kk, p.addressee, p.addressee_contact, p.urls,
       p.addressee_legal,
       p.legal_basis_kk, p.legal_basis_ru, p.removal_hours, d.protocol_number, d.created_at as decided_at,
       d.chair_signed_by_id, d.chair_signed_at, d.secretary_signed_by_id, d.secretary_signed_at,
       exists (select 1 from recusal x where x.case_id = p.case_id and x.member_id = ?) as recused
     from prescription p join "case" c on c.id = p.case_id join decision d on d.id = p.decision_id left join platform pl on pl.id = p.platform_id
     where p.id = ?`, [viewerId, prescriptionId]);
  if (!r) return null;
  return {
    number: r.number, issuedAt: timestamp(r.created_at), caseId: r.case_id, caseNumber: r.case_number, platformName: r.platform_name, platformNameKk: r.platform_name_kk,
    platformLegal: {
      legalNameKk: r.addressee_legal.legalNameKk ?? null, legalNameRu: r.addressee_legal.legalNameRu ?? null, bin: r.addressee_legal.bin ?? null,
      registration: r.addressee_legal.registration ?? null, addressKk: r.addressee_legal.addressKk ?? null, addressRu: r.addressee_legal.addressRu ?? null,
    },
    addressee: r.addressee, addresseeContact: r.addressee_contact, urls: r.urls, legalBasisKk: r.legal_basis_kk, legalBasisRu: r.legal_basis_ru,
    removalHours: r.removal_hours, protocolNumber: r.protocol_number, decidedAt: timestamp(r.decided_at),
    signers: { chairId: r.chair_signed_by_id, chairSignedAt: timestampOrNull(r.chair_signed_at), secretaryId: r.secretary_signed_by_id, secretarySignedAt: timestampOrNull(r.secretary_signed_at) },
    viewerRecused: r.recused,
  };
}
