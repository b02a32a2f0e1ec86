import type { EntityManager } from '@mikro-orm/postgresql';
import { REDACTED } from '../../shared/privacy/redact.js';

/**
 * Marks every evidence row of a case erased under the retention rule, inside the caller's
 * transaction: the hash, size and type stay for the record, the file name (which may carry a name)
 * is masked. Returns the storage keys whose files the caller deletes before it commits.
 */
export async function markCaseEvidenceErased(em: EntityManager, caseId: string, at: Date): Promise<string[]> {
  const rows = await em.execute<{ storage_key: string }[]>(
    `update "evidence" set "file_name" = ?, "erased_at" = ? where "case_id" = ? and "erased_at" is null returning "storage_key"`,
    [REDACTED, at, caseId],
  );
  return rows.map((r) => r.storage_key);
}
