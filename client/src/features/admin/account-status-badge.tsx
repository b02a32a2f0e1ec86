import { useTranslation } from 'react-i18next';
import type { AccountStatus } from '../../shared/api/enums';

const TONE: Record<AccountStatus, string> = {
  PENDING_APPROVAL: 'badge--attention',
  INVITED: 'badge--new',
  ACTIVE: 'badge--done',
  REJECTED: 'badge--muted',
  DEACTIVATED: 'badge--muted',
};

export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${TONE[status]}`} data-testid="account-status" data-status={status}>
      {t(`accountStatus.${status}`)}
    </span>
  );
}
