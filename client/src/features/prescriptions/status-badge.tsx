import { useTranslation } from 'react-i18next';
import type { PrescriptionStatus } from '../../shared/api/enums';

const TONE: Record<PrescriptionStatus, string> = {
  ISSUED: 'new',
  DELIVERED: 'active',
  COMPLIED: 'done',
  PARTIALLY_COMPLIED: 'attention',
  NOT_COMPLIED: 'overdue',
  ESCALATED: 'attention',
};

export function PrescriptionStatusBadge({ status }: { status: PrescriptionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${TONE[status]}`} data-testid="prescription-status" data-status={status}>
      {t(`prescriptionStatus.${status}`)}
    </span>
  );
}
