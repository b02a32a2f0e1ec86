import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSummary } from '../../shared/api/member.fragment';
import { useMember } from '../../app/auth.context';
import { useAgencyName } from '../../shared/api/agency-name';
import { ErrorAlert } from '../../shared/ui/alert';
import { Loading, Section } from '../../shared/ui/layout';
import { NoPageAccess } from '../../shared/ui/no-access';
import { usePageTitle } from '../../shared/ui/use-page-title';
import { mayInvite, mayManageAccounts, needsApproval } from './account.policy';
import { AccountAuditSection } from './account-audit';
import { AccountStatusBadge } from './account-status-badge';
import { EmailText } from './email-text';
import { useMembers } from './hooks';
import { InviteButton } from './invitation-link';
import type { MemberRow } from './operations';
import { ApprovalActions } from './pending-accounts';
import './admin.css';

function AccountCells({ member }: { member: MemberRow }) {
  const { t } = useTranslation();
  const nameOf = useAgencyName();
  return (
    <>
      <td>
        <div>{member.name}</div>
        <div className="small muted"><EmailText email={member.email} /></div>
      </td>
      <td>{t(`role.${member.role}`)}</td>
      <td>
        <div>{nameOf(member.agency)}</div>
        <div className="small muted">{t(`agencyKind.${member.agency.kind}`)}</div>
      </td>
    </>
  );
}

function AccountTable({ rows, testId, empty, action }: { rows: MemberRow[]; testId: string; empty: string; action(m: MemberRow): ReactNode }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <div className="table-wrap">
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('admin.colName')}</th>
            <th scope="col">{t('admin.colRole')}</th>
            <th scope="col">{t('admin.colAgency')}</th>
            <th scope="col">{t('admin.colStatus')}</th>
            <th scope="col"><span className="visually-hidden">{t('admin.colActions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id} data-testid="account-row" data-email={m.email} data-status={m.status}>
              <AccountCells member={m} />
              <td><AccountStatusBadge status={m.status} /></td>
              <td>{action(m)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The chair's and deputy's accounts page: accounts waiting for approval, the case readers'
 * invitation links (new, or a reset of access), and the account audit.
 */
export function AccountsPage() {
  const { t } = useTranslation();
  const viewer = useMember();
  usePageTitle(t('accounts.title'));
  if (!mayManageAccounts(viewer.role)) return <NoPageAccess />;
  return <Accounts viewer={viewer} />;
}

function Accounts({ viewer }: { viewer: MemberSummary }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useMembers();
  const members = data?.members ?? [];
  const pending = members.filter((m) => m.status === 'PENDING_APPROVAL');
  const readers = members.filter((m) => needsApproval(m.role) && (m.status === 'INVITED' || m.status === 'ACTIVE') && m.id !== viewer.id);
  return (
    <div className="stack">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('accounts.title')}</h1>
          <p className="muted">{t('accounts.lead')}</p>
        </div>
      </div>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <Section title={t('accounts.pendingTitle')} testId="pending-accounts">
        {loading && !data ? <Loading /> : (
          <AccountTable rows={pending} testId="pending-table" empty={t('accounts.pendingEmpty')} action={(m) => <ApprovalActions member={m} />} />
        )}
      </Section>
      <Section title={t('accounts.readersTitle')} testId="reader-accounts">
        <p className="muted">{t('accounts.readersLead')}</p>
        {loading && !data ? <Loading /> : (
          <AccountTable rows={readers} testId="readers-table" empty={t('accounts.readersEmpty')}
            action={(m) => (mayInvite(viewer, m) ? <InviteButton member={m} /> : null)} />
        )}
      </Section>
      <AccountAuditSection />
    </div>
  );
}
