// Plain inputs of the printable documents. None has a field for the child: a document names the
// case only by its pseudonym, so a caller cannot put the child's identity into a PDF by mistake.

/** A text in the two languages of official documents: Kazakh (state language) and Russian. */
export interface BilingualText {
  kk: string;
  ru: string;
}

export type DocumentLanguage = 'kk' | 'ru';

export interface Signature {
  name: string;
  role: 'CHAIR' | 'DEPUTY_CHAIR' | 'SECRETARY';
  signedAt: Date | null;
}

export interface PrescriptionDoc {
  number: string; // e.g. "ПР-2026-0003"
  issuedAt: Date;
  caseNumber: string; // the pseudonym, e.g. "KZ-2026-0042" — never the child's name
  addressee: PrescriptionAddressee;
  urls: string[]; // every URL to remove, each printed in full
  decision: { protocolNumber: string; decidedAt: Date };
  // As stored with the prescription from settings. The PDF prints the norms from prescription.texts.ts
  // (official titles, "4-1)"), since the stored defaults still carry the notice's shortened citations.
  legalBasis: BilingualText;
  removalHours: number; // 24 by default: removal within N hours of delivery
  ministry: BilingualText; // the issuing body's name
  signatures: Signature[]; // the decision's chair and secretary: who signed it in the system, and when
  officials: PrescriptionOfficialsDoc; // from the settings: the issuing official and the executor
}

/** The platform addressed, from the registry: each half prints its language's texts, and says what is not recorded. */
export interface PrescriptionAddressee {
  platform: BilingualText; // the registry's name in each language (the Kazakh one where recorded)
  representative: string; // as stored on the prescription: one language, or "ru / kk"
  contact: string | null;
  legalName: BilingualText | null;
  bin: string | null;
  registration: string | null; // a foreign entity's registration number and country
  address: BilingualText | null;
}

export interface PrescriptionOfficialsDoc {
  signatory: { name: BilingualText; position: BilingualText } | null; // null: not set, blank lines to fill in
  executor: { name: BilingualText; position: BilingualText; phone: string; email: string } | null;
}

export type VoteChoice = 'CONFIRMED' | 'NOT_CONFIRMED' | 'ABSTAIN';
export type DecisionOutcome = 'CONFIRMED' | 'NOT_CONFIRMED';
export type DecisionRule = 'SIMPLE_MAJORITY' | 'TWO_THIRDS' | 'CONSENSUS';
export type Criterion =
  | 'CHILD_UNDER_18'
  | 'SYSTEMATIC'
  | 'HUMILIATION_HARASSMENT_INTIMIDATION'
  | 'MEDIA_OR_TELECOM';

export interface ProtocolDoc {
  protocolNumber: string;
  decidedAt: Date;
  caseNumber: string;
  outcome: DecisionOutcome;
  rule: { quorum: string; decision: DecisionRule; chairCastingVote: boolean };
  tally: { eligible: number; confirmed: number; notConfirmed: number; abstain: number; recused: number };
  voters: { name: string; agency: string; choice: VoteChoice }[];
  findings: { criterion: Criterion; met: number; notMet: number; unclear: number }[];
  /** The decision's own reasoning: the Kazakh half prints the Kazakh text, the Russian half the Russian one. */
  decisionReasoning: BilingualText;
  /** The members' vote reasoning as recorded, beside the vote record. */
  reasoning: string;
  dissents: { name: string; text: string }[];
  signatures: Signature[];
  // Optional so existing callers compile; when absent the letterhead and Author name the group.
  ministry?: BilingualText;
}

/** The application an answer replies to: through E-otinish (its number) or on paper (the incoming registration number). */
export interface AnswerApplication {
  kind: 'EOTINISH' | 'PAPER';
  number: string;
}

/** How the case ended, with what the answer tells of it. */
export type AnswerEnding =
  | {
      kind: DecisionOutcome;
      decidedAt: Date;
      protocolNumber: string;
      prescriptionNumbers: string[]; // when confirmed
      /** The decision's own reasoning in the answer's language: never members' votes, their reasoning or dissents. */
      reasoning: string;
    }
  | {
      kind: 'RETURNED' | 'OUT_OF_SCOPE';
      endedAt: Date;
      /** The reason recorded at screening, as sent to the applicant. */
      reason: string;
    };

export interface AnswerDoc {
  language: 'KK' | 'RU';
  applicantName: string;
  application: AnswerApplication;
  caseNumber: string;
  receivedAt: Date;
  ending: AnswerEnding;
  ministry: BilingualText;
  signatures: Signature[];
}

/**
 * Free-text fields (reasoning, dissents) are written by people and could mention the child:
 * every string in `redact` (e.g. the child's full name, first name, surname) is masked there.
 */
export interface RenderOptions {
  redact?: string[];
}
