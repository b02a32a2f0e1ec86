import { useTranslation } from 'react-i18next';
import { CRITERIA, type FindingValue } from '../../shared/api/enums';
import type { Finding } from './operations';

const MARK: Record<FindingValue, string> = { MET: 'mark--met', NOT_MET: 'mark--unmet', UNCLEAR: 'mark--unknown' };

/** A vote's findings, in the law's order; criteria left unassessed are not listed. */
export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const ordered = CRITERIA.flatMap((c) => findings.filter((f) => f.criterion === c));
  if (ordered.length === 0) return <span className="muted small">{t('vote.noFindings')}</span>;
  return (
    <ul className="findings">
      {ordered.map((f) => (
        <li key={f.criterion} className="findings__item" data-criterion={f.criterion} data-value={f.value}>
          <span className="findings__name">{t(`criterionShort.${f.criterion}`)}</span>
          <span className={`mark ${MARK[f.value]}`}>{t(`findingValue.${f.value}`)}</span>
          {f.note && <span className="findings__note">{f.note}</span>}
        </li>
      ))}
    </ul>
  );
}
