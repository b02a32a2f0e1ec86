import type { EntityManager } from '@mikro-orm/postgresql';
import { timestamp, timestampOrNull } from '../../shared/rows.js';
import type { Signatures } from './delivery.rules.js';

/** What a prescription needs of the decision it is issued under: its signatures and its record. */
export interface DecisionFacts extends Signatures {
  id: string;
  protocolNumber: string;
  outcome: string;
  decidedAt: Date;
}

/**
 * Reads the decision's facts as rows (the decisions module sits above this one and issues
 * prescriptions; this module only reads what delivery and escalation depend on). Called with the
 * case locked, so a signature being recorded is seen whole or not at all.
 */
export async function readDecisionFacts(em: EntityManager, decisionId: string): Promise<DecisionFacts> {
  const [row] = await em.execute<{ protocol_number: string; outcome: string; created_at: string; chair_signed_at: string | null; secretary_signed_at: string | null }[]>(
    'select protocol_number, outcome, created_at, chair_signed_at, secretary_signed_at from decision where id = ?', [decisionId]);
  return {
    id: decisionId, protocolNumber: row.protocol_number, outcome: row.outcome, decidedAt: timestamp(row.created_at),
    chairSignedAt: timestampOrNull(row.chair_signed_at), secretarySignedAt: timestampOrNull(row.secretary_signed_at),
  };
}
