// The chair's and deputy's audit of one case: who received its personal data, and the log of
// changes. Loaded only when opened (its own chunk), and only then asked of the server, which
// logs every read of the audit.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_KINDS, type AuditKind, type AuditSubject } from '../../shared/api/enums';
import { formatDateTime } from '../../shared/lib/datetime';
import { ErrorAlert } from '../../shared/ui/alert';
import { Loading, Section } from '../../shared/ui/layout';
import { knownEventKind } from '../case-file/case-events';
import { AgencyLabel } from './agency-label';
import { useCaseAudit, useCaseAuditSummary } from './audit.hooks';
import type { AuditActor, AuditEntry } from './audit.operations';

function Actor({ actor }: { actor: AuditActor | null }) {
  const { t } = useTranslation();
  if (!actor) return <span className="muted">{t('audit.system')}</span>;
  return (
    <>
      <div data-testid="audit-actor">{actor.name}</div>
      <div className="small muted">
        {t(`role.${actor.role}`)} · <AgencyLabel agency={actor.agency} />
      </div>
    </>
  );
}

function Subjects({ subjects }: { subjects: readonly AuditSubject[] }) {
  const { t } = useTranslation();
  return (
    <>
      {subjects.map((s) => (
        <div key={s}>{t(`audit.subject.${s}`)}</div>
      ))}
    </>
  );
}

function Readers({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, loading, refetch } = useCaseAuditSummary(caseId);
  const readers = data?.caseAuditSummary ?? [];
  return (
    <div className="stack" data-testid="audit-readers">
      <h3 className="subheading">{t('audit.readersTitle')}</h3>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data ? (
        <Loading />
      ) : readers.length === 0 ? (
        <p className="muted">{t('audit.readersEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact table--stack">
            <thead>
              <tr>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.reads')}</th>
                <th scope="col">{t('audit.first')}</th>
                <th scope="col">{t('audit.last')}</th>
              </tr>
            </thead>
            <tbody>
              {readers.map((r) => (
                <tr key={r.actor.id} data-testid="audit-reader" data-member-name={r.actor.name}>
                  <td><Actor actor={r.actor} /></td>
                  <td><Subjects subjects={r.subjects} /></td>
                  <td data-testid="audit-reads" data-label={t('audit.reads')}>{r.reads}</td>
                  <td className="nowrap" data-label={t('audit.first')}>{formatDateTime(r.firstAt, i18n.language)}</td>
                  <td className="nowrap" data-label={t('audit.last')}>{formatDateTime(r.lastAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function EntryKind({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const known = knownEventKind(entry.kind);
  return (
    <>
      {known ? <span title={entry.kind}>{t(`eventKind.${known}`)}</span> : <code>{entry.kind}</code>}
      {entry.subject && <div className="small">{t(`audit.subject.${entry.subject}`)}</div>}
      {entry.summary && <div className="small muted">{entry.summary}</div>}
    </>
  );
}

function Log({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<AuditKind | null>(null);
  const log = useCaseAudit(caseId, kind);
  return (
    <div className="stack" data-testid="audit-log">
      <div className="filters__row">
        <h3 className="subheading">{t('audit.logTitle')}</h3>
        <label className="field">
          <span className="field__label">{t('audit.filter')}</span>
          <select name="audit-kind" value={kind ?? ''} onChange={(e) => setKind((e.target.value || null) as AuditKind | null)}>
            <option value="">{t('audit.kindAll')}</option>
            {AUDIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`audit.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {log.error && <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
      {log.loading ? (
        <Loading />
      ) : log.entries.length === 0 ? (
        <p className="muted">{t('audit.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact table--stack">
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.event')}</th>
                <th scope="col">{t('audit.actor')}</th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((entry) => (
                <tr key={entry.seq} data-testid="audit-entry" data-kind={entry.kind} data-category={entry.category} title={entry.requestId ?? undefined}>
                  <td className="nowrap">{formatDateTime(entry.at, i18n.language)}</td>
                  <td><EntryKind entry={entry} /></td>
                  <td><Actor actor={entry.actor} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage && (
        <button type="button" className="button button--ghost button--small" disabled={log.loadingMore} onClick={() => void log.loadMore()}>
          {t('audit.more')}
        </button>
      )}
    </div>
  );
}

/** The audit card: closed until asked for; opening (or refreshing) it reads the server's audit. */
export default function AuditSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  return (
    <Section
      title={t('audit.title')}
      testId="audit"
      className="audit"
      actions={
        <>
          {open && (
            <button type="button" className="button button--ghost button--small" onClick={() => setRound((n) => n + 1)}>
              {t('audit.refresh')}
            </button>
          )}
          <button type="button" className="button button--small" data-testid="audit-toggle" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
            {open ? t('audit.hide') : t('audit.open')}
          </button>
        </>
      }
    >
      <p className="muted">{t('audit.lead')}</p>
      {open && (
        <div className="stack" data-testid="audit-panel" key={round}>
          <Readers caseId={caseId} />
          <Log caseId={caseId} />
        </div>
      )}
    </Section>
  );
}
