import { useTranslation } from 'react-i18next';
import { mayChoosePrescriptionUrls, prescriptionUrlsOpen } from '../../app/access.policy';
import type { CaseStatus, Role } from '../../shared/api/enums';
import { ErrorAlert } from '../../shared/ui/alert';
import { Section } from '../../shared/ui/layout';
import type { PrescriptionUrl } from '../case-file/operations';
import { useSetPrescriptionUrl } from './hooks';
import './prescriptions.css';

interface PrescriptionUrlsProps {
  caseId: string;
  status: CaseStatus;
  role: Role;
  urls: readonly PrescriptionUrl[];
}

/** A checkbox per URL of the case: "include in the prescription" (staff, until the decision); read-only for the others. */
export function PrescriptionUrlsBlock({ caseId, status, role, urls }: PrescriptionUrlsProps) {
  const { t } = useTranslation();
  const [choose, { loading, error }] = useSetPrescriptionUrl();
  const editable = mayChoosePrescriptionUrls(role, status);
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
      {!prescriptionUrlsOpen(status) && urls.length > 0 && <p className="muted small">{t('addressing.urls.locked')}</p>}
      <ErrorAlert error={error} testId="prescription-urls-error" />
    </Section>
  );
}
