import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDueTime } from '../../shared/lib/datetime';
import { progressOf } from './follow-up';
import type { Prescription } from './operations';

/** One sentence of where the prescription stands; the case header says the same. */
export function PrescriptionProgressLine({ item, testId }: { item: Pick<Prescription, 'status' | 'removalDueAt' | 'deliveredAt' | 'resolvedAt'>; testId?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const key = progressOf(item, Date.now());
  const text = t(`prescriptions.progress.${key}`, {
    due: formatDueTime(item.removalDueAt, lang),
    delivered: formatDateTime(item.deliveredAt, lang),
    at: formatDateTime(item.resolvedAt, lang),
  });
  return (
    <span className="prescription__progress" data-testid={testId ?? 'prescription-progress'} data-progress={key}>
      {text}
    </span>
  );
}
