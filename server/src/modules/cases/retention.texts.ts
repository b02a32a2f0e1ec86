import type { EntityManager } from '@mikro-orm/postgresql';
import { identityRedactor, REDACTED, type IdentitySecrets } from '../../shared/privacy/redact.js';

type Redact = (text: string) => string;

/**
 * Every stored free text of a case's content (the FREE_TEXT_FIELDS of text.policy.ts, by table):
 * at erasure each is rewritten in place with the case's own secrets, so no name stays readable.
 * `rows` selects the table's rows of one case (`?` is the case id).
 */
interface TextTable {
  table: string;
  texts: readonly string[];
  json?: readonly string[];
  rows: string;
  /** The GraphQL fields these columns are served as. */
  fields: readonly string[];
}

const OF_CASE = '"case_id" = ?';
const OF_PRESCRIPTIONS = '"prescription_id" in (select "id" from "prescription" where "case_id" = ?)';

export const CASE_TEXTS: readonly TextTable[] = [
  { table: 'case', texts: ['description', 'screening_reason', 'checklist_override_reason', 'review_override_reason', 'extension_reason'], rows: '"id" = ?', fields: ['Case.description', 'Case.screeningReason', 'Case.checklistOverrideReason', 'Case.reviewOverrideReason', 'Extension.reason'] },
  { table: 'episode', texts: ['excerpt', 'evidence_description'], rows: OF_CASE, fields: ['Episode.excerpt', 'Episode.evidenceDescription'] },
  { table: 'resource', texts: ['description'], rows: OF_CASE, fields: ['Resource.description'] },
  { table: 'comment', texts: ['body'], rows: OF_CASE, fields: ['Comment.body'] },
  { table: 'comment_revision', texts: ['body'], rows: '"comment_id" in (select "id" from "comment" where "case_id" = ?)', fields: ['CommentRevision.body'] },
  { table: 'recusal', texts: ['reason'], rows: OF_CASE, fields: ['Recusal.reason'] },
  { table: 'vote', texts: ['reasoning'], json: ['findings'], rows: '"round_id" in (select "id" from "voting_round" where "case_id" = ?)', fields: ['Vote.reasoning', 'Finding.note'] },
  { table: 'decision', texts: ['reasoning', 'reasoning_kk', 'reasoning_ru', 'answer_text'], rows: OF_CASE, fields: ['Decision.reasoning', 'Decision.reasoningKk', 'Decision.reasoningRu', 'Decision.answerText'] },
  { table: 'dissent', texts: ['text'], rows: '"decision_id" in (select "id" from "decision" where "case_id" = ?)', fields: ['Dissent.text'] },
  { table: 'url_check', texts: ['note'], rows: OF_PRESCRIPTIONS, fields: ['UrlCheck.note'] },
  { table: 'access_restriction_request', texts: [], json: ['package'], rows: OF_PRESCRIPTIONS, fields: ['AccessRestrictionRequest.package'] },
];

/** The child's and the applicant's names, contact and school, as the redaction engine takes them. */
export function secretsOf(kase: { childName: string; applicantName: string; applicantContact: string; childSchool?: string | null }): IdentitySecrets {
  const contact = kase.applicantContact.trim();
  const email = /@/.test(contact);
  return {
    names: [kase.childName, kase.applicantName].filter(Boolean),
    phones: email || !contact ? [] : [contact],
    emails: email ? [contact] : [],
    schools: kase.childSchool ? [kase.childSchool] : [],
  };
}

// In JSON every string is redacted, and a file name (the evidence package lists them) goes whole.
const redactJson = (value: unknown, redact: Redact, key = ''): unknown => {
  if (typeof value === 'string') return key === 'fileName' ? REDACTED : redact(value);
  if (Array.isArray(value)) return value.map((v) => redactJson(v, redact));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactJson(v, redact, k)]));
  return value;
};

async function rewriteTable(em: EntityManager, spec: TextTable, caseId: string, redact: Redact): Promise<number> {
  const json = spec.json ?? [];
  const columns = [...spec.texts, ...json].map((c) => `"${c}"`).join(', ');
  const rows = await em.execute<Record<string, unknown>[]>(`select "id", ${columns} from "${spec.table}" where ${spec.rows}`, [caseId]);
  let changed = 0;
  for (const row of rows) {
    const next: Record<string, unknown> = {};
    for (const c of spec.texts) if (typeof row[c] === 'string' && redact(row[c]) !== row[c]) next[c] = redact(row[c]);
    for (const c of json) {
      const value = redactJson(row[c], redact);
      if (JSON.stringify(value) !== JSON.stringify(row[c])) next[c] = JSON.stringify(value);
    }
    const set = Object.keys(next);
    if (set.length === 0) continue;
    const assignments = set.map((c) => (json.includes(c) ? `"${c}" = ?::jsonb` : `"${c}" = ?`)).join(', ');
    await em.execute(`update "${spec.table}" set ${assignments} where "id" = ?`, [...set.map((c) => next[c]), row.id]);
    changed += 1;
  }
  return changed;
}

/** Rewrites every free text of one case with its secrets masked; returns how many rows changed. */
export async function redactCaseTexts(em: EntityManager, caseId: string, secrets: IdentitySecrets): Promise<number> {
  const redact = identityRedactor(secrets);
  let changed = 0;
  for (const spec of CASE_TEXTS) changed += await rewriteTable(em, spec, caseId, redact);
  return changed;
}
