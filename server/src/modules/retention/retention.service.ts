import { kindName } from '../../shared/events/event-kinds.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { emit, write } from '../../shared/write.js';
import { lockCase } from '../../shared/locks.js';
import { REDACTED } from '../../shared/privacy/redact.js';
import { markCaseEvidenceErased } from '../evidence/evidence.retention.js';
import type { EvidenceStore } from '../evidence/evidence.store.js';
import { loadSettings } from '../settings/settings.service.js';
import { Case } from '../cases/case.entity.js';
import { FINAL_STATUSES, isFinalStatus, isPastRetention } from '../cases/retention.rules.js';
import { redactCaseTexts, secretsOf } from '../cases/retention.texts.js';

export const IDENTITY_ERASED = kindName('case.identity_erased');

const BATCH = 100;
// Constants of the lifecycle, written out so the partial indexes of the retention migration apply.
const FINAL_SQL = FINAL_STATUSES.map((s) => `'${s}'`).join(', ');

export interface RetentionRun {
  years: number;
  erased: number;
  evidenceFiles: number;
}

/**
 * Retention (DESIGN.md §5): a set number of years after a case reached its final state, the child's
 * and the applicant's identity is erased, every free text of the case is rewritten without it, and
 * the evidence files are deleted; the case, its decision, its statistics facts and its log stay.
 */
export class RetentionService {
  constructor(private readonly em: EntityManager, private readonly storage: EvidenceStore) {}

  /** Erases every case past its retention, each in its own transaction; a case erased once is skipped. */
  async eraseDue(now = new Date()): Promise<RetentionRun> {
    const { retentionYears: years } = await loadSettings(this.em.fork());
    await this.stampFinalTimes();
    const run: RetentionRun = { years, erased: 0, evidenceFiles: 0 };
    const failures: string[] = [];
    let after: { finalAt: Date; id: string } | null = null;
    for (;;) {
      const due = await this.dueBatch(years, now, after);
      for (const { id } of due) {
        // One case failing (a file that cannot be deleted) does not hold back the others.
        const files = await this.eraseCase(id, years, now).catch((e: unknown) => {
          failures.push(`${id}: ${e instanceof Error ? e.message : String(e)}`);
          return null;
        });
        if (files === null) continue;
        run.erased += 1;
        run.evidenceFiles += files;
      }
      if (due.length < BATCH) break;
      after = due[due.length - 1];
    }
    if (failures.length > 0) throw new Error(`retention: ${failures.length} case(s) not erased, tried again on the next run: ${failures.slice(0, 3).join('; ')}`);
    return run;
  }

  /**
   * Records when each newly final case got there: its last move into that status in the log (the
   * row's last change if it came without one, e.g. a bulk load). A final state is never left.
   */
  private async stampFinalTimes(): Promise<void> {
    const limit = BATCH * 10;
    for (;;) {
      const rows = await this.em.fork().execute(
        `update "case" c set "final_at" = coalesce((select max(e."at") from "case_event" e
            where e."case_id" = c."id" and e."kind" = '${kindName('case.status_changed')}' and e."payload"->>'to' = c."status"), c."updated_at")
          where c."id" in (select "id" from "case" where "final_at" is null and "status" in (${FINAL_SQL}) limit ${limit})
          returning c."id"`,
      );
      if (rows.length < limit) return;
    }
  }

  /** The next cases due at `now` (reached their final state at least `years` ago, not yet erased), in a stable order. */
  private async dueBatch(years: number, now: Date, after: { finalAt: Date; id: string } | null): Promise<{ finalAt: Date; id: string }[]> {
    const rows = await this.em.fork().execute<{ id: string; final_at: Date }[]>(
      `select "id", "final_at" from "case"
        where "identity_erased_at" is null and "final_at" is not null and "final_at" <= ?::timestamptz - make_interval(years => ?)
          and ("final_at", "id") > (?::timestamptz, ?::uuid)
        order by "final_at", "id" limit ${BATCH}`,
      [now, years, after?.finalAt ?? new Date(0), after?.id ?? '00000000-0000-0000-0000-000000000000'],
    );
    return rows.map((r) => ({ id: r.id, finalAt: new Date(r.final_at) }));
  }

  /** Erases one case with its row locked; null when it is not (or no longer) due. Returns the evidence files deleted. */
  private eraseCase(id: string, years: number, now: Date): Promise<number | null> {
    return write(this.em.fork(), async (tx) => {
      const kase = await lockCase(tx, Case, id);
      if (!kase || kase.identityErasedAt || !isFinalStatus(kase.status) || !isPastRetention(kase.finalAt ?? null, now, years)) return null;
      // The secrets are read before they go: every text is rewritten with them first.
      await redactCaseTexts(tx, kase.id, secretsOf(kase));
      const files = await markCaseEvidenceErased(tx, kase.id, now);
      Object.assign(kase, { applicantName: REDACTED, applicantContact: REDACTED, childName: REDACTED, childBirthDate: null, childSchool: null, identityErasedAt: now });
      await tx.flush();
      // Deleted before the commit: should the commit fail, the case is still due and the next run
      // erases it again (a file already gone is fine), so no file outlives its erased row.
      for (const key of files) await this.storage.remove(key, tx);
      emit(tx, { caseId: kase.id, kind: IDENTITY_ERASED, actorId: null, payload: { retentionYears: years, evidenceFiles: files.length } });
      return files.length;
    });
  }
}
