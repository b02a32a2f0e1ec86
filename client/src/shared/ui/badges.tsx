import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../api/enums';

const STATUS_TONE: Record<CaseStatus, string> = {
  REGISTERED: 'new',
  SCREENING: 'active',
  IN_REVIEW: 'active',
  VOTING: 'active',
  DECIDED: 'done',
  PRESCRIBED: 'attention',
  COMPLIED: 'done',
  ESCALATED: 'attention',
  CLOSED: 'muted',
  RETURNED: 'muted',
  OUT_OF_SCOPE: 'muted',
};

export function StatusBadge({ status, testId }: { status: CaseStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${STATUS_TONE[status]}`} data-testid={testId} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge--overdue" data-testid="overdue-badge">
      {t('badge.overdue')}
    </span>
  );
}
