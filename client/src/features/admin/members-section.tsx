import type { ErrorLike } from '@apollo/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/api/enums';
import { useAgencyName } from '../../shared/api/agency-name';
import { ErrorAlert } from '../../shared/ui/alert';
import { Loading, Section } from '../../shared/ui/layout';
import { isFinalStatus, mayInvite, needsApproval } from './account.policy';
import { AccountStatusBadge } from './account-status-badge';
import { EmailText } from './email-text';
import { useDeactivateMember, useMembers } from './hooks';
import { InviteButton } from './invitation-link';
import { MemberEdit } from './member-edit';
import type { MemberRow } from './operations';

function DeactivateButton({ member }: { member: MemberRow }) {
  const { t } = useTranslation();
  const [deactivate, { loading }] = useDeactivateMember();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ErrorLike | null>(null);

  if (!confirming) {
    return (
      <button type="button" className="button button--small" data-testid="deactivate-member" onClick={() => setConfirming(true)}>
        {t('admin.deactivate')}
      </button>
    );
  }
  const confirm = async () => {
    setError(null);
    try {
      await deactivate({ variables: { id: member.id } });
      setConfirming(false);
    } catch (e) {
      setError(e as ErrorLike);
    }
  };
  return (
    <div className="confirm" role="group" aria-label={t('admin.confirmDeactivate', { name: member.name })}>
      <span>{t('admin.confirmDeactivate', { name: member.name })}</span>
      <button type="button" className="button button--small button--danger" data-testid="confirm-deactivate" disabled={loading}
        onClick={() => void confirm()}>
        {t('admin.confirmDeactivateYes')}
      </button>
      <button type="button" className="button button--small button--ghost" onClick={() => setConfirming(false)}>
        {t('common.cancel')}
      </button>
      <ErrorAlert error={error} />
    </div>
  );
}

/** What the admin is waiting for on an account that is not yet active, when it is someone else's move. */
function Waiting({ member }: { member: MemberRow }) {
  const { t } = useTranslation();
  if (member.status === 'PENDING_APPROVAL') return <div className="small muted">{t('accounts.waitingForApproval')}</div>;
  if (member.status === 'INVITED' && needsApproval(member.role)) return <div className="small muted">{t('accounts.waitingForChairInvitation')}</div>;
  return null;
}

/**
 * Every account with what the admin may do to it: change role and agency, send the invitation of an
 * analyst or admin again (or reset its access), deactivate. A table on a wide screen; on a phone each
 * row is a card (admin.css), its cells labelled.
 */
export function MembersSection({ viewer }: { viewer: { id: string; role: Role } }) {
  const { t } = useTranslation();
  const nameOf = useAgencyName();
  const { data, loading, error, refetch } = useMembers();
  const members = data?.members ?? [];

  return (
    <Section title={t('admin.membersTitle')} testId="members">
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {loading && !data ? (
        <Loading />
      ) : (
        <div className="table-wrap">
          <table className="table table--stack table--members" data-testid="members-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.colName')}</th>
                <th scope="col">{t('admin.colEmail')}</th>
                <th scope="col">{t('admin.colRole')}</th>
                <th scope="col">{t('admin.colAgency')}</th>
                <th scope="col">{t('admin.colStatus')}</th>
                <th scope="col"><span className="visually-hidden">{t('admin.colActions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {members.length === 0 && (
                <tr>
                  <td colSpan={6} className="table__empty">{t('admin.noMembers')}</td>
                </tr>
              )}
              {members.map((m) => {
                const own = m.id === viewer.id;
                const final = isFinalStatus(m.status);
                return (
                  <tr key={m.id} data-testid="member-row" data-email={m.email} data-status={m.status} data-role={m.role} className={m.active ? undefined : 'is-inactive'}>
                    <td className="member-name">{own ? t('admin.nameYou', { name: m.name }) : m.name}</td>
                    <td data-label={t('admin.colEmail')}><EmailText email={m.email} /></td>
                    <td data-label={t('admin.colRole')} data-testid="member-role">{t(`role.${m.role}`)}</td>
                    <td data-label={t('admin.colAgency')}>
                      <div>
                        <div data-testid="member-agency">{nameOf(m.agency)}</div>
                        <div className="small muted">{t(`agencyKind.${m.agency.kind}`)}</div>
                      </div>
                    </td>
                    <td data-label={t('admin.colStatus')}>
                      <div>
                        <AccountStatusBadge status={m.status} />
                        <Waiting member={m} />
                      </div>
                    </td>
                    <td className="member-actions">
                      {!own && !final && <MemberEdit member={m} />}
                      {mayInvite(viewer, m) && <InviteButton member={m} />}
                      {!final && !own && <DeactivateButton member={m} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
