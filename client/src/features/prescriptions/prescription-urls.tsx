import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../shared/api/enums';
import { ErrorAlert } from '../../shared/ui/alert';
import { Section } from '../../shared/ui/layout';
import type { PrescriptionUrl } from '../case-file/operations';
import { useSetPrescriptionUrl } from './hooks';
import './prescriptions.css';

// Where a case stands once it is decided (or ended out of scope): only to say why the choice is
// closed to everyone; whether the viewer may choose now is the server's answer (`editable`).
const CLOSED_STATUSES: readonly CaseStatus[] = ['DECIDED', 'PRESCRIBED', 'COMPLIED', 'ESCALATED', 'CLOSED', 'OUT_OF_SCOPE'];

interface PrescriptionUrlsProps {
  caseId: string;
  status: CaseStatus;
  /** The viewer may choose them now (`Case.viewerCan.choosePrescriptionUrls`: staff, not recused, until the decision). */
  editable: boolean;
  urls: readonly PrescriptionUrl[];
}

/** A checkbox per URL of the case: "include in the prescription" (staff, until the decision); read-only for the others. */
export function PrescriptionUrlsBlock({ caseId, status, editable, urls }: PrescriptionUrlsProps) {
  const { t } = useTranslation();
  const [choose, { loading, error }] = useSetPrescriptionUrl();
  return (
    <Section title={t('addressing.urls.title')} testId="prescription-urls">
      <p className="muted small">{t('addressing.urls.lead')}</p>
      {urls.length === 0 && <p className="muted">{t('addressing.urls.none')}</p>}
      <ul className="plain-list">
        {urls.map((u) => (
          <li key={u.url} data-testid="prescription-url" data-included={u.included}>
            <label className="check">
              <input type="checkbox" checked={u.included} disabled={!editable || loading} aria-label={`${t('addressing.urls.include')}: ${u.url}`}
                onChange={(e) => void choose({ variables: { caseId, url: u.url, included: e.target.checked } }).catch(() => undefined)} />
              <span className="break">{u.url}</span>
            </label>
            <div className="muted small">
              {[u.platform?.name, u.accountRoot ? t('addressing.urls.accountRoot') : null, u.chosen ? t('addressing.urls.chosen') : t('addressing.urls.byDefault')]
                .filter(Boolean).join(' · ')}
            </div>
          </li>
        ))}
      </ul>
      {CLOSED_STATUSES.includes(status) && urls.length > 0 && <p className="muted small">{t('addressing.urls.locked')}</p>}
      <ErrorAlert error={error} testId="prescription-urls-error" />
    </Section>
  );
}
