import { useTranslation } from 'react-i18next';
import { useAgencyName } from '../../shared/api/agency-name';
import type { CaseEventKind } from '../../shared/api/enums';
import { formatDateTime } from '../../shared/lib/datetime';
import { ErrorAlert } from '../../shared/ui/alert';
import { Loading, Section } from '../../shared/ui/layout';
import { EmailText } from './email-text';
import { useAccountAudit } from './hooks';
import type { AccountAuditEntry } from './operations';

// The log's kinds of account events (CaseEventKind), by their translation key.
const EVENT_KEYS = {
  MEMBER_CREATED: 'created',
  MEMBER_APPROVED: 'approved',
  MEMBER_REJECTED: 'rejected',
  MEMBER_INVITATION_ISSUED: 'invitationIssued',
  MEMBER_INVITATION_ACCEPTED: 'invitationAccepted',
  MEMBER_UPDATED: 'updated',
  MEMBER_DEACTIVATED: 'deactivated',
  AGENCY_CREATED: 'agencyCreated',
  AGENCY_UPDATED: 'agencyUpdated',
} as const satisfies Partial<Record<CaseEventKind, string>>;

const eventKey = (kind: string) => (kind in EVENT_KEYS ? EVENT_KEYS[kind as keyof typeof EVENT_KEYS] : null);

function Details({ entry }: { entry: AccountAuditEntry }) {
  const { t } = useTranslation();
  const nameOf = useAgencyName();
  const lines: string[] = [];
  if (entry.fromStatus && entry.toStatus && entry.fromStatus !== entry.toStatus) {
    lines.push(t('accounts.auditMove', { from: t(`accountStatus.${entry.fromStatus}`), to: t(`accountStatus.${entry.toStatus}`) }));
  }
  if (entry.previousRole && entry.role && entry.previousRole !== entry.role) {
    lines.push(t('accounts.auditRoleChange', { from: t(`role.${entry.previousRole}`), to: t(`role.${entry.role}`) }));
  } else if (entry.role) {
    lines.push(t(`role.${entry.role}`));
  }
  if (entry.agency) lines.push(nameOf(entry.agency));
  if (entry.reason) lines.push(t('accounts.auditReason', { reason: entry.reason }));
  return (
    <>
      {lines.map((line) => (
        <div key={line} className="small">{line}</div>
      ))}
    </>
  );
}

/** Every change of an account: who did what to whom, and when (the chair and the deputy). */
export function AccountAuditSection() {
  const { t, i18n } = useTranslation();
  const log = useAccountAudit();
  return (
    <Section title={t('accounts.auditTitle')} testId="account-audit">
      <p className="muted">{t('accounts.auditLead')}</p>
      {log.error && <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
      {log.loading ? (
        <Loading />
      ) : log.entries.length === 0 ? (
        <p className="muted">{t('accounts.auditEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('accounts.auditAt')}</th>
                <th scope="col">{t('accounts.auditEvent')}</th>
                <th scope="col">{t('accounts.auditAccount')}</th>
                <th scope="col">{t('accounts.auditBy')}</th>
                <th scope="col">{t('accounts.auditDetails')}</th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((entry) => {
                const key = eventKey(entry.kind);
                return (
                  <tr key={entry.seq} data-testid="account-audit-entry" data-kind={entry.kind}>
                    <td className="nowrap">{formatDateTime(entry.at, i18n.language)}</td>
                    <td>{key ? t(`accountEvent.${key}`) : <code>{entry.kind}</code>}</td>
                    <td>
                      {entry.member ? (
                        <>
                          <div>{entry.member.name}</div>
                          <div className="small muted"><EmailText email={entry.member.email} /></div>
                        </>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td>{entry.actor ? entry.actor.name : <span className="muted">{t('audit.system')}</span>}</td>
                    <td><Details entry={entry} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage && (
        <button type="button" className="button button--ghost button--small" disabled={log.loadingMore} onClick={() => void log.loadMore()}>
          {t('accounts.auditMore')}
        </button>
      )}
    </Section>
  );
}
